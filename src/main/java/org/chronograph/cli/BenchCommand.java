package org.chronograph.cli;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.pipeline.Annotation;
import java.io.IOException;
import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;
import org.chronograph.graph.GraphConfig;
import org.chronograph.graph.GraphStore;
import org.chronograph.graph.GraphWriter;
import org.chronograph.ingest.ArticleBatch;
import org.chronograph.ingest.ArticleReader;
import org.chronograph.model.Article;
import org.chronograph.nlp.NlpPipeline;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * Measures where ingest time goes, on the same articles: CoreNLP alone, the rules alone, full ingest into a
 * fresh embedded store on 1 and N threads, the share spent in Neo4j writes, model load and peak heap, and
 * CoreNLP's own default settings for comparison. With {@code --graph-events} it measures query latency on a
 * synthetic graph instead ({@link GraphBench}). Prints figures; asserts nothing.
 */
@Command(name = "bench", mixinStandardHelpOptions = true,
        description = "Measure ingest throughput (CoreNLP, rules, writes, threads, heap) or, with --graph-events,"
                + " query latency on a synthetic graph. Figures go to stdout.")
final class BenchCommand implements Callable<Integer> {

    @Option(names = "--articles", paramLabel = "DIR", defaultValue = "examples/articles",
            description = "Articles to measure with (default: ${DEFAULT-VALUE}).")
    Path articles;

    @Option(names = "--threads", paramLabel = "N", description = "Threads for the parallel runs (default: the number"
            + " of cores, ${DEFAULT-VALUE} here).")
    int threads = Runtime.getRuntime().availableProcessors();

    @Option(names = "--repeat", paramLabel = "K", defaultValue = "1",
            description = "Read every article K times, as K distinct articles (default: ${DEFAULT-VALUE}).")
    int repeat;

    @Option(names = "--published", paramLabel = "YYYY-MM-DD", description = "Publication date for articles that give none.")
    LocalDate published;

    @Option(names = "--no-defaults", description = "Skip loading CoreNLP with its default settings for comparison.")
    boolean noDefaults;

    @Option(names = "--nlp", paramLabel = "KEY=VALUE", description = "Change a CoreNLP property of our pipeline"
            + " for this run (as in evaluate --nlp). Repeatable.")
    java.util.Map<String, String> nlp = new java.util.LinkedHashMap<>();

    @Option(names = "--graph-events", paramLabel = "N", description = "Instead of ingest: build a synthetic graph of N"
            + " events and print p50/p95 latency and plans of the timeline and library queries.")
    int graphEvents;

    @Option(names = "--runs", paramLabel = "R", defaultValue = "100",
            description = "With --graph-events: timed runs per query (default: ${DEFAULT-VALUE}).")
    int runs;

    @Option(names = "--store", paramLabel = "DIR", description = "With --graph-events: keep the synthetic graph in"
            + " this folder and reuse it on the next run (default: a temporary folder, deleted afterwards).")
    Path store;

    @Option(names = "--scale", paramLabel = "N", description = "Instead of the throughput runs: write N synthetic"
            + " articles (the extractions of --articles, persons renamed and dates moved) through the real writer and"
            + " event merge, printing the write time per 1,000 articles, store size, heap and timeline p50/p95.")
    int scale;

    @Option(names = "--batch", paramLabel = "B", defaultValue = "10",
            description = "With --scale: articles per write transaction (default: ${DEFAULT-VALUE}).")
    int batch;

    @Option(names = "--span-days", paramLabel = "D", defaultValue = "3650",
            description = "With --scale: spread the copies' dates over D days (default: ${DEFAULT-VALUE}); grow it"
                    + " with N to keep the articles per month constant, as an archive that grows in time.")
    int spanDays;

