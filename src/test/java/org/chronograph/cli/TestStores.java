package org.chronograph.cli;

import java.net.ServerSocket;
import java.nio.file.Path;
import java.util.Map;
import org.chronograph.graph.GraphConfig;
import org.chronograph.graph.GraphStore;
import org.neo4j.driver.Record;

/** What the command-line tests ask of a store folder and of the machine. */
final class TestStores {

    private TestStores() {
    }

    /** Node and relationship counts of an embedded store (opened and closed again). */
    static long[] counts(Path store) {
        try (GraphStore s = GraphStore.open(new GraphConfig(store, null, null, null))) {
            Record r = s.read("read/counts.cypher", Map.of()).get(0);
            return new long[] {r.get("nodes").asLong(), r.get("relationships").asLong()};
        }
    }

    static int freePort() throws Exception {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        }
    }
}
