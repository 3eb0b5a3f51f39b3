package org.chronograph.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.NetworkInterface;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.chronograph.graph.EmbeddedNeo4j;
import org.chronograph.graph.GraphConfig;
import org.chronograph.graph.GraphStore;
import org.chronograph.graph.StoreUnavailableException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Crashes, a store in use, servers that are down or refuse the password, exposure, docker-compose.yml. */
class OperationsIT {

    @TempDir
    Path dir;

    @Test
    void killedInTheMiddleOfAnIngestTheStoreHoldsWholeArticlesAndARerunCompletesIt() throws Exception {
        Path articles = dir.resolve("articles");
        Files.createDirectories(articles);
        // the examples four times over, as distinct articles (each copy with a line of its own: the same text under
        // two names is read once): long enough to be killed in the middle
        for (Path f : Files.list(Path.of("examples/articles")).sorted().toList()) {
            for (int k = 1; k <= 4; k++) {
                Files.writeString(articles.resolve("copy" + k + "-" + f.getFileName()),
                        Files.readString(f) + "\nThis is copy number " + k + ".\n");
            }
        }
        // as many as the reader makes of them (a copy whose added line falls in a block of links is the same text)
        int total = new org.chronograph.ingest.ArticleReader(null).read(List.of(articles)).articles().size();
        Path store = dir.resolve("store");
        Path err = dir.resolve("ingest.err");
        Process ingest = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx3g", "-cp", System.getProperty("java.class.path"), Chronograph.class.getName(), "ingest",
                "--store", store.toString(), "--threads", "2", articles.toString())
                .redirectError(err.toFile()).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        int seen = 0;
        Pattern progress = Pattern.compile("(\\d+)/" + total);
        for (int i = 0; i < 600 && ingest.isAlive() && seen < 8; i++) {
            Thread.sleep(500);
            Matcher m = progress.matcher(Files.readString(err));
            while (m.find()) {
                seen = Math.max(seen, Integer.parseInt(m.group(1)));
            }
        }
        assertThat(ingest.isAlive()).as("the ingest was still running when killed (it wrote %d of %d)", seen, total).isTrue();
        ingest.destroyForcibly(); // SIGKILL: no shutdown hook, no clean close of the store
        assertThat(ingest.waitFor(60, TimeUnit.SECONDS)).isTrue();

        long stored;
        try (GraphStore s = GraphStore.open(new GraphConfig(store, null, null, null))) {
            stored = one(s, "MATCH (a:Article) RETURN count(a) AS n");
            assertThat(stored).as("articles stored before the kill").isBetween(1L, total - 1L);
            // whole articles only: each with its sentences, each mention with its article and merged into an event
            assertThat(one(s, "MATCH (a:Article) WHERE NOT (a)-[:HAS_SENTENCE]->() RETURN count(a) AS n")).isZero();
            assertThat(one(s, "MATCH (m:Mention) WHERE NOT (m)-[:OF]->(:Event) RETURN count(m) AS n")).isZero();
            assertThat(one(s, "MATCH (m:Mention) WHERE NOT EXISTS { MATCH (a:Article {id: m.article}) } RETURN count(m) AS n"))
                    .isZero();
            assertThat(one(s, "MATCH (st:Statement) WHERE NOT EXISTS { MATCH (a:Article {id: st.article}) } RETURN count(st) AS n"))
                    .isZero();
        }
        String rerun = stderrOf("ingest", "--store", store.toString(), articles.toString());
        assertThat(rerun).contains((total - stored) + " written", stored + " unchanged");

        // the same graph as one uninterrupted ingest
        Path clean = dir.resolve("clean");
        assertThat(run("ingest", "--store", clean.toString(), articles.toString())).isZero();
        assertThat(timeline(store)).isEqualTo(timeline(clean));
        long[] counts = TestStores.counts(store);
        assertThat(counts).isEqualTo(TestStores.counts(clean));

