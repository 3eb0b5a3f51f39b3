package org.chronograph.cli;

import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import org.chronograph.graph.EmbeddedNeo4j;
import org.chronograph.graph.GraphConfig;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** Opens the embedded store with Bolt and Neo4j Browser on localhost until Ctrl-C. */
@Command(name = "serve", mixinStandardHelpOptions = true,
        description = "Serve the embedded store: Bolt and Neo4j Browser on localhost, until Ctrl-C.")
final class ServeCommand implements Callable<Integer> {

    @Option(names = "--store", paramLabel = "DIR", description = "Folder of the embedded store (default: ./chronograph-data).")
    java.nio.file.Path store = GraphConfig.DEFAULT_STORE;

    @Option(names = "--bolt-port", defaultValue = "7687", description = "Bolt port (default: ${DEFAULT-VALUE}).")
    int boltPort;

    @Option(names = "--http-port", defaultValue = "7474", description = "HTTP port of Neo4j Browser (default: ${DEFAULT-VALUE}).")
    int httpPort;

    @Override
    public Integer call() throws Exception {
        System.err.println("starting Neo4j on " + store.toAbsolutePath() + " ...");
        EmbeddedNeo4j db = EmbeddedNeo4j.start(store, boltPort, httpPort);
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            System.err.println("stopping Neo4j ...");
            db.close();
            stopped.countDown();
        }));
        System.out.println("Bolt:          " + db.boltUri());
        System.out.println("Neo4j Browser: http://localhost:" + httpPort + "/browser/  (connect to "
                + db.boltUri() + ", no authentication)");
        System.out.println("Ctrl-C stops the server.");
        System.out.flush();
        stopped.await();
        return Chronograph.OK;
    }
}
