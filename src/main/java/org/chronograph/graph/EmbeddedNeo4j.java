package org.chronograph.graph;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.time.Duration;
import org.neo4j.configuration.GraphDatabaseInternalSettings;
import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.configuration.connectors.BoltConnectorInternalSettings;
import org.neo4j.configuration.connectors.BoltConnector;
import org.neo4j.configuration.connectors.HttpConnector;
import org.neo4j.configuration.helpers.SocketAddress;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.dbms.api.DatabaseManagementServiceBuilder;
import org.neo4j.server.configuration.ServerSettings;

/**
 * The embedded Neo4j: a store folder on disk with Bolt on localhost, and for {@code serve} the HTTP server
 * with Neo4j Browser. Authentication is off; nothing listens beyond localhost.
 */
public final class EmbeddedNeo4j implements AutoCloseable {

    private final DatabaseManagementService dbms;
    private final int boltPort;
    private final int httpPort;

    private EmbeddedNeo4j(DatabaseManagementService dbms, int boltPort, int httpPort) {
        this.dbms = dbms;
        this.boltPort = boltPort;
        this.httpPort = httpPort;
    }

    /**
     * Starts the store in {@code folder}.
     *
     * @param boltPort 0 for a free port
     * @param httpPort the HTTP port for Neo4j Browser, or -1 for no HTTP server
     */
    public static EmbeddedNeo4j start(Path folder, int boltPort, int httpPort) {
        int bolt = boltPort == 0 ? freePort() : boltPort;
        DatabaseManagementServiceBuilder builder = new DatabaseManagementServiceBuilder(folder.toAbsolutePath())
                .setConfig(BoltConnector.enabled, true)
                .setConfig(BoltConnector.listen_address, new SocketAddress("localhost", bolt))
                .setConfig(BoltConnector.advertised_address, new SocketAddress("localhost", bolt))
                .setConfig(GraphDatabaseSettings.auth_enabled, false)
                .setConfig(GraphDatabaseSettings.transaction_timeout, Duration.ofMinutes(10))
                // internal settings (may change between versions): skip two 5 s quiet periods on shutdown
                .setConfig(BoltConnectorInternalSettings.thread_pool_shutdown_wait_time, Duration.ZERO)
                .setConfig(GraphDatabaseInternalSettings.netty_server_shutdown_quiet_period, 0)
                .setConfig(ServerSettings.allow_telemetry, false);
        if (httpPort >= 0) {
            builder.setConfig(HttpConnector.enabled, true)
                    .setConfig(HttpConnector.listen_address, new SocketAddress("localhost", httpPort));
        } else {
            builder.setConfig(HttpConnector.enabled, false);
        }
        DatabaseManagementService dbms;
        try {
            dbms = builder.build();
        } catch (RuntimeException e) {
            throw new StoreUnavailableException("cannot open the store in " + folder.toAbsolutePath() + ": "
                    + rootMessage(e) + (rootMessage(e).toLowerCase().contains("lock")
                    ? " (another chronograph process, e.g. 'chronograph serve', is using it; stop it or connect with --uri bolt://localhost:7687)"
                    : ""), e);
        }
        return new EmbeddedNeo4j(dbms, bolt, httpPort);
    }

    public String boltUri() {
        return "bolt://localhost:" + boltPort;
    }

    public int httpPort() {
        return httpPort;
    }

    @Override
    public void close() {
        dbms.shutdown();
    }

    private static int freePort() {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        } catch (IOException e) {
            throw new StoreUnavailableException("no free local port for the embedded Bolt connector", e);
        }
    }

    static String rootMessage(Throwable t) {
        Throwable c = t;
        while (c.getCause() != null && c.getCause() != c) {
            c = c.getCause();
        }
        return c.getMessage() == null ? c.getClass().getSimpleName() : c.getMessage();
    }
}
