package org.chronograph.graph;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.neo4j.driver.AuthToken;
import org.neo4j.driver.AuthTokens;
import org.neo4j.driver.Config;
import org.neo4j.driver.Driver;
import org.neo4j.driver.GraphDatabase;
import org.neo4j.driver.Record;
import org.neo4j.driver.Session;
import org.neo4j.driver.exceptions.AuthenticationException;
import org.neo4j.driver.exceptions.ServiceUnavailableException;

/**
 * A connection to the graph through the Java driver over Bolt, whether the store is embedded (started here
 * on a free localhost port) or a Neo4j 5 server. The schema is applied on open.
 */
public final class GraphStore implements AutoCloseable {

    private final Driver driver;
    private final EmbeddedNeo4j embedded;
    private final String description;

    private GraphStore(Driver driver, EmbeddedNeo4j embedded, String description) {
        this.driver = driver;
        this.embedded = embedded;
        this.description = description;
    }

    /**
     * Opens the graph for a command that only reads it: an embedded store folder must exist already (a mistyped
     * {@code --store} would otherwise create an empty store and answer "no entries").
     */
    public static GraphStore openExisting(GraphConfig config) {
        if (config.embedded() && !EmbeddedNeo4j.isStore(config.store())) {
            Path folder = config.store().toAbsolutePath();
            throw new StoreUnavailableException(java.nio.file.Files.isRegularFile(folder)
                    ? folder + " is a file, not a store folder (give --store the folder 'chronograph ingest' created)"
                    : "there is no Chronograph store in " + folder + " (a typo in --store? 'chronograph ingest"
                    + (config.store().equals(GraphConfig.DEFAULT_STORE) ? "" : " --store " + config.store())
                    + " ARTICLES' creates one)");
        }
        return open(config);
    }

    public static GraphStore open(GraphConfig config) {
        EmbeddedNeo4j embedded = null;
        String uri = config.uri();
        AuthToken auth = AuthTokens.none();
        String description;
        EmbeddedNeo4j.Served served = config.embedded() ? EmbeddedNeo4j.served(config.store()).orElse(null) : null;
        if (served != null) {
            // 'chronograph serve' holds the store: use it over Bolt rather than fail on the lock
            if (served.authentication() && config.password() == null) {
                throw new StoreUnavailableException("'chronograph serve' has " + config.store().toAbsolutePath()
                        + " open, with authentication: give --password (or NEO4J_PASSWORD) to use it, or stop it");
            }
            if (served.authentication()) {
                auth = AuthTokens.basic(config.user() == null ? "neo4j" : config.user(),
                        config.password() == null ? "" : config.password());
            }
            System.err.println("note: 'chronograph serve' has " + config.store().toAbsolutePath() + " open; using it at "
                    + served.boltUri());
            return connect(served.boltUri(), auth, null, "the store " + config.store().toAbsolutePath()
                    + " through the running 'chronograph serve' at " + served.boltUri());
        }
        if (config.embedded()) {
            embedded = EmbeddedNeo4j.start(config.store(), 0, -1);
            uri = embedded.boltUri();
            description = "embedded store " + config.store().toAbsolutePath();
        } else {
            if (config.user() != null) {
                auth = AuthTokens.basic(config.user(), config.password() == null ? "" : config.password());
            }
            description = "Neo4j at " + uri;
        }
        return connect(uri, auth, embedded, description);
    }

    /** Connects to a running server (tests use this with neo4j-harness). */
    public static GraphStore connect(String uri, AuthToken auth) {
        return connect(uri, auth, null, "Neo4j at " + uri);
    }

    private static GraphStore connect(String uri, AuthToken auth, EmbeddedNeo4j embedded, String description) {
        Config cfg = Config.builder()
                .withConnectionTimeout(10, TimeUnit.SECONDS)
                .withMaxTransactionRetryTime(30, TimeUnit.SECONDS)
                .withoutEncryption()
                .withLogging(org.neo4j.driver.Logging.none())
                .build();
        Driver driver = GraphDatabase.driver(uri, auth, cfg);
        try {
            driver.verifyConnectivity();
            GraphStore store = new GraphStore(driver, embedded, description);
            store.applySchema();
            return store;
        } catch (AuthenticationException e) {
            close(driver, embedded);
            throw new StoreUnavailableException(description + " rejected the credentials (check --user/--password "
                    + "or NEO4J_USERNAME/NEO4J_PASSWORD)", e);
        } catch (ServiceUnavailableException e) {
            close(driver, embedded);
            throw new StoreUnavailableException("cannot reach " + description + " (is the server running?)", e);
        } catch (RuntimeException e) {
            close(driver, embedded);
            throw e;
        }
    }

    private static void close(Driver driver, EmbeddedNeo4j embedded) {
        driver.close();
        if (embedded != null) {
            embedded.close();
        }
    }

    /**
     * Applies the schema (every statement is IF NOT EXISTS). Two writers opening a new server at once race to
     * create the same index, and the loser gets an error or a lock timeout: it tries again, and then finds the
     * schema there.
     */
    private void applySchema() {
        for (int attempt = 1; ; attempt++) {
            try (Session session = driver.session()) {
                for (String statement : Cypher.statements("schema.cypher")) {
                    session.run(statement).consume();
                }
                return;
            } catch (org.neo4j.driver.exceptions.ClientException | org.neo4j.driver.exceptions.TransientException e) {
                if (attempt == 5 || e instanceof org.neo4j.driver.exceptions.AuthenticationException
                        || e instanceof org.neo4j.driver.exceptions.SecurityException) {
                    throw e;
                }
                try {
                    Thread.sleep(200L * attempt);
                } catch (InterruptedException interrupted) {
                    Thread.currentThread().interrupt();
                    throw e;
                }
            }
        }
    }

    public Driver driver() {
        return driver;
    }

    public String description() {
        return description;
    }

    /** Runs a read query file with parameters and returns its records. */
    public List<Record> read(String queryFile, Map<String, Object> params) {
        String query = Cypher.load(queryFile);
        try (Session session = driver.session()) {
            return session.executeRead(tx -> tx.run(query, params).list());
        }
    }

    /**
     * Runs a read query given as text (a file of the user's or of the library) and returns its rows as plain
     * values. Runs in a read transaction: a query that writes is refused by Neo4j.
     */
    public QueryResult query(String cypher, Map<String, Object> params) {
        try (var session = driver.session()) {
            return session.executeRead(tx -> {
                var result = tx.run(cypher, params);
                List<String> keys = result.keys();
                return QueryResult.of(keys, result.list());
            });
        }
    }

    @Override
    public void close() {
        close(driver, embedded);
    }
}
