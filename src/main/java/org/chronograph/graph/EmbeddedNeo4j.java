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
import org.chronograph.graph.browser.BrowserGuide;
import org.neo4j.server.configuration.ServerSettings;
import org.neo4j.server.configuration.ThirdPartyJaxRsPackage;

/**
 * The embedded Neo4j: a store folder on disk with Bolt on localhost, and for {@code serve} the HTTP server
 * with Neo4j Browser. By default nothing listens beyond localhost and authentication is off; another listen
 * address needs a password, and then authentication is on.
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
        return start(folder, boltPort, httpPort, "localhost", null);
    }

    /**
     * Starts the store listening on {@code address}. Anything but a loopback address exposes the store to the
     * network, so it needs a password: authentication is then on, for the user {@code neo4j}.
     *
     * @param password the password of the user neo4j, or null for no authentication (loopback addresses only)
     */
    public static EmbeddedNeo4j start(Path folder, int boltPort, int httpPort, String address, String password) {
        if (java.nio.file.Files.isRegularFile(folder)) {
            throw new StoreUnavailableException(folder.toAbsolutePath() + " is a file, not a store folder (give"
                    + " --store a folder: a new one is created)");
        }
        if (java.nio.file.Files.isDirectory(folder) && !java.nio.file.Files.isWritable(folder)) {
            throw new StoreUnavailableException(folder.toAbsolutePath() + " is read-only: Neo4j writes its lock and"
                    + " logs even to read a store; copy the folder somewhere writable (cp -a) and give --store the copy");
        }
        boolean loopback = isLoopback(address);
        if (!loopback && (password == null || password.isEmpty())) {
            throw new IllegalArgumentException("listening on " + address + " exposes the store beyond this machine;"
                    + " give a password (--password or NEO4J_PASSWORD) so that Neo4j requires authentication");
        }
        if (password != null && password.length() < 8) {
            throw new IllegalArgumentException("the password must have at least 8 characters (Neo4j's minimum)");
        }
        int bolt = boltPort == 0 ? freePort() : boltPort;
        if (boltPort != 0) {
            requireFree(address, boltPort, "Bolt", "--bolt-port");
        }
        if (httpPort > 0) {
            requireFree(address, httpPort, "HTTP (Neo4j Browser)", "--http-port");
        }
        DatabaseManagementServiceBuilder builder = new DatabaseManagementServiceBuilder(folder.toAbsolutePath())
                .setConfig(BoltConnector.enabled, true)
                .setConfig(BoltConnector.listen_address, new SocketAddress(address, bolt))
                .setConfig(BoltConnector.advertised_address, new SocketAddress(loopback ? "localhost" : address, bolt))
                .setConfig(GraphDatabaseSettings.auth_enabled, password != null)
                .setConfig(GraphDatabaseSettings.transaction_timeout, Duration.ofMinutes(10))
                // internal settings (may change between versions): skip two 5 s quiet periods on shutdown
                .setConfig(BoltConnectorInternalSettings.thread_pool_shutdown_wait_time, Duration.ZERO)
                .setConfig(GraphDatabaseInternalSettings.netty_server_shutdown_quiet_period, 0)
                .setConfig(ServerSettings.allow_telemetry, false)
                // LOAD CSV must not read this machine's files through 'query' or an unauthenticated Browser
                .setConfig(GraphDatabaseSettings.allow_file_urls, false);
        if (httpPort >= 0) {
            // the Chronograph guide and styles on the same server, opened by Neo4j Browser when it connects
            String base = "http://" + (loopback ? "localhost" : address) + ":" + httpPort;
            BrowserGuide.grass(); // a bad style rule fails here, naming its line
            builder.setConfig(HttpConnector.enabled, true)
                    .setConfig(HttpConnector.listen_address, new SocketAddress(address, httpPort))
                    .setConfig(ServerSettings.third_party_packages, java.util.List.of(new ThirdPartyJaxRsPackage(
                            BrowserGuide.class.getPackageName(), BrowserGuide.MOUNT)))
                    .setConfig(ServerSettings.browser_post_connect_cmd, BrowserGuide.postConnectCommands(base))
                    .setConfig(ServerSettings.browser_remote_content_hostname_whitelist,
                            "guides.neo4j.com,localhost" + (loopback ? "" : "," + address));
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
        if (!dbms.database(GraphDatabaseSettings.DEFAULT_DATABASE_NAME).isAvailable(5_000)) {
            // a damaged store file, or a store of another Neo4j version: Neo4j's own log says which
            dbms.shutdown();
            Path log = folder.toAbsolutePath().resolve("logs").resolve("debug.log");
            throw new StoreUnavailableException("the store in " + folder.toAbsolutePath() + " could not be started"
                    + " (damaged, or written by another Neo4j version); Neo4j's reason is in " + log
                    + "; restore a backup of the folder or ingest the articles into a new one");
        }
        if (password != null) {
            try {
                dbms.database("system").executeTransactionally(
                        "ALTER USER neo4j SET PASSWORD $password CHANGE NOT REQUIRED", java.util.Map.of("password", password));
            } catch (RuntimeException e) {
                dbms.shutdown();
                throw new StoreUnavailableException("cannot set the password of user neo4j: " + rootMessage(e), e);
            }
        }
        return new EmbeddedNeo4j(dbms, bolt, httpPort);
    }

    /** Whether a folder holds an embedded store (Neo4j's databases folder exists in it). */
    public static boolean isStore(Path folder) {
        return java.nio.file.Files.isDirectory(folder.resolve("data").resolve("databases"));
    }

    private static boolean isLoopback(String address) {
        try {
            return java.net.InetAddress.getByName(address).isLoopbackAddress();
        } catch (java.net.UnknownHostException e) {
            throw new IllegalArgumentException("cannot resolve the listen address '" + address + "'", e);
        }
    }

    public String boltUri() {
        return "bolt://localhost:" + boltPort;
    }

    public int httpPort() {
        return httpPort;
    }

    /** The address of the Chronograph guide in Neo4j Browser's terms ({@code :play URL}), for {@code host}. */
    public String guideUrl(String host) {
        return BrowserGuide.guideUrl("http://" + host + ":" + httpPort);
    }

    /** The file by which a running {@code serve} tells other commands on the same store where its Bolt port is. */
    static final String SERVE_FILE = "chronograph-serve.properties";

    private Path advertised;

    /**
     * Tells other chronograph commands on this store that this process serves it (they connect over Bolt
     * instead of failing on the store's lock); the file goes when the store is closed.
     */
    public void advertise(Path folder, boolean authentication) {
        var p = new java.util.Properties();
        p.setProperty("bolt", boltUri());
        p.setProperty("pid", Long.toString(ProcessHandle.current().pid()));
        p.setProperty("authentication", Boolean.toString(authentication));
        Path file = folder.resolve(SERVE_FILE);
        try (var out = java.nio.file.Files.newBufferedWriter(file)) {
            p.store(out, "written by 'chronograph serve' while it runs; removed when it stops");
            advertised = file;
        } catch (IOException e) {
            // other commands then report the lock, as before
        }
    }

    /** The Bolt address of a live {@code serve} on this store, if one advertised itself. */
    public static java.util.Optional<Served> served(Path folder) {
        Path file = folder.resolve(SERVE_FILE);
        if (!java.nio.file.Files.isRegularFile(file)) {
            return java.util.Optional.empty();
        }
        var p = new java.util.Properties();
        try (var in = java.nio.file.Files.newBufferedReader(file)) {
            p.load(in);
            long pid = Long.parseLong(p.getProperty("pid", "-1"));
            if (pid == ProcessHandle.current().pid() || ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false)) {
                return java.util.Optional.of(new Served(p.getProperty("bolt"), Boolean.parseBoolean(p.getProperty("authentication"))));
            }
        } catch (IOException | RuntimeException e) {
            // unreadable or stale: open the store itself
        }
        return java.util.Optional.empty();
    }

    /** A running serve: its Bolt URI and whether it asks for a password. */
    public record Served(String boltUri, boolean authentication) {
    }

    @Override
    public void close() {
        if (advertised != null) {
            try {
                java.nio.file.Files.deleteIfExists(advertised);
            } catch (IOException e) {
                // a stale file names a dead process and is ignored
            }
        }
        dbms.shutdown();
    }

    /** A port taken by another program is named with the option that moves it, before Neo4j fails on it. */
    private static void requireFree(String address, int port, String what, String option) {
        try (ServerSocket s = new ServerSocket()) {
            s.setReuseAddress(true);
            s.bind(new java.net.InetSocketAddress(address, port));
        } catch (IOException e) {
            throw new StoreUnavailableException("port " + port + " (" + what + ") on " + address + " is in use (another"
                    + " 'chronograph serve' or Neo4j?); stop it or choose another port with " + option);
        }
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
