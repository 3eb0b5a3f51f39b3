package org.chronograph.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.chronograph.evaluate.Saga;
import org.chronograph.evaluate.SagaScorer;
import org.chronograph.graph.GraphConfig;
import org.chronograph.graph.GraphStore;
import org.chronograph.graph.GraphWriter;
import org.chronograph.ingest.ArticleBatch;
import org.chronograph.ingest.ArticleReader;
import org.chronograph.model.Article;
import org.neo4j.driver.Record;
import org.neo4j.driver.Value;

/**
 * {@code evaluate --timelines}: each saga's articles ingested, in the order the saga lists them, into a fresh
 * temporary embedded store, then the merged graph scored against the gold timeline (../shared/TIMELINE-FORMAT.md).
 */
final class TimelineEvaluation {

    /** The scores of every saga that could be scored, and one line per saga that could not. */
    record Result(List<SagaScorer.SagaScore> perSaga, SagaScorer.SagaScore total, List<String> problems) {
    }

    private TimelineEvaluation() {
    }

    static Result run(Path timelines, Path articles, Pipeline pipeline, Consumer<String> progress)
            throws IOException, InterruptedException {
        List<Path> files;
        try (Stream<Path> list = Files.list(timelines)) {
            files = list.filter(p -> p.getFileName().toString().endsWith(".json")).sorted().toList();
        }
        List<SagaScorer.SagaScore> scores = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        if (files.isEmpty()) {
            problems.add(timelines + ": no saga files (*.json) in this folder");
        }
        Map<String, Path> byBaseName = articleFiles(articles);
        for (Path file : files) {
            Saga saga;
            try {
                saga = Saga.read(file);
            } catch (IllegalArgumentException e) {
                problems.add(e.getMessage());
                continue;
            }
            List<Path> paths = new ArrayList<>();
            List<String> missing = new ArrayList<>();
            for (String name : saga.articles()) {
                Path found = byBaseName.get(name);
                if (found == null) {
                    missing.add(name);
                } else {
                    paths.add(found);
                }
            }
            if (!missing.isEmpty()) {
                problems.add(file + ": no article file in " + articles + " for " + missing);
                continue;
            }
            ArticleBatch batch = new ArticleReader(null).read(paths);
            if (!batch.skipped().isEmpty()) {
                problems.add(file + ": articles could not be read: " + batch.skipped());
                continue;
            }
            List<Article> ordered = new ArrayList<>(batch.articles());
            ordered.sort(Comparator.comparingInt(a -> saga.articles().indexOf(a.id())));
            progress.accept("saga " + saga.saga() + ": ingesting " + ordered.size() + " article(s) into a fresh store");
            scores.add(SagaScorer.score(saga, ingestAndRead(saga, ordered, pipeline, problems)));
        }
        return new Result(scores, SagaScorer.SagaScore.sum("TOTAL", scores), problems);
    }

    private static List<SagaScorer.Predicted> ingestAndRead(Saga saga, List<Article> articles, Pipeline pipeline,
                                                            List<String> problems)
            throws IOException, InterruptedException {
        Path store = Files.createTempDirectory("chronograph-saga-");
        try {
            try (GraphStore graph = GraphStore.open(new GraphConfig(store, null, null, null))) {
                Ingestion.run(pipeline, new GraphWriter(graph), articles, 1,
                        s -> problems.add("saga " + saga.saga() + ": skipped " + s), n -> { }, () -> { });
                List<SagaScorer.Predicted> out = new ArrayList<>();
                for (Record r : graph.read("read/saga-events.cypher", Map.of("articles", saga.articles()))) {
                    List<SagaScorer.Actor> actors = r.get("actors").asList(v -> new SagaScorer.Actor(
                            v.get("name").asString(), v.get("aliases").asList(Value::asString)));
                    out.add(new SagaScorer.Predicted(r.get("id").asString(), r.get("type").asString(),
                            text(r.get("date")), text(r.get("status")), text(r.get("place")), actors,
                            new HashSet<>(r.get("cites").asList(Value::asString)),
                            r.get("actsOn").asList(Value::asString)));
                }
                return out;
            }
        } finally {
            BenchCommand.delete(store);
        }
    }

    private static String text(Value v) {
        return v == null || v.isNull() ? null : v.asString();
    }

    /** The article files of a folder by base name (the first, in name order, where two extensions share one). */
    private static Map<String, Path> articleFiles(Path folder) throws IOException {
        Map<String, Path> out = new LinkedHashMap<>();
        try (Stream<Path> list = Files.list(folder)) {
            for (Path p : list.sorted().toList()) {
                String f = p.getFileName().toString();
                int dot = f.lastIndexOf('.');
                if (dot > 0) {
                    out.putIfAbsent(f.substring(0, dot), p);
                }
            }
        }
        return out;
    }

    static String table(Result r, boolean explain) {
        StringBuilder b = new StringBuilder();
        b.append(String.format(Locale.ROOT, "%-28s %5s %5s %5s %6s %6s %6s %4s %6s %6s %7s %7s %7s %7s%n", "saga",
                "real", "pred", "match", "P", "R", "F1", "dup", "missed", "spur", "date", "status", "acts", "merged"));
        for (SagaScorer.SagaScore s : r.perSaga()) {
            row(b, s);
        }
        row(b, r.total());
        if (explain) {
            for (SagaScorer.SagaScore s : r.perSaga()) {
                b.append(System.lineSeparator()).append("== ").append(s.saga()).append(System.lineSeparator());
                s.explain().forEach(l -> b.append("  ").append(l).append(System.lineSeparator()));
            }
        }
        return b.toString();
    }

    private static void row(StringBuilder b, SagaScorer.SagaScore s) {
        b.append(String.format(Locale.ROOT, "%-28s %5d %5d %5d %6.3f %6.3f %6.3f %4d %6d %6d %7s %7s %7s %7s%n",
                s.saga().length() > 28 ? s.saga().substring(0, 28) : s.saga(), s.realEvents(), s.predicted(),
                s.matched(), s.precision(), s.recall(), s.f1(), s.duplicates(), s.missed(), s.spurious(),
                s.dateExact() + "/" + s.datedMatched(), s.statusCorrect() + "/" + s.matched(),
                s.actsLinked() + "/" + s.actsTotal(), s.fullyMerged() + "/" + s.multiArticleEntries()));
    }

    static Map<String, Object> json(Result r) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("sagas", r.perSaga().size());
        Map<String, Object> total = r.total().toJson();
        total.remove("saga");
        m.putAll(total);
        List<Map<String, Object>> per = new ArrayList<>();
        r.perSaga().forEach(s -> per.add(s.toJson()));
        m.put("per_saga", per);
        return m;
    }
}
