package org.chronograph.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.chronograph.graph.Cypher;
import org.chronograph.graph.GraphConfig;
import org.chronograph.graph.GraphStore;
import org.chronograph.graph.GraphWriter;
import org.chronograph.model.Actor;
import org.chronograph.model.ActorType;
import org.chronograph.model.Article;
import org.chronograph.model.Event;
import org.chronograph.model.Extraction;
import org.chronograph.model.Names;
import org.chronograph.model.PartialDate;
import org.chronograph.model.Participant;
import org.chronograph.model.Statement;
import org.chronograph.timeline.Timeline;
import org.chronograph.timeline.TimelineFilter;

/**
 * The merge at archive scale: N synthetic articles made from the extractions of real ones (CoreNLP runs once per
 * source article), each copy with its persons renamed and its dates moved, written in batches through the real
 * {@link GraphWriter} and event merge into a fresh embedded store. States keep their names, so the few states of
 * the sources are hubs named in most articles, as in a real archive. Prints the write time per 1,000 articles,
 * then the store's size, the retained heap and the timeline's p50/p95. Asserts nothing.
 */
final class ScaleBench {

    /** A copy's cast changes every CAST copies: a person is in a few articles, as in news. */
    private static final int CAST = 4;
    static final int SPAN_DAYS = 3650;
    private static final String[] FIRST = {"Anna", "Marek", "Lucia", "Tomas", "Ines", "Kofi", "Mei", "Ravi", "Olga",
            "Pedro", "Sana", "Jonas", "Amara", "Felix", "Noor", "Henrik", "Yara", "Dmitri", "Leila", "Oscar"};
    private static final String[] SYLLABLES = {"ka", "lo", "mi", "ren", "sa", "tor", "vi", "del", "an", "bru",
            "cor", "fen", "gal", "hal", "is", "jor"};

    private final List<Extraction> sources;
    private final int n;
    private final int batch;
    private final Path keep;
    private final PrintStream out;
    private final int spanDays;

    ScaleBench(List<Extraction> sources, int n, int batch, int spanDays, Path keep, PrintStream out) {
        this.spanDays = spanDays;
        this.sources = sources;
        this.n = n;
        this.batch = batch;
        this.keep = keep;
        this.out = out;
    }

