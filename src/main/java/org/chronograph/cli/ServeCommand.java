package org.chronograph.cli;

import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import org.chronograph.graph.EmbeddedNeo4j;
import org.chronograph.graph.GraphConfig;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * Opens the embedded store with Bolt and Neo4j Browser until Ctrl-C: on localhost without authentication by
 * default; on another address only with a password.
 */
@Command(name = "serve", mixinStandardHelpOptions = true,
        description = "Serve the embedded store: Bolt and Neo4j Browser on localhost, until Ctrl-C.")
final class ServeCommand implements Callable<Integer> {

    @Option(names = "--store", paramLabel = "DIR", description = "Folder of the embedded store (default: ./chronograph-data).")
    java.nio.file.Path store = GraphConfig.DEFAULT_STORE;

    @Option(names = "--bolt-port", defaultValue = "7687", description = "Bolt port (default: ${DEFAULT-VALUE}).")
    int boltPort;

    @Option(names = "--http-port", defaultValue = "7474", description = "HTTP port of Neo4j Browser (default: ${DEFAULT-VALUE}).")
    int httpPort;

    @Option(names = "--listen", paramLabel = "ADDRESS", defaultValue = "localhost", description = "Address to listen on"
            + " (default: ${DEFAULT-VALUE}). Any other than a loopback address exposes the store and needs --password.")
    String listen;

    @Option(names = "--password", paramLabel = "SECRET", defaultValue = "${env:NEO4J_PASSWORD}", description = "Turn"
            + " authentication on: user neo4j with this password, at least 8 characters (default: $NEO4J_PASSWORD when"
            + " --listen is given; localhost runs without authentication unless this is given).")
    String password;

    @Option(names = "--auth", description = "Require authentication on localhost too (user neo4j, --password).")
    boolean auth;

    @Override
    public Integer call() throws Exception {
        boolean local = java.net.InetAddress.getByName(listen).isLoopbackAddress();
        String given = password == null || password.isBlank() ? null : password;
        String secret = local && !auth ? null : given;
        if (secret == null && !local) {
            System.err.println("chronograph serve: --listen " + listen + " exposes the store beyond this machine; give a"
                    + " password (--password or NEO4J_PASSWORD, at least 8 characters) so that Neo4j requires authentication");
            return Chronograph.USAGE;
        }
        if (auth && secret == null) {
            System.err.println("chronograph serve: --auth needs --password or NEO4J_PASSWORD");
            return Chronograph.USAGE;
        }
        System.err.println("starting Neo4j on " + store.toAbsolutePath() + " ...");
        EmbeddedNeo4j db = EmbeddedNeo4j.start(store, boltPort, httpPort, listen, secret);
        db.advertise(store, secret != null); // ingest, timeline and query on this store then go through it
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            System.err.println("stopping Neo4j ...");
            db.close();
            stopped.countDown();
        }));
        System.out.println("Bolt:          " + db.boltUri());
        String host = local ? "localhost" : listen;
        System.out.println("Neo4j Browser: http://" + host + ":" + httpPort + "/browser/  (connect to bolt://" + host + ":"
                + boltPort + (secret == null ? ", no authentication)" : " as user neo4j with the password given)"));
        System.out.println("Guide:         " + db.guideUrl(host) + "  (opens in Neo4j Browser on connect; or :play it)");
        System.out.println("Ctrl-C stops the server.");
        System.out.flush();
        stopped.await();
        return Chronograph.OK;
    }
}
