package org.chronograph.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.chronograph.TestCorpus;
import org.chronograph.graph.EmbeddedNeo4j;
import org.chronograph.graph.GraphConfig;
import org.chronograph.graph.GraphStore;
import org.chronograph.graph.GraphWriter;
import org.chronograph.model.Article;
import org.chronograph.model.Extraction;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.neo4j.driver.AuthTokens;

/** Inputs and stores a hostile or careless user gives: each says what is wrong, nothing is lost or made up. */
class RobustnessIT {

    @TempDir
    Path dir;

    @Test
    void readCommandsOnAFolderThatIsNoStoreSaySoAndCreateNothing() throws Exception {
        Path typo = dir.resolve("tpyo");
        String err = stderrOf(Chronograph.FAILURE, "timeline", "--store", typo.toString());
        assertThat(err).contains("no Chronograph store", "tpyo", "ingest");
        assertThat(stderrOf(Chronograph.FAILURE, "query", "undated-events", "--store", typo.toString()))
                .contains("no Chronograph store");
        assertThat(typo).doesNotExist();
        assertThat(stderrOf(Chronograph.FAILURE, "timeline", "--output", dir.resolve("no-such-folder/t.html").toString()))
                .contains("no-such-folder", "does not exist");
        Path file = Files.writeString(dir.resolve("a-file"), "x");
        assertThat(stderrOf(Chronograph.FAILURE, "timeline", "--store", file.toString())).contains("is a file");
        assertThat(stderrOf(Chronograph.FAILURE, "ingest", "--store", file.toString(), "examples/articles/05-tanaka-santoso-call.md"))
                .contains("is a file").doesNotContain("\tat ");
        assertThat(Files.readString(file)).isEqualTo("x");
    }

    @Test
    void aDamagedStoreIsNamedWithWhereNeo4jSaysWhy() throws Exception {
        Path store = dir.resolve("damaged");
        try (GraphStore s = GraphStore.open(new GraphConfig(store, null, null, null))) {
            s.query("RETURN 1 AS n", Map.of());
        }
        byte[] noise = new byte[8192];
        new java.util.Random(7).nextBytes(noise);
        Files.write(store.resolve("data/databases/neo4j/neostore"), noise);
        String err = stderrOf(Chronograph.FAILURE, "timeline", "--store", store.toString());
        assertThat(err).contains("could not be started", "debug.log", "backup").doesNotContain("\tat ")
                .doesNotContain("retrying");
        assertThat(err.lines().filter(l -> !l.isBlank())).hasSize(1);
    }

    @Test
    void aReadOnlyStoreIsNamedWithWhatToDo() throws Exception {
        Path readOnly = dir.resolve("read-only");
        try (GraphStore s = GraphStore.open(new GraphConfig(readOnly, null, null, null))) {
            s.query("RETURN 1 AS n", Map.of());
        }
        assertThat(readOnly.toFile().setWritable(false, false)).isTrue();
        try {
            org.junit.jupiter.api.Assumptions.assumeFalse(Files.isWritable(readOnly),
                    "this user (root?) can write to a read-only folder: nothing to test here");
            assertThat(stderrOf(Chronograph.FAILURE, "timeline", "--store", readOnly.toString()))
                    .contains("read-only", "cp -a").doesNotContain("\tat ");
        } finally {
            readOnly.toFile().setWritable(true, false);
        }
    }

    @Test
    void queriesCannotReadThisMachinesFiles() throws Exception {
        Path store = dir.resolve("store");
        try (GraphStore s = GraphStore.open(new GraphConfig(store, null, null, null))) {
            assertThatThrownBy(() -> s.query("LOAD CSV FROM 'file:///etc/hostname' AS row RETURN row", Map.of()))
                    .hasMessageContaining("file");
        }
        Path q = Files.writeString(dir.resolve("read-local.cypher"), "LOAD CSV FROM 'file:///etc/hostname' AS row RETURN row");
        String out = stdoutOf(Chronograph.FAILURE, "query", q.toString(), "--store", store.toString());
        assertThat(out).isEmpty();
        // the same engine settings hold for 'serve', whose Browser has no authentication on localhost
        try (EmbeddedNeo4j db = EmbeddedNeo4j.start(store, 0, -1);
             GraphStore s = GraphStore.connect(db.boltUri(), AuthTokens.none())) {
            assertThatThrownBy(() -> s.query("LOAD CSV FROM 'file:///etc/hostname' AS row RETURN row", Map.of()))
                    .hasMessageContaining("file");
        }
    }

