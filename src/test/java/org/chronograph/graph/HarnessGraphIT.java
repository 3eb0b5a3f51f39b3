package org.chronograph.graph;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.neo4j.driver.AuthTokens;
import org.neo4j.harness.Neo4j;
import org.neo4j.harness.Neo4jBuilders;

/** The graph tests against an in-process Neo4j (neo4j-harness): what CI runs. */
class HarnessGraphIT extends AbstractGraphIT {

    private static Neo4j neo4j;
    private static GraphStore store;

    @BeforeAll
    static void start() {
        neo4j = Neo4jBuilders.newInProcessBuilder().withDisabledServer().build();
        store = GraphStore.connect(neo4j.boltURI().toString(), AuthTokens.none());
    }

    @AfterAll
    static void stop() {
        store.close();
        neo4j.close();
    }

    @Override
    GraphStore store() {
        return store;
    }
}