    @Override
    public Integer call() throws Exception {
        if (threads < 1 || repeat < 1 || runs < 1 || graphEvents < 0 || scale < 0 || batch < 1 || spanDays < 1) {
            System.err.println("chronograph bench: --threads, --repeat, --runs and --batch must be at least 1, --span-days too,"
                    + " --scale and --graph-events at least 0");
            return Chronograph.USAGE;
        }
        PrintStream out = System.out;
        out.println(machine());
        if (graphEvents > 0) {
            return new GraphBench(graphEvents, runs, store, out).run();
        }
        if (!Files.isDirectory(articles)) {
            System.err.println("chronograph bench: " + articles + " is not a folder (give --articles DIR)");
            return Chronograph.USAGE;
        }
        ArticleBatch batch = new ArticleReader(published).read(List.of(articles));
        batch.skipped().forEach(s -> System.err.println("skipped " + s));
        List<Article> docs = new ArrayList<>();
        for (int k = 1; k <= repeat; k++) {
            for (Article a : batch.articles()) {
                docs.add(k == 1 ? a : new Article(a.id() + "~" + k, a.title(), a.source(), a.url(), a.published(),
                        a.text(), a.origin()));
            }
        }
        if (docs.isEmpty()) {
            System.err.println("chronograph bench: no articles in " + articles);
            return Chronograph.FAILURE;
        }
        System.err.println("loading CoreNLP models ...");
        Pipeline pipeline = new Pipeline(nlp);
        if (scale > 0) {
            List<org.chronograph.model.Extraction> sources = new ArrayList<>();
            for (Article a : batch.articles()) {
                sources.add(pipeline.extract(a));
            }
            return new ScaleBench(sources, scale, this.batch, spanDays, store, out).run();
        }
        out.printf(Locale.ROOT, "articles: %d from %s (x%d); annotators %s%n", docs.size(), articles, repeat,
                pipeline.annotators());
        out.printf(Locale.ROOT, "model load: %.1f s%n", pipeline.loadSeconds());

        // the first documents are 2-3x slower (JIT); they are not counted
        System.err.println("warming up ...");
        for (Article a : docs.subList(0, Math.min(3, docs.size()))) {
            pipeline.extract(a);
        }

        System.err.println("CoreNLP alone, 1 thread ...");
        long[] tokens = new long[1];
        long[] extractNanos = new long[1];
        double bare1 = timed(() -> {
            for (Article a : docs) {
                Annotation an = pipeline.annotate(a);
                tokens[0] += an.get(CoreAnnotations.TokensAnnotation.class).size();
                long t0 = System.nanoTime();
                pipeline.extract(a, an);
                extractNanos[0] += System.nanoTime() - t0;
            }
        });
        // the timed loop includes the rules; take them out to get CoreNLP alone
        bare1 -= extractNanos[0] / 1e9;
        out.printf(Locale.ROOT, "CoreNLP alone, 1 thread: %.2f articles/s, %.0f tokens/s (%d tokens, %.0f per article)%n",
                docs.size() / bare1, tokens[0] / bare1, tokens[0], (double) tokens[0] / docs.size());
        out.printf(Locale.ROOT, "extraction rules alone, 1 thread: %.1f articles/s (%.1f ms/article)%n",
                docs.size() / (extractNanos[0] / 1e9), extractNanos[0] / 1e6 / docs.size());
        double bareN = bare1;
        if (threads > 1) {
            System.err.println("CoreNLP alone, " + threads + " threads ...");
            bareN = parallelAnnotate(pipeline::annotate, docs);
            out.printf(Locale.ROOT, "CoreNLP alone, %d threads: %.2f articles/s, %.0f tokens/s; speed-up %.2fx%n",
                    threads, docs.size() / bareN, tokens[0] / bareN, bare1 / bareN);
        }

        Ingestion.Result one = ingest(pipeline, docs, 1);
        report(out, 1, one, bare1, docs.size());
        Ingestion.Result many = one;
        if (threads > 1) {
            resetPeaks();
            many = ingest(pipeline, docs, threads);
            report(out, threads, many, bareN, docs.size());
            out.printf(Locale.ROOT, "full ingest speed-up from 1 to %d threads: %.2fx%n", threads,
                    one.wallNanos() / (double) many.wallNanos());
        }
        out.printf(Locale.ROOT, "peak heap during the %d-thread ingest: %.2f GiB (sum of heap pool peaks; max heap %.1f GiB)%n",
                threads, peakHeap() / (double) (1L << 30), Runtime.getRuntime().maxMemory() / (double) (1L << 30));

        if (!noDefaults) {
            System.err.println("loading CoreNLP with its default settings ...");
            NlpPipeline defaults = NlpPipeline.coreNlpDefaults();
            out.printf(Locale.ROOT, "CoreNLP default settings (%s): model load %.1f s%n", defaults.annotators(),
                    defaults.loadSeconds());
            for (Article a : docs.subList(0, Math.min(3, docs.size()))) {
                defaults.annotate(a);
            }
            double d = parallelAnnotate(defaults::annotate, docs);
            out.printf(Locale.ROOT, "CoreNLP default settings, %d thread(s): %.2f articles/s, %.0f tokens/s; our full"
                    + " ingest is %.2fx that%n", threads, docs.size() / d, tokens[0] / d,
                    (docs.size() / (many.wallNanos() / 1e9)) / (docs.size() / d));
        }
        return Chronograph.OK;
    }