    @Test
    void commandsOnAStoreThatServeHoldsGoThroughItAndAStaleNoteIsIgnored() throws Exception {
        Path store = dir.resolve("served");
        try (GraphStore s = GraphStore.open(new GraphConfig(store, null, null, null))) {
            s.query("RETURN 1 AS n", Map.of()); // creates the store
        }
        try (EmbeddedNeo4j db = EmbeddedNeo4j.start(store, 0, -1)) {
            db.advertise(store, false);
            String err = stderrOf(Chronograph.OK, "timeline", "--store", store.toString());
            assertThat(err).contains("'chronograph serve' has", "using it at " + db.boltUri());
            assertThat(stdoutOf(Chronograph.OK, "query", "undated-events", "--store", store.toString())).isNotNull();
        }
        assertThat(store.resolve("chronograph-serve.properties")).doesNotExist();
        // a note left by a serve that was killed names a process that is gone: the store is opened as usual
        Process gone = new ProcessBuilder("true").start();
        gone.waitFor();
        Files.writeString(store.resolve("chronograph-serve.properties"), "bolt=bolt://localhost:1\npid=" + gone.pid()
                + "\nauthentication=false\n");
        assertThat(stderrOf(Chronograph.OK, "timeline", "--store", store.toString())).doesNotContain("using it at");
    }

    @Test
    void aTakenPortIsNamedWithTheOptionThatMovesIt() throws Exception {
        try (ServerSocket taken = new ServerSocket(0)) {
            String err = stderrOf(Chronograph.FAILURE, "serve", "--store", dir.resolve("s").toString(),
                    "--bolt-port", String.valueOf(taken.getLocalPort()), "--http-port", String.valueOf(TestStores.freePort()));
            assertThat(err).contains("port " + taken.getLocalPort(), "--bolt-port").doesNotContain("\tat ");
            String http = stderrOf(Chronograph.FAILURE, "serve", "--store", dir.resolve("s").toString(),
                    "--bolt-port", String.valueOf(TestStores.freePort()), "--http-port", String.valueOf(taken.getLocalPort()));
            assertThat(http).contains("port " + taken.getLocalPort(), "--http-port");
        }
    }

    @Test
    void twoWritersOnANewServerBothCompleteAndTheGraphEqualsASequentialIngest() throws Exception {
        List<Extraction> xs = new ArrayList<>();
        for (Article a : TestCorpus.read()) {
            xs.add(TestCorpus.extract(a));
        }
        List<Extraction> first = xs.subList(0, xs.size() / 2);
        List<Extraction> second = xs.subList(xs.size() / 2, xs.size());
        Path sequential = dir.resolve("sequential");
        try (GraphStore s = GraphStore.open(new GraphConfig(sequential, null, null, null))) {
            GraphWriter w = new GraphWriter(s);
            xs.forEach(w::write);
        }
        for (int round = 0; round < 3; round++) {
            Path fresh = dir.resolve("concurrent-" + round);
            ExecutorService pool = Executors.newFixedThreadPool(2);
            try (EmbeddedNeo4j db = EmbeddedNeo4j.start(fresh, 0, -1)) {
                CyclicBarrier together = new CyclicBarrier(2);
                List<Future<?>> done = new ArrayList<>();
                for (List<Extraction> part : List.of(first, second)) {
                    done.add(pool.submit(() -> {
                        together.await();
                        try (GraphStore s = GraphStore.connect(db.boltUri(), AuthTokens.none())) { // both apply the schema
                            GraphWriter w = new GraphWriter(s);
                            part.forEach(w::write);
                        }
                        return null;
                    }));
                }
                for (Future<?> f : done) {
                    f.get();
                }
            } finally {
                pool.shutdownNow();
            }
            assertThat(TestStores.counts(fresh)).as("round %d", round).isEqualTo(TestStores.counts(sequential));
        }
    }

