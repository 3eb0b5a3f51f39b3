package org.chronograph.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import org.chronograph.graph.GraphConfig;
import org.chronograph.graph.GraphStore;
import org.chronograph.graph.GraphWriter;
import org.chronograph.ingest.ArticleReader;
import org.chronograph.model.Article;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * 2,000 articles in one run: generated from our examples (each copy with other person names and another
 * publication date, so the graph grows as a real archive would), ingested on two threads into an embedded
 * store. Prints the retained heap (after a full GC) every 250 articles; fails only on a leak-sized growth.
 */
class LoadIT {

    private static final String[] FIRST = {"Anna", "Marek", "Lucia", "Tomas", "Ines", "Kofi", "Mei", "Ravi", "Olga",
            "Pedro", "Sana", "Jonas", "Amara", "Felix", "Noor", "Henrik", "Yara", "Dmitri", "Leila", "Oscar"};
    private static final String[] LAST = {"Lindqvist", "Okafor", "Brandt", "Moreau", "Sato", "Novak", "Haddad",
            "Silva", "Kowalski", "Mensah", "Aalto", "Rossi", "Dubois", "Ibrahim", "Fischer", "Costa", "Jensen",
            "Nakamura", "Petrov", "Ortega", "Larsen", "Quint", "Varga"};

    @TempDir
    Path dir;

    @Test
    void twoThousandArticlesInOneRunKeepTheHeapFlat() throws Exception {
        List<Article> articles = generate(2000);
        assertThat(articles).hasSize(2000);
        Path store = dir.resolve("store");
        List<String> figures = new ArrayList<>();
        long[] heap = new long[9];
        int[] done = {0};
        long t0 = System.nanoTime();
        Ingestion.Result r;
        org.chronograph.graph.Cypher.resetTimings();
        try (GraphStore s = GraphStore.open(new GraphConfig(store, null, null, null))) {
            r = Ingestion.run(new Pipeline(), new GraphWriter(s), articles, 2, skip -> { }, note -> { }, () -> {
                done[0]++;
                if (done[0] % 250 == 0) {
                    long used = retainedHeap();
                    heap[done[0] / 250] = used;
                    figures.add(String.format(Locale.ROOT, "%5d articles, %6.1f s: retained heap %4d MiB", done[0],
                            (System.nanoTime() - t0) / 1e9, used >> 20));
                }
            });
            assertThat(r.skipped()).isEmpty();
            assertThat(r.written()).isEqualTo(2000);
            assertThat(((Number) s.query("MATCH (a:Article) RETURN count(a) AS n", Map.of()).rows().get(0).get("n"))
                    .longValue()).isEqualTo(2000);
            figures.add(String.format(Locale.ROOT, "graph: %s", s.query("MATCH (e:Event) RETURN count(e) AS events",
                    Map.of()).rows().get(0)));
        }
        figures.add(String.format(Locale.ROOT, "2000 articles in %.0f s (%.1f articles/s), writes %.0f s",
                r.wallNanos() / 1e9, 2000 / (r.wallNanos() / 1e9), r.writeNanos() / 1e9));
        org.chronograph.graph.Cypher.timings().entrySet().stream()
                .sorted(Map.Entry.<String, Double>comparingByValue().reversed()).limit(8)
                .forEach(e -> figures.add(String.format(Locale.ROOT, "  %-45s %6.1f s", e.getKey(), e.getValue())));
        figures.forEach(System.out::println);
        Files.createDirectories(Path.of("target"));
        Files.write(Path.of("target/load-test.txt"), figures);
        // a leak keeps something per article: growth from the first sample to the last would show it
        assertThat(heap[8] - heap[1]).as("retained heap growth from 250 to 2000 articles: %s", figures)
                .isLessThan(512L << 20);
    }

    private static long retainedHeap() {
        System.gc();
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }

    /** Copies of examples/articles, each with its persons renamed and its date moved. */
    private static List<Article> generate(int n) throws Exception {
        List<Article> examples = new ArticleReader(null).read(List.of(Path.of("examples/articles"))).articles();
        ObjectMapper json = new ObjectMapper();
        List<Article> out = new ArrayList<>();
        for (int k = 0; out.size() < n; k++) {
            for (Article a : examples) {
                if (out.size() == n) {
                    break;
                }
                String text = a.text();
                JsonNode gold = json.readTree(Path.of("examples/gold", a.id() + ".json").toFile());
                int i = 0;
                for (JsonNode actor : gold.get("actors")) {
                    if (!"PERSON".equals(actor.get("type").asText())) {
                        continue;
                    }
                    String name = actor.get("name").asText();
                    String[] parts = name.split(" ");
                    String first = FIRST[(k * 7 + i * 3) % FIRST.length];
                    String last = LAST[(k * 5 + i * 11) % LAST.length];
                    text = text.replace(name, first + " " + last);
                    String surname = parts[parts.length - 1];
                    if (surname.length() > 3) {
                        text = text.replaceAll("\\b" + Pattern.quote(surname) + "\\b", last);
                    }
                    i++;
                }
                out.add(new Article("load-" + k + "-" + a.id(), a.title(), a.source(), a.url(),
                        a.published() == null ? null : a.published().plusDays(3L * k), text, a.origin()));
            }
        }
        return out;
    }
}
