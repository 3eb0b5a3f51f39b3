package org.chronograph.graph;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.neo4j.driver.AuthTokens;
import org.testcontainers.junit.jupiter.Container;
import org.testcontainers.junit.jupiter.Testcontainers;
import org.testcontainers.neo4j.Neo4jContainer;

/** The same graph tests against the official neo4j:5.26 image; skipped where no Docker engine runs. */
@Testcontainers(disabledWithoutDocker = true)
class ContainerGraphIT extends AbstractGraphIT {

    @Container
    static final Neo4jContainer NEO4J = new Neo4jContainer("neo4j:5.26-community").withAdminPassword("chronograph-test");

    private static GraphStore store;

    @BeforeAll
    static void connect() {
        store = GraphStore.connect(NEO4J.getBoltUrl(), AuthTokens.basic("neo4j", "chronograph-test"));
    }

    @AfterAll
    static void close() {
        store.close();
    }

    @Override
    GraphStore store() {
        return store;
    }
}