    @Test
    void aBatchMixingEveryAwkwardInputStoresEachGoodArticleOnceAndARerunLoadsNoModels() throws Exception {
        String a = "Foreign Minister Tomas Reyes of Chile met his Norwegian counterpart Ingrid Halvorsen in Oslo on"
                + " Tuesday, and the two agreed to resume talks on a fisheries accord next month.";
        String b = "Chile's President Ana Rojas will visit Norway in June, her office said on Monday, a trip that was"
                + " postponed last year after a dispute over fishing rights.";
        String c = "Norway and Chile signed a fisheries agreement in Santiago on Friday after two years of talks, the"
                + " ministries of both countries said in a joint statement.";
        Path in = Files.createDirectories(dir.resolve("in"));
        Files.createDirectories(in.resolve("a"));
        Files.createDirectories(in.resolve("b"));
        Files.writeString(in.resolve("a/report.txt"), "---\npublished: 2024-03-05\n---\n" + a + "\n");
        Files.writeString(in.resolve("b/report.txt"), "---\npublished: 2024-03-05\n---\n" + b + "\n");
        Files.writeString(in.resolve("b/second-copy.txt"), "---\npublished: 2024-03-05\n---\n" + b + "\n");
        Files.write(in.resolve("utf16.txt"), ("\uFEFF---\r\npublished: 2024-03-08\r\n---\r\n" + c + "\r\nRead more\r\n"
                + a.replace("Tuesday", "Wednesday") + "\r\n").getBytes(StandardCharsets.UTF_16LE));
        Files.write(in.resolve("lines.jsonl"), concat(
                ("{\"id\": \"j1\", \"published\": \"2024-03-09\", \"text\": \"" + c.replace("Friday", "Saturday")
                        + "\"}\n").getBytes(StandardCharsets.UTF_8),
                "{\"id\": \"j2\", \"text\": \"Caf\u00e9\"}\n".getBytes(StandardCharsets.ISO_8859_1),
                ("{\"id\": \"a/report\", \"published\": \"2024-03-09\", \"text\": \"" + b.replace("June", "July")
                        + "\"}\n").getBytes(StandardCharsets.UTF_8)));
        Path store = in.resolve("chronograph-data"); // the store inside the folder read
        String err = stderrOf(Chronograph.FAILURE, "ingest", "--store", store.toString(), in.toString());
        assertThat(err).contains("4 written", "2 skipped")
                .contains("lines.jsonl:2").contains("lines.jsonl:3", "'a/report'").contains("read once");
        List<String> ids;
        try (GraphStore s = GraphStore.open(new GraphConfig(store, null, null, null))) {
            ids = s.query("MATCH (x:Article) RETURN x.id AS id ORDER BY id", Map.of()).rows().stream()
                    .map(r -> (String) r.get("id")).toList();
            assertThat(s.query("MATCH (x:Article {id: 'utf16'}) RETURN x.text AS t", Map.of()).rows().get(0).get("t"))
                    .asString().contains("Wednesday");
        }
        assertThat(ids).containsExactly("a/report", "b/report", "j1", "utf16");
        long[] counts = TestStores.counts(store);
        String again = stderrOf(Chronograph.FAILURE, "ingest", "--store", store.toString(), in.toString());
        assertThat(again).contains("4 unchanged", "0 written").doesNotContain("loading CoreNLP")
                .contains("a Chronograph store folder, not read");
        assertThat(TestStores.counts(store)).isEqualTo(counts);
        // a stored text under a new name is not stored twice
        Path moved = Files.createDirectories(dir.resolve("moved"));
        Files.copy(in.resolve("a/report.txt"), moved.resolve("renamed.txt"));
        assertThat(stderrOf(Chronograph.OK, "ingest", "--store", store.toString(), moved.toString()))
                .contains("1 unchanged", "same text", "'a/report'");
        assertThat(TestStores.counts(store)).isEqualTo(counts);
    }

    private static byte[] concat(byte[]... parts) {
        var out = new ByteArrayOutputStream();
        for (byte[] p : parts) {
            out.writeBytes(p);
        }
        return out.toByteArray();
    }

    private static String stderrOf(int expected, String... args) {
        return TestStores.stderrOf(expected, args);
    }

    private static String stdoutOf(int expected, String... args) {
        PrintStream old = System.out;
        ByteArrayOutputStream buf = new ByteArrayOutputStream();
        System.setOut(new PrintStream(buf, true, StandardCharsets.UTF_8));
        try {
            stderrOf(expected, args);
        } finally {
            System.setOut(old);
        }
        return buf.toString(StandardCharsets.UTF_8);
    }
}
