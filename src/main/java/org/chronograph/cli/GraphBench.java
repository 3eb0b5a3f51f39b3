package org.chronograph.cli;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import org.chronograph.graph.Cypher;
import org.chronograph.graph.GraphConfig;
import org.chronograph.graph.GraphStore;
import org.chronograph.model.PartialDate;
import org.chronograph.timeline.Timeline;
import org.chronograph.timeline.TimelineFilter;
import org.neo4j.driver.Session;
import org.neo4j.driver.summary.Plan;

/**
 * Query latency at scale: builds a synthetic graph of N events (cypher/bench/synthetic-*.cypher) in an embedded
 * store, then times the timeline (as {@code chronograph timeline} runs it) and the library queries, printing
 * p50 / p95 and the operators each plan starts from (index seeks, or scans where a query reads everything).
 */
final class GraphBench {

    private static final String START = "2000-01-01";
    private static final int DAYS = 9497; // 2000-01-01 .. 2025-12-31
    private static final int HUBS = 10;
    private static final int BATCH = 20_000;

    private final int events;
    private final int runs;
    private final Path keep;
    private final PrintStream out;

    GraphBench(int events, int runs, Path keep, PrintStream out) {
        this.events = events - events % 100;
        this.runs = runs;
        this.keep = keep;
        this.out = out;
    }

    int run() throws Exception {
        if (events < 1000) {
            System.err.println("chronograph bench: --graph-events must be at least 1000");
            return Chronograph.USAGE;
        }
        Path folder = keep != null ? keep : Files.createTempDirectory("chronograph-graph-bench");
        int actors = Math.max(100, events / 50);
        try (GraphStore store = GraphStore.open(new GraphConfig(folder, null, null, null))) {
            long have = store.read("bench/synthetic-size.cypher", Map.of()).get(0).get("events").asLong();
            if (have == events) {
                out.printf(Locale.ROOT, "synthetic graph: reusing %d events in %s%n", have, folder);
            } else if (have == 0) {
                build(store, actors);
            } else {
                System.err.println("chronograph bench: " + folder + " holds a synthetic graph of " + have
                        + " events, not " + events + "; give another --store or the same --graph-events");
                return Chronograph.USAGE;
            }
            out.println("graph: " + counts(store));
            // fresh index statistics and plans, as a store that has been in use has them
            try (Session session = store.driver().session()) {
                session.run("CALL db.prepareForReplanning(300000)").consume();
            }
            measure(store, actors);
        } finally {
            if (keep == null) {
                BenchCommand.delete(folder);
            }
        }
        return Chronograph.OK;
    }

    private void build(GraphStore store, int actors) {
        long t0 = System.nanoTime();
        write(store, "bench/synthetic-actors.cypher", Map.of("count", actors));
        int articles = events / 10;
        for (int from = 0; from < articles; from += BATCH / 10) {
            write(store, "bench/synthetic-articles.cypher", Map.of("from", from, "to", Math.min(articles, from + BATCH / 10),
                    "start", START, "days", DAYS));
        }
        for (int from = 0; from < events; from += BATCH) {
            int to = Math.min(events, from + BATCH);
            write(store, "bench/synthetic-events.cypher", Map.of("from", from, "to", to, "actors", actors,
                    "hubs", HUBS, "start", START, "days", DAYS));
            write(store, "bench/synthetic-acts.cypher", Map.of("from", from, "to", to));
            System.err.printf(Locale.ROOT, "\rsynthetic graph: %d / %d events", to, events);
        }
        System.err.println();
        out.printf(Locale.ROOT, "synthetic graph: built %d events in %.0f s%n", events, (System.nanoTime() - t0) / 1e9);
    }

    private static void write(GraphStore store, String file, Map<String, Object> params) {
        String query = Cypher.load(file);
        try (Session session = store.driver().session()) {
            session.executeWriteWithoutResult(tx -> tx.run(query, params).consume());
        }
    }

    private static String counts(GraphStore store) {
        var r = store.read("read/counts.cypher", Map.of());
        return r.isEmpty() ? "" : r.get(0).asMap().toString();
    }