    private double parallelAnnotate(java.util.function.Function<Article, Annotation> annotate, List<Article> docs)
            throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            long t0 = System.nanoTime();
            List<Future<Annotation>> fs = new ArrayList<>();
            for (Article a : docs) {
                fs.add(pool.submit(() -> annotate.apply(a)));
            }
            for (Future<Annotation> f : fs) {
                f.get();
            }
            return (System.nanoTime() - t0) / 1e9;
        } finally {
            pool.shutdownNow();
        }
    }

    private static Ingestion.Result ingest(Pipeline pipeline, List<Article> docs, int threads) throws Exception {
        System.err.println("full ingest into a fresh embedded store, " + threads + " thread(s) ...");
        Path folder = Files.createTempDirectory("chronograph-bench");
        org.chronograph.graph.Cypher.resetTimings();
        try (GraphStore store = GraphStore.open(new GraphConfig(folder, null, null, null))) {
            return Ingestion.run(pipeline, new GraphWriter(store), docs, threads,
                    s -> System.err.println("skipped " + s), n -> { }, () -> { });
        } finally {
            delete(folder);
        }
    }

    private static void report(PrintStream out, int threads, Ingestion.Result r, double bareSeconds, int n) {
        double wall = r.wallNanos() / 1e9;
        java.util.Map<String, Double> timings = org.chronograph.graph.Cypher.timings();
        String top = timings.entrySet().stream()
                .sorted(java.util.Map.Entry.<String, Double>comparingByValue().reversed()).limit(12)
                .map(e -> String.format(Locale.ROOT, "%s %.2f s", e.getKey(), e.getValue()))
                .collect(java.util.stream.Collectors.joining(", "));
        double writes = r.writeNanos() / 1e9;
        out.printf(Locale.ROOT, "full ingest, %d thread(s): %.2f articles/s = %.2fx CoreNLP alone on %d thread(s);"
                        + " Neo4j writes %.2f s = %.1f%% of %.2f s (%d written, %d skipped)%n",
                threads, n / wall, bareSeconds / wall, threads, writes, 100 * writes / wall, wall, r.written(),
                r.skipped().size());
        out.printf(Locale.ROOT, "  queries %.2f s in all; slowest: %s%n",
                timings.values().stream().mapToDouble(Double::doubleValue).sum(), top);
        printCalls(out, timings);
    }

    /**
     * Where the write time went: the first runs of each file (planning included) in one sum, then each file's
     * later runs with their count and mean, slowest first.
     */
    static void printCalls(PrintStream out, java.util.Map<String, Double> timings) {
        java.util.Map<String, Long> calls = org.chronograph.graph.Cypher.calls();
        double first = timings.entrySet().stream().filter(e -> e.getKey().endsWith(org.chronograph.graph.Cypher.FIRST))
                .mapToDouble(java.util.Map.Entry::getValue).sum();
        long later = calls.entrySet().stream().filter(e -> !e.getKey().endsWith(org.chronograph.graph.Cypher.FIRST))
                .mapToLong(java.util.Map.Entry::getValue).sum();
        out.printf(Locale.ROOT, "  first runs of each file (planning): %.1f s; later runs: %d, by file (s, runs, ms/run):%n",
                first, later);
        timings.entrySet().stream().filter(e -> !e.getKey().endsWith(org.chronograph.graph.Cypher.FIRST))
                .sorted(java.util.Map.Entry.<String, Double>comparingByValue().reversed())
                .forEach(e -> out.printf(Locale.ROOT, "    %-40s %7.2f %7d %7.2f%n", e.getKey(), e.getValue(),
                        calls.get(e.getKey()), 1000 * e.getValue() / calls.get(e.getKey())));
    }

    private static double timed(ThrowingRunnable r) throws Exception {
        long t0 = System.nanoTime();
        r.run();
        return (System.nanoTime() - t0) / 1e9;
    }

    private interface ThrowingRunnable {
        void run() throws Exception;
    }

    private static void resetPeaks() {
        for (MemoryPoolMXBean p : ManagementFactory.getMemoryPoolMXBeans()) {
            if (p.getType() == MemoryType.HEAP) {
                p.resetPeakUsage();
            }
        }
    }

    private static long peakHeap() {
        long sum = 0;
        for (MemoryPoolMXBean p : ManagementFactory.getMemoryPoolMXBeans()) {
            if (p.getType() == MemoryType.HEAP && p.getPeakUsage() != null) {
                sum += p.getPeakUsage().getUsed();
            }
        }
        return sum;
    }

    static String machine() {
        var os = ManagementFactory.getOperatingSystemMXBean();
        long ram = os instanceof com.sun.management.OperatingSystemMXBean x ? x.getTotalMemorySize() : -1;
        String cpu = "";
        try (Stream<String> lines = Files.lines(Path.of("/proc/cpuinfo"))) {
            cpu = lines.filter(l -> l.startsWith("model name")).findFirst().map(l -> l.replaceFirst(".*:\\s*", "") + ", ")
                    .orElse("");
        } catch (IOException | RuntimeException e) {
            // not Linux: the core count is enough
        }
        return String.format(Locale.ROOT, "machine: %s%d cores, %.0f GiB RAM, %s %s, Java %s, max heap %.1f GiB",
                cpu, Runtime.getRuntime().availableProcessors(), ram / (double) (1L << 30), os.getName(),
                os.getArch(), System.getProperty("java.version"), Runtime.getRuntime().maxMemory() / (double) (1L << 30));
    }

    static void delete(Path folder) throws IOException {
        if (!Files.exists(folder)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(folder)) {
            for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }
}
