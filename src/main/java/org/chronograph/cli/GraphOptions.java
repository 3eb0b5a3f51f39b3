package org.chronograph.cli;

import java.nio.file.Path;
import org.chronograph.graph.GraphConfig;
import picocli.CommandLine.Option;

/** Where the graph is: the embedded store folder by default, or a Neo4j server by URI. */
final class GraphOptions {

    @Option(names = "--store", paramLabel = "DIR", description = "Folder of the embedded store (default: ./chronograph-data).")
    Path store;

    @Option(names = "--uri", paramLabel = "URI", defaultValue = "${env:NEO4J_URI}",
            description = "Neo4j 5 server instead of the embedded store, e.g. bolt://localhost:7687 (default: $NEO4J_URI).")
    String uri;

    @Option(names = "--user", paramLabel = "NAME", defaultValue = "${env:NEO4J_USERNAME}",
            description = "User for --uri (default: $NEO4J_USERNAME).")
    String user;

    @Option(names = "--password", paramLabel = "SECRET", defaultValue = "${env:NEO4J_PASSWORD}", arity = "0..1",
            interactive = true, description = "Password for --uri (default: $NEO4J_PASSWORD).")
    String password;

    GraphConfig config() {
        boolean server = uri != null && !uri.isBlank();
        if (server && store != null) {
            throw new IllegalArgumentException("give either --store or --uri, not both");
        }
        return new GraphConfig(store == null ? GraphConfig.DEFAULT_STORE : store, server ? uri : null, user, password);
    }
}
