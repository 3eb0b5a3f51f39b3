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

    /** Runs a command in this JVM, asserts its exit code and returns what it printed on stderr (and picocli's). */
    static String stderrOf(int expected, String... args) {
        java.io.PrintStream old = System.err;
        java.io.ByteArrayOutputStream buf = new java.io.ByteArrayOutputStream();
        java.io.StringWriter picocli = new java.io.StringWriter();
        System.setErr(new java.io.PrintStream(buf, true, java.nio.charset.StandardCharsets.UTF_8));
        int code;
        try {
            var cl = Chronograph.commandLine();
            cl.setErr(new java.io.PrintWriter(picocli, true));
            code = cl.execute(args);
        } finally {
            System.setErr(old);
        }
        String err = buf.toString(java.nio.charset.StandardCharsets.UTF_8) + picocli;
        org.assertj.core.api.Assertions.assertThat(code).as(err).isEqualTo(expected);
        return err;
    }

    static int freePort() throws Exception {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        }
    }
}