        // idempotent: the same articles twice more change nothing
        for (int i = 0; i < 2; i++) {
            assertThat(stderrOf("ingest", "--store", store.toString(), articles.toString())).contains(total + " unchanged");
            assertThat(TestStores.counts(store)).isEqualTo(counts);
        }
    }

    @Test
    void badInputInABatchIsNamedOnceEachTheRestIsStoredAndTheExitCodeIsOne() throws Exception {
        Path in = dir.resolve("in");
        Files.createDirectories(in);
        Files.copy(Path.of("examples/articles/05-tanaka-santoso-call.md"), in.resolve("good.md"));
        String english = Files.readString(Path.of("examples/articles/05-tanaka-santoso-call.md"));
        Files.writeString(in.resolve("empty.txt"), "");
        Files.write(in.resolve("binary.txt"), new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 0, 1, 2});
        Files.writeString(in.resolve("page.txt"), "<!DOCTYPE html><html><body><p>" + english + "</p></body></html>");
        Files.writeString(in.resolve("future.md"), english.replaceFirst("published: [0-9-]+", "published: 2999-12-31"));
        Files.writeString(in.resolve("german.txt"), "Die Außenminister der beiden Länder trafen sich am Dienstag in Genf"
                + " und erklärten, dass sie die seit einem Jahr ausgesetzten Gespräche wieder aufnehmen würden. Es war"
                + " das erste Treffen dieser Art seit dem Grenzstreit, und beide Seiten lobten die gute Stimmung sehr.");
        Files.writeString(in.resolve("slides.pptx"), "not an article");
        Files.writeString(in.resolve("lines.jsonl"), "{\"id\": \"j1\", \"text\": \"x\"\n{\"id\": \"j2\"}\n");
        String err = stderrOf(Chronograph.FAILURE, "ingest", "--store", dir.resolve("store").toString(), in.toString());
        List<String> lines = err.lines().filter(l -> l.startsWith("skipped ")).toList();
        for (String name : List.of("empty.txt", "binary.txt", "page.txt", "future.md", "german.txt", "slides.pptx",
                "lines.jsonl:1", "lines.jsonl:2")) {
            assertThat(lines).as("one line for %s in%n%s", name, err).filteredOn(l -> l.contains(name)).hasSize(1);
        }
        assertThat(err).contains("1 written").contains("8 skipped");
        try (GraphStore s = GraphStore.open(new GraphConfig(dir.resolve("store"), null, null, null))) {
            assertThat(one(s, "MATCH (a:Article) RETURN count(a) AS n")).isEqualTo(1);
        }
    }

    @Test
    void aServerThatRefusesThePasswordOrIsDownOrAStoreInUseGiveAClearError() throws Exception {
        Path store = dir.resolve("store");
        int bolt = TestStores.freePort();
        String password = "s3cret-pass-for-test";
        Process serve = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx1g", "-cp", System.getProperty("java.class.path"), Chronograph.class.getName(), "serve",
                "--store", store.toString(), "--bolt-port", String.valueOf(bolt), "--http-port", String.valueOf(TestStores.freePort()),
                "--auth", "--password", password)
                .redirectError(dir.resolve("serve.err").toFile()).redirectOutput(dir.resolve("serve.out").toFile()).start();
        try {
            for (int i = 0; i < 240 && !Files.readString(dir.resolve("serve.out")).contains("Neo4j Browser:"); i++) {
                assertThat(serve.isAlive()).as("serve is running: %s", Files.readString(dir.resolve("serve.err"))).isTrue();
                Thread.sleep(500);
            }
            String uri = "bolt://localhost:" + bolt;
            long t0 = System.nanoTime();
            assertThatThrownBy(() -> GraphStore.open(new GraphConfig(null, uri, "neo4j", "wrong-password")))
                    .isInstanceOf(StoreUnavailableException.class).hasMessageContaining("rejected the credentials");
            System.out.printf("wrong password refused in %.1f s%n", (System.nanoTime() - t0) / 1e9);
            assertThat(run("ingest", "--uri", uri, "--user", "neo4j", "--password", password,
                    "examples/articles/05-tanaka-santoso-call.md")).isZero();
            // the store is the server's: a second process on it goes through serve, asking for the password first
            String inUse = stderrOf(Chronograph.FAILURE, "timeline", "--store", store.toString());
            assertThat(inUse).contains("'chronograph serve' has", "--password").doesNotContain("\tat ");
            String through = stderrOf(Chronograph.OK, "timeline", "--store", store.toString(), "--password", password);
            assertThat(through).contains("using it at bolt://localhost:" + bolt);
        } finally {
            serve.destroy();
            if (!serve.waitFor(30, TimeUnit.SECONDS)) {
                serve.destroyForcibly();
            }
        }
        // a server that is not there
        long t0 = System.nanoTime();
        String down = stderrOf(Chronograph.FAILURE, "timeline", "--uri", "bolt://localhost:" + TestStores.freePort());
        assertThat(down).contains("cannot reach").contains("is the server running");
        System.out.printf("unreachable server reported in %.1f s%n", (System.nanoTime() - t0) / 1e9);
    }

    @Test
    void theEmbeddedStoreListensOnLocalhostOnlyAndServeRefusesToListenElsewhereWithoutAPassword() throws Exception {
        String refused = stderrOf(Chronograph.USAGE, "serve", "--store", dir.resolve("s").toString(), "--listen", "0.0.0.0",
                "--password", "");
        assertThat(refused).contains("exposes the store").contains("password");
        assertThat(dir.resolve("s")).doesNotExist();

        List<InetAddress> external = new ArrayList<>();
        for (NetworkInterface ni : Collections.list(NetworkInterface.getNetworkInterfaces())) {
            for (InetAddress a : Collections.list(ni.getInetAddresses())) {
                if (!a.isLoopbackAddress() && !a.isLinkLocalAddress()) {
                    external.add(a);
                }
            }
        }
        assumeTrue(!external.isEmpty(), "this machine has no address but loopback");
        try (EmbeddedNeo4j db = EmbeddedNeo4j.start(dir.resolve("store"), 0, -1)) {
            int port = Integer.parseInt(db.boltUri().replaceAll(".*:", ""));
            try (Socket local = new Socket()) {
                local.connect(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 2000);
            }
            for (InetAddress a : external) {
                try (Socket s = new Socket()) {
                    assertThatThrownBy(() -> s.connect(new InetSocketAddress(a, port), 2000))
                            .as("Bolt must not answer on %s", a).isInstanceOf(java.io.IOException.class);
                }
            }
        }
    }

    @Test
    void dockerComposeFileIsValid() throws Exception {
        boolean present = new ProcessBuilder("sh", "-c", "command -v docker-compose").start().waitFor() == 0;
        assumeTrue(present, "docker-compose is not installed (.ci/test-deps installs Debian's package)");
        Path env = dir.resolve("test.env");
        Files.writeString(env, "NEO4J_PASSWORD=a-password-for-the-test\nNEO4J_PLUGINS=[\"apoc\"]\n");
        Process ok = new ProcessBuilder("docker-compose", "--env-file", env.toString(), "-f", "docker-compose.yml", "config")
                .redirectErrorStream(true).start();
        String config = new String(ok.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(ok.waitFor()).as(config).isZero();
        assertThat(config).contains("image: neo4j:5.26-community", "NEO4J_AUTH: neo4j/a-password-for-the-test",
                "healthcheck:", "neo4j-data:/data", "127.0.0.1:7687:7687", "apoc");
        // without a password the file refuses, saying what to do
        Path empty = dir.resolve("empty.env");
        Files.writeString(empty, "");
        ProcessBuilder noPassword = new ProcessBuilder("docker-compose", "--env-file", empty.toString(), "-f",
                "docker-compose.yml", "config").redirectErrorStream(true);
        noPassword.environment().remove("NEO4J_PASSWORD");
        Process bad = noPassword.start();
        String message = new String(bad.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(bad.waitFor()).isNotZero();
        assertThat(message).contains("set NEO4J_PASSWORD");
    }

    private static long one(GraphStore s, String query) {
        return ((Number) s.query(query, Map.of()).rows().get(0).get("n")).longValue();
    }

    private static String timeline(Path store) throws Exception {
        PrintStream old = System.out;
        ByteArrayOutputStream buf = new ByteArrayOutputStream();
        System.setOut(new PrintStream(buf, true, StandardCharsets.UTF_8));
        try {
            assertThat(run("timeline", "--store", store.toString(), "--format", "json")).isZero();
        } finally {
            System.setOut(old);
        }
        return buf.toString(StandardCharsets.UTF_8);
    }

    private static int run(String... args) {
        return Chronograph.commandLine().execute(args);
    }

    /** Runs a command expecting exit code 0 and returns what it printed on stderr. */
    private static String stderrOf(String... args) {
        return stderrOf(Chronograph.OK, args);
    }

    private static String stderrOf(int expected, String... args) {
        return TestStores.stderrOf(expected, args);
    }

}