    int run() throws Exception {
        Path folder = keep != null ? keep : Files.createTempDirectory("chronograph-scale-bench");
        if (keep != null && Files.exists(keep) && Files.list(keep).findAny().isPresent()) {
            System.err.println("chronograph bench: --store " + keep + " is not empty; --scale needs a fresh store");
            return Chronograph.USAGE;
        }
        out.printf(Locale.ROOT, "scale: %d synthetic articles from %d extracted ones, batches of %d, persons renamed"
                + " every %d copies, dates moved across %d days%n", n, sources.size(), batch, CAST, spanDays);
        out.printf(Locale.ROOT, "%-22s %10s %12s %10s %12s%n", "articles", "write s", "ms/article", "heap MiB", "events");
        Cypher.resetTimings();
        try (GraphStore store = GraphStore.open(new GraphConfig(folder, null, null, null))) {
            GraphWriter writer = new GraphWriter(store);
            double first = 0;
            double last = 0;
            long block = 0;
            List<Extraction> pending = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                pending.add(copy(sources.get(i % sources.size()), i / sources.size(), (n + sources.size() - 1) / sources.size(),
                        spanDays));
                if (pending.size() == batch || i == n - 1) {
                    long t0 = System.nanoTime();
                    writer.write(pending);
                    block += System.nanoTime() - t0;
                    pending.clear();
                }
                if ((i + 1) % 1000 == 0 || i == n - 1) {
                    int size = (i % 1000) + 1;
                    double seconds = block / 1e9;
                    last = seconds * 1000 / size;
                    if (i < 1000) {
                        first = last;
                    }
                    out.printf(Locale.ROOT, "%-22s %10.1f %12.1f %10d %12d%n", String.format(Locale.ROOT, "%d-%d",
                            i + 1 - size + 1, i + 1), seconds, last, heapMiB(),
                            store.read("bench/scale-counts.cypher", Map.of()).get(0).get("events").asLong());
                    block = 0;
                }
            }
            if (n > 1000) {
                out.printf(Locale.ROOT, "write time per 1,000 articles at the end / at the start: %.2fx%n", last / first);
            }
            out.println("store: " + store.read("read/counts.cypher", Map.of()).get(0).asMap() + String.format(Locale.ROOT,
                    ", %.0f MiB on disk", size(folder) / (double) (1 << 20)));
            out.printf(Locale.ROOT, "retained heap after the run: %d MiB (max heap %.1f GiB)%n", heapMiB(),
                    Runtime.getRuntime().maxMemory() / (double) (1L << 30));
            Map<String, Double> timings = Cypher.timings();
            String slowest = timings.entrySet().stream()
                    .sorted(Map.Entry.<String, Double>comparingByValue().reversed()).limit(8)
                    .map(e -> String.format(Locale.ROOT, "%s %.1f s", e.getKey(), e.getValue()))
                    .collect(java.util.stream.Collectors.joining(", "));
            out.printf(Locale.ROOT, "write queries %.1f s in all, %d files; slowest: %s%n",
                    timings.values().stream().mapToDouble(Double::doubleValue).sum(), timings.size(), slowest);
            BenchCommand.printCalls(out, timings);
            timelines(store);
        } finally {
            if (keep == null) {
                BenchCommand.delete(folder);
            }
        }
        return Chronograph.OK;
    }

    private void timelines(GraphStore store) {
        Timeline timeline = new Timeline(store);
        List<String> persons = new ArrayList<>();
        for (var r : store.read("bench/scale-sample-actors.cypher", Map.of("type", "PERSON", "limit", 50))) {
            persons.add(r.get("name").asString());
        }
        List<String> states = new ArrayList<>();
        for (var r : store.read("bench/scale-sample-actors.cypher", Map.of("type", "GPE", "limit", 3))) {
            states.add(r.get("name").asString());
        }
        out.printf(Locale.ROOT, "%-62s %8s %8s%n", "timeline (as 'chronograph timeline' runs it)", "p50 ms", "p95 ms");
        int[] k = {0};
        timed("--actor PERSON (50 persons in turn)", () -> timeline.entries(filter(
                List.of(persons.get(k[0]++ % persons.size())), null, null)).size());
        // the copy in the middle of the span keeps its dates: the month of a source's publication has data
        LocalDate mid = sources.stream().map(x -> x.article().published()).filter(d -> d != null).findFirst()
                .orElse(LocalDate.of(2020, 1, 1));
        PartialDate month = PartialDate.of(YearMonth.from(mid));
        for (String s : states) {
            timed("--actor '" + s + "' --from " + month + " --to " + month + " (a hub, one month)",
                    () -> timeline.entries(filter(List.of(s), month, month)).size());
        }
    }

    private void timed(String label, Supplier<Integer> query) {
        for (int i = 0; i < 20; i++) {
            query.get();
        }
        long[] ns = new long[100];
        int rows = 0;
        for (int i = 0; i < ns.length; i++) {
            long t0 = System.nanoTime();
            rows += query.get();
            ns[i] = System.nanoTime() - t0;
        }
        Arrays.sort(ns);
        out.printf(Locale.ROOT, "  %-60s %8.1f %8.1f  (%.0f rows on average)%n", label, ns[49] / 1e6, ns[94] / 1e6,
                rows / 100.0);
    }

    private static TimelineFilter filter(List<String> actors, PartialDate from, PartialDate to) {
        return new TimelineFilter(actors, Set.of(), Set.of(), from, to, null, 0, 0);
    }

    // ---------------------------------------------------------------- synthetic copies

    /** Copy {@code k} of {@code copies} of an extraction: persons renamed by cast, dates moved, ids new. */
    static Extraction copy(Extraction x, int k, int copies) {
        return copy(x, k, copies, SPAN_DAYS);
    }

    /** The same, the copies spread over {@code spanDays} days (a longer span: the same density, a longer archive). */
    static Extraction copy(Extraction x, int k, int copies, int spanDays) {
        Article a = x.article();
        long shift = (long) k * spanDays / Math.max(1, copies) - spanDays / 2;
        String suffix = "~s" + k;
        LocalDate published = a.published() == null ? null : a.published().plusDays(shift);
        Article article = new Article(a.id() + suffix, a.title(), a.source(), a.url(), published, a.text(), a.origin());
        Map<String, String> actorIds = new HashMap<>();
        List<Actor> actors = new ArrayList<>();
        for (Actor ac : x.actors()) {
            if (ac.type() != ActorType.PERSON) {
                actors.add(ac);
                continue;
            }
            String name = rename(ac.name(), k / CAST);
            String id = Names.actorId(ActorType.PERSON, name);
            actorIds.put(ac.id(), id);
            actors.add(new Actor(id, name, ac.type(), List.of(name), ac.role(), ac.country()));
        }
        Map<String, String> eventIds = new HashMap<>();
        x.events().forEach(e -> eventIds.put(e.id(), newId(e.id(), suffix)));
        List<Event> events = new ArrayList<>();
        for (Event e : x.events()) {
            List<Participant> parts = e.participants().stream()
                    .map(p -> new Participant(actorIds.getOrDefault(p.actorId(), p.actorId()), p.role())).toList();
            events.add(new Event(eventIds.get(e.id()), e.type(), move(e.date(), shift), e.status(), e.trigger(),
                    e.place(), parts, e.targetId() == null ? null : eventIds.get(e.targetId()), e.target(), e.evidence(),
                    e.mentions()));
        }
        List<Statement> statements = new ArrayList<>();
        for (Statement s : x.statements()) {
            statements.add(new Statement(newId(s.id(), suffix), actorIds.getOrDefault(s.speakerId(), s.speakerId()),
                    s.text(), s.channel(), move(s.date(), shift), s.begin(), s.end(), s.evidence(),
                    s.about().stream().map(id -> eventIds.getOrDefault(id, id)).toList()));
        }
        return new Extraction(article, x.sentences(), actors, events, statements);
    }

    private static String newId(String id, String suffix) {
        return id + suffix.replace('~', '-');
    }

    /** Each word of a name replaced, the same way for one cast: a surname stays one surname within it. */
    static String rename(String name, int cast) {
        String[] words = name.split("\\s+");
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < words.length; i++) {
            int h = Math.floorMod((Names.normalize(words[i]) + "/" + cast).hashCode(), 1 << 20);
            String w;
            if (i < words.length - 1) {
                w = FIRST[h % FIRST.length];
            } else {
                String s = SYLLABLES[h % 16] + SYLLABLES[(h >> 4) % 16] + SYLLABLES[(h >> 8) % 16];
                w = Character.toUpperCase(s.charAt(0)) + s.substring(1);
            }
            b.append(i == 0 ? "" : " ").append(w);
        }
        return b.toString();
    }

    static PartialDate move(PartialDate d, long days) {
        if (d == null) {
            return null;
        }
        LocalDate moved = d.start().plusDays(days);
        return switch (d.precision()) {
            case DAY -> PartialDate.of(moved);
            case MONTH -> PartialDate.of(YearMonth.from(moved));
            case YEAR -> PartialDate.parse(String.valueOf(moved.getYear()));
        };
    }

    // ---------------------------------------------------------------- figures

    private static long heapMiB() {
        System.gc();
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed() >> 20;
    }

    private static long size(Path folder) throws IOException {
        try (Stream<Path> walk = Files.walk(folder)) {
            return walk.filter(Files::isRegularFile).mapToLong(p -> {
                try {
                    return Files.size(p);
                } catch (IOException e) {
                    return 0;
                }
            }).sum();
        }
    }
}
