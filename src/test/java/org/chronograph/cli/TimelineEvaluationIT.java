package org.chronograph.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.chronograph.evaluate.Saga;
import org.chronograph.evaluate.SagaScorer;
import org.junit.jupiter.api.Test;

/**
 * {@code evaluate --timelines} on the two sagas of our examples (examples/timelines: Oslo, Singapore), through the
 * real CoreNLP and a fresh embedded store per saga; and the sagas' own consistency: every per-article gold event of
 * a saga's articles is in exactly one entry.
 */
class TimelineEvaluationIT {

    private static final Path EXAMPLES = Path.of("examples");

    @Test
    void theExampleSagasArePartitionsOfTheirArticlesGold() throws Exception {
        ObjectMapper json = new ObjectMapper();
        List<Path> sagas;
        try (Stream<Path> s = Files.list(EXAMPLES.resolve("timelines"))) {
            sagas = s.filter(p -> p.toString().endsWith(".json")).toList();
        }
        assertThat(sagas).hasSize(2);
        for (Path p : sagas) {
            Saga saga = Saga.read(p);
            for (String article : saga.articles()) {
                JsonNode gold = json.readTree(EXAMPLES.resolve("gold").resolve(article + ".json").toFile());
                List<Integer> indexes = new ArrayList<>();
                saga.events().forEach(e -> e.mentions().stream().filter(m -> m.article().equals(article))
                        .forEach(m -> indexes.add(m.goldIndex())));
                assertThat(indexes).as("%s: gold events of %s", p, article).containsExactlyInAnyOrderElementsOf(
                        java.util.stream.IntStream.range(0, gold.get("events").size()).boxed().toList());
            }
        }
    }

    @Test
    void theExampleSagasComeOutAsOneNodePerRealEventWithTheirActsLinked() throws Exception {
        TimelineEvaluation.Result r = TimelineEvaluation.run(EXAMPLES.resolve("timelines"), EXAMPLES.resolve("articles"),
                new Pipeline(), line -> { });
        assertThat(r.problems()).isEmpty();
        SagaScorer.SagaScore t = r.total();
        System.out.println(TimelineEvaluation.table(r, true));
        assertThat(t.realEvents()).isEqualTo(14);
        // the lifecycle chains: both cancellations and both revivals point at their summit node
        assertThat(t.actsLinked()).isEqualTo(t.actsTotal()).isEqualTo(4);
        assertThat(t.duplicates()).isZero();
        assertThat(t.fullyMerged()).isEqualTo(t.multiArticleEntries());
        assertThat(t.recall()).isGreaterThanOrEqualTo(0.85);
        assertThat(t.precision()).isGreaterThanOrEqualTo(0.85);
    }

    @Test
    void theCommandPrintsTheJsonOfTimelineFormatAndNamesABadSagaFile() throws Exception {
        Path dir = Files.createTempDirectory("chronograph-sagas-");
        Files.copy(EXAMPLES.resolve("timelines/singapore-2018.json"), dir.resolve("singapore-2018.json"));
        Files.writeString(dir.resolve("broken.json"), "{\"saga\": \"broken\", \"articles\": []}");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        PrintStream stdout = System.out;
        PrintStream stderr = System.err;
        int code;
        try {
            System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
            System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
            code = Chronograph.commandLine().execute("evaluate", "--timelines", dir.toString(),
                    "--articles", EXAMPLES.resolve("articles").toString(), "--json");
        } finally {
            System.setOut(stdout);
            System.setErr(stderr);
        }
        assertThat(code).isEqualTo(Chronograph.FAILURE);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("broken.json");
        JsonNode j = new ObjectMapper().readTree(out.toString(StandardCharsets.UTF_8));
        assertThat(j.get("sagas").asInt()).isEqualTo(1);
        for (String key : List.of("real_events", "predicted", "matched", "precision", "recall", "f1", "duplicates",
                "missed", "spurious", "date_exact", "status_correct", "acts_linked", "acts_total", "fully_merged",
                "multi_article_entries", "per_saga")) {
            assertThat(j.has(key)).as(key).isTrue();
        }
        assertThat(j.get("per_saga").get(0).get("saga").asText()).isEqualTo("singapore-2018");
        assertThat(j.get("real_events").asInt()).isEqualTo(6);
    }
}
