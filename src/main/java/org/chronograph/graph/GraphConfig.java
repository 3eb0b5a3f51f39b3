package org.chronograph.graph;

import java.nio.file.Path;
import java.util.Objects;

/**
 * Where the graph lives: an embedded store folder (the default), or a Neo4j 5 server by Bolt URI.
 *
 * @param store    folder of the embedded store, used when uri is null
 * @param uri      bolt:// or neo4j:// address of a server, or null for the embedded store
 */
public record GraphConfig(Path store, String uri, String user, String password) {

    public static final Path DEFAULT_STORE = Path.of("chronograph-data");

    public GraphConfig {
        if (uri == null) {
            Objects.requireNonNull(store, "store");
        } else if (!uri.matches("^(bolt|neo4j)(\\+s|\\+ssc)?://.+")) {
            throw new IllegalArgumentException("'" + uri + "' is not a Neo4j URI (expected bolt://host:7687 or neo4j://host)");
        }
    }

    public boolean embedded() {
        return uri == null;
    }
}