    private void measure(GraphStore store, int actors) {
        Timeline timeline = new Timeline(store);
        String typical = "Bench Actor " + (actors / 2 + 1);
        String other = "Bench Actor " + (actors / 3 + 7);
        String hub = "Bench Actor 3";
        String meeting = "event:bench" + (events / 2 - (events / 2) % 100);
        String quoted = "event:bench" + (events / 2 + 5);
        PartialDate week = PartialDate.parse("2013-06-10");
        PartialDate weekEnd = PartialDate.parse("2013-06-16");
        PartialDate month = PartialDate.parse("2013-06");

        out.println();
        out.printf(Locale.ROOT, "%-62s %8s %8s %8s%n", "timeline (as 'chronograph timeline' runs it)", "rows", "p50 ms", "p95 ms");
        timed("--actor '" + typical + "'", () -> timeline.entries(filter(List.of(typical), null, null, null)).size());
        timed("--actor 'ba" + (actors / 2 + 1) + "' (alias, any case)",
                () -> timeline.entries(filter(List.of("ba" + (actors / 2 + 1)), null, null, null)).size());
        timed("--actor '" + typical + "' --actor '" + other + "'",
                () -> timeline.entries(filter(List.of(typical, other), null, null, null)).size());
        timed("--actor '" + hub + "' (hub actor) --from 2013-06 --to 2013-06",
                () -> timeline.entries(filter(List.of(hub), month, month, null)).size());
        PartialDate day = PartialDate.parse("2013-06-12");
        timed("--from 2013-06-12 --to 2013-06-12 (a day, all actors)",
                () -> timeline.entries(filter(List.of(), day, day, null)).size());
        timed("--from 2013-06-10 --to 2013-06-16 (a week, all actors)",
                () -> timeline.entries(filter(List.of(), week, weekEnd, null)).size());
        timed("--event " + meeting + " (its whole history)",
                () -> timeline.entries(filter(List.of(), null, null, meeting)).size());
        timed("--actor '" + hub + "' (hub actor, all dates)", () -> timeline.entries(filter(List.of(hub), null, null, null)).size());

        out.println();
        out.printf(Locale.ROOT, "%-62s %8s %8s %8s%n", "library queries (chronograph query NAME)", "rows", "p50 ms", "p95 ms");
        Map<String, Map<String, Object>> library = new LinkedHashMap<>();
        library.put("actor-timeline", Map.of("actor", typical));
        library.put("actors-between", Map.of("actorA", typical, "actorB", other));
        library.put("event-history", Map.of("event", meeting));
        library.put("event-sources", Map.of("event", meeting));
        library.put("who-said-what", Map.of("event", quoted));
        for (var q : library.entrySet()) {
            String text = Cypher.load("queries/" + q.getKey() + ".cypher");
            timed(q.getKey() + " " + q.getValue().values(), () -> store.query(text, q.getValue()).rows().size());
        }
        // the whole-graph analyses read every event by design: a few runs each
        Map<String, Map<String, Object>> global = new LinkedHashMap<>();
        global.put("meet-cancel-revive", Map.of());
        global.put("top-meeting-pairs", Map.of("limit", 10));
        global.put("undated-events", Map.of());
        global.put("duplicate-events", Map.of());
        for (var q : global.entrySet()) {
            String text = Cypher.load("queries/" + q.getKey() + ".cypher");
            timed(q.getKey() + " (whole graph, 3 runs)", 3, () -> store.query(text, q.getValue()).rows().size());
        }

        out.println();
        out.println("plans (the operators each query starts from; EXPLAIN):");
        Map<String, Map<String, Object>> plans = new LinkedHashMap<>();
        plans.put("read/actor-ids.cypher", Map.of("name", typical));
        plans.put("read/actor-ids-any-case.cypher", Map.of("name", typical));
        plans.put("read/timeline-by-actor.cypher", Map.of("actorId", "bench:actor 1", "speakerIds", List.of("bench:actor 1"),
                "from", "2013-06-01", "to", "2013-06-30"));
        plans.put("read/timeline-by-dates.cypher", Map.of("from", "2013-06-10", "to", "2013-06-16"));
        plans.put("read/timeline-by-events.cypher", Map.of("eventIds", List.of(meeting)));
        plans.put("read/event-family.cypher", Map.of("event", meeting));
        plans.put("read/timeline-events.cypher", Map.of("eventIds", List.of(meeting), "actorIds", List.of(), "from",
                "2013-06-10", "to", "2013-06-16", "types", List.of(), "statuses", List.of(), "minSources", 1));
        java.util.HashMap<String, Object> statementParams = new java.util.HashMap<>();
        statementParams.put("statementIds", List.of("x"));
        statementParams.put("speakerIds", null);
        statementParams.put("from", null);
        statementParams.put("to", null);
        statementParams.put("eventIds", null);
        plans.put("read/timeline-statements.cypher", statementParams);
        library.forEach((k, v) -> plans.put("queries/" + k + ".cypher", v));
        global.forEach((k, v) -> plans.put("queries/" + k + ".cypher", v));
        for (var p : plans.entrySet()) {
            out.printf(Locale.ROOT, "  %-34s %s%n", p.getKey(), leaves(store, Cypher.load(p.getKey()), p.getValue()));
        }
    }

    private static TimelineFilter filter(List<String> actors, PartialDate from, PartialDate to, String event) {
        return new TimelineFilter(actors, Set.of(), Set.of(), from, to, event, 0, 0);
    }

    private void timed(String label, Supplier<Integer> query) {
        timed(label, runs, query);
    }

    private void timed(String label, int n, Supplier<Integer> query) {
        int rows = 0;
        for (int i = 0; i < Math.min(20, n); i++) {
            rows = query.get(); // warm-up: plan cache and page cache
        }
        long[] ms = new long[n];
        for (int i = 0; i < n; i++) {
            long t0 = System.nanoTime();
            query.get();
            ms[i] = System.nanoTime() - t0;
        }
        Arrays.sort(ms);
        out.printf(Locale.ROOT, "  %-60s %8d %8.1f %8.1f%n", label, rows, ms[(n - 1) / 2] / 1e6,
                ms[(int) Math.ceil(0.95 * n) - 1] / 1e6);
    }

    /** The leaf operators of a query's plan, with their index or label: where the query starts reading. */
    private static String leaves(GraphStore store, String query, Map<String, Object> params) {
        try (Session session = store.driver().session()) {
            Plan plan = session.run("EXPLAIN " + query, params).consume().plan();
            Set<String> out = new LinkedHashSet<>();
            collect(plan, out);
            return String.join(", ", out);
        }
    }

    private static void collect(Plan plan, Set<String> out) {
        if (plan.children().isEmpty()) {
            if (!plan.operatorType().startsWith("Argument")) {
                Object details = plan.arguments().get("Details");
                out.add(plan.operatorType().replaceAll("@.*", "") + (details == null ? "" : " " + shortDetails(details)));
            }
            return;
        }
        plan.children().forEach(c -> collect(c, out));
    }

    private static String shortDetails(Object details) {
        String d = String.valueOf(details).replaceAll("^\"|\"$", "");
        return "(" + (d.length() > 60 ? d.substring(0, 57) + "..." : d) + ")";
    }
}
