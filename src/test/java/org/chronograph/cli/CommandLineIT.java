package org.chronograph.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.chronograph.TestCorpus;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The commands end to end on the embedded store in a temporary folder. */
class CommandLineIT {

    @TempDir
    Path dir;

    @Test
    void ingestThenTimelineOnTheEmbeddedStore() throws Exception {
        Path store = dir.resolve("store");
        assertThat(run("ingest", "--store", store.toString(), TestCorpus.articles().toString())).isZero();
        long[] first = TestStores.counts(store);
        assertThat(first[0]).isPositive();

        String json = capture(() -> run("timeline", "--store", store.toString(), "--format", "json",
                "--actor", "Tomás Reyes", "--from", "2025-03-01"));
        JsonNode entries = new ObjectMapper().readTree(json).get("entries");
        assertThat(entries).isNotEmpty();
        for (JsonNode e : entries) {
            assertThat(e.get("date").asText()).isGreaterThanOrEqualTo("2025-03");
            assertThat(e.get("sources")).isNotEmpty();
        }
        assertThat(json).contains("\"CANCEL\"").contains("\"REVIVE\"");
        // every entry carries its kind's keys, null when unknown
        String all = capture(() -> run("timeline", "--store", store.toString(), "--format", "json"));
        for (JsonNode e : new ObjectMapper().readTree(all).get("entries")) {
            assertThat(e.has("date")).isTrue();
            assertThat(e.has(e.get("kind").asText().equals("event") ? "place" : "channel")).isTrue();
        }

        assertThat(run("ingest", "--store", store.toString(), TestCorpus.articles().toString())).isZero();
        assertThat(TestStores.counts(store)).containsExactly(first);

        // the query library from the command line, by name or by path, in each format
        JsonNode chain = new ObjectMapper().readTree(capture(() -> run("query", "meet-cancel-revive",
                "--store", store.toString(), "--format", "json")));
        assertThat(chain).hasSize(1);
        assertThat(chain.get(0).get("place").asText()).isEqualTo("Oslo");
        assertThat(chain.get(0).get("cancelledOn").asText()).isEqualTo("2025-03-03");
        String csv = capture(() -> run("query", "cypher/queries/actor-timeline.cypher", "--store", store.toString(),
                "-p", "actor=Tomás Reyes", "--format", "csv"));
        assertThat(csv.lines().findFirst().orElseThrow()).isEqualTo("actor,kind,id,what,date,status,with,sources");
        assertThat(csv).contains("\r\n").contains("Tomás Reyes,event,");
        String table = capture(() -> run("query", "top-meeting-pairs.cypher", "--store", store.toString(),
                "--param", "limit=1"));
        assertThat(table.lines().toList()).hasSize(3);
        assertThat(table).contains("Ingrid Halvorsen").contains("Tomás Reyes");
        assertThat(run("query", "no-such-query", "--store", store.toString())).isEqualTo(Chronograph.USAGE);
    }

    @Test
    void parallelIngestStoresWhatASequentialOneDoes() throws Exception {
        Path one = dir.resolve("one-thread");
        Path two = dir.resolve("two-threads");
        assertThat(run("ingest", "--threads", "1", "--store", one.toString(), "examples/articles")).isZero();
        assertThat(run("ingest", "--threads", "2", "--store", two.toString(), "examples/articles")).isZero();
        assertThat(TestStores.counts(two)).isEqualTo(TestStores.counts(one));
        String a = capture(() -> run("timeline", "--store", one.toString(), "--format", "json"));
        String b = capture(() -> run("timeline", "--store", two.toString(), "--format", "json"));
        assertThat(b).isEqualTo(a);
        assertThat(run("ingest", "--threads", "0", "--store", one.toString(), "examples/articles"))
                .isEqualTo(Chronograph.USAGE);
    }

    @Test
    void benchPrintsEveryFigureAndTheTimelineReadsThroughIndexes() throws Exception {
        String ingest = capture(() -> run("bench", "--articles", TestCorpus.articles().toString(), "--threads", "2",
                "--no-defaults"));
        assertThat(ingest).contains("machine:", "model load:", "CoreNLP alone, 1 thread:", "CoreNLP alone, 2 threads:",
                "extraction rules alone", "full ingest, 1 thread(s):", "full ingest, 2 thread(s):", "Neo4j writes",
                "speed-up from 1 to 2 threads", "peak heap");
        String graph = capture(() -> run("bench", "--graph-events", "2000", "--runs", "3"));
        assertThat(graph).contains("p95 ms", "--actor", "event-history");
        List<String> timelinePlans = graph.lines().filter(l -> l.contains("read/timeline-")).toList();
        assertThat(timelinePlans).hasSizeGreaterThanOrEqualTo(5)
                .allMatch(l -> l.contains("IndexSeek") && !l.contains("LabelScan") && !l.contains("AllNodesScan"), "index seeks only");
    }

    @Test
    void usageErrorsAndBadInputGiveTheirExitCodes() {
        assertThat(run("timeline", "--format", "nonsense")).isEqualTo(Chronograph.USAGE);
        assertThat(run("ingest", "--store", dir.resolve("s").toString(), dir.resolve("missing").toString()))
                .isEqualTo(Chronograph.FAILURE);
    }

    @Test
    void quietIngestSaysNothingButWhatWasSkipped() {
        PrintStream old = System.err;
        ByteArrayOutputStream buf = new ByteArrayOutputStream();
        System.setErr(new PrintStream(buf, true, StandardCharsets.UTF_8));
        int code;
        try {
            code = run("ingest", "--quiet", "--store", dir.resolve("quiet").toString(),
                    "examples/articles/05-tanaka-santoso-call.md", dir.resolve("missing.txt").toString());
        } finally {
            System.setErr(old);
        }
        assertThat(code).isEqualTo(Chronograph.FAILURE);
        assertThat(buf.toString(StandardCharsets.UTF_8).lines().filter(l -> !l.isBlank()))
                .singleElement().satisfies(l -> assertThat(l).startsWith("skipped ").contains("missing.txt"));
    }

    @Test
    void versionNamesTheLibrariesAndCompletionCoversEverySubcommand() throws Exception {
        String version = capture(() -> run("--version"));
        assertThat(version).contains("chronograph ", "Stanford CoreNLP 4.5.10", "Neo4j 5.26.30", "Java driver 5.28.15")
                .doesNotContain("${");
        String completion = capture(() -> run("generate-completion"));
        assertThat(completion).contains("complete -F", "ingest", "timeline", "evaluate", "--store", "--format");
    }

    private static int run(String... args) {
        return Chronograph.commandLine().execute(args);
    }

    private static String capture(java.util.concurrent.Callable<Integer> body) throws Exception {
        PrintStream old = System.out;
        ByteArrayOutputStream buf = new ByteArrayOutputStream();
        System.setOut(new PrintStream(buf, true, StandardCharsets.UTF_8));
        try {
            assertThat(body.call()).isZero();
        } finally {
            System.setOut(old);
        }
        return buf.toString(StandardCharsets.UTF_8);
    }
}
