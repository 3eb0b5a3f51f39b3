package org.chronograph.cli;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;
import org.chronograph.graph.GraphConfig;
import org.chronograph.graph.GraphStore;
import org.chronograph.graph.GraphWriter;
import org.chronograph.ingest.ArticleBatch;
import org.chronograph.ingest.ArticleReader;
import org.chronograph.ingest.Skipped;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** Reads articles, extracts actors, events and statements and writes them to the graph. */
@Command(name = "ingest", mixinStandardHelpOptions = true,
        description = "Read articles (.txt, .md, .jsonl; files or folders) into the graph.")
final class IngestCommand implements Callable<Integer> {

    @Parameters(arity = "1..*", paramLabel = "PATH", description = "Article files or folders.")
    List<Path> paths;

    @Option(names = "--published", paramLabel = "YYYY-MM-DD",
            description = "Publication date for articles that give none (relative dates resolve against it).")
    LocalDate published;

    @Option(names = "--threads", paramLabel = "N", description = "Articles analysed at once (default: the number of"
            + " cores, ${DEFAULT-VALUE} here).")
    int threads = Runtime.getRuntime().availableProcessors();

    @Option(names = "--quiet", description = "For scripts: no progress, notes or summary; only what was skipped, and"
            + " the exit code.")
    boolean quiet;

    @Mixin
    GraphOptions graph;

    private void note(String n) {
        if (!quiet) {
            System.err.println("note: " + n);
        }
    }

    @Override
    public Integer call() throws Exception {
        if (threads < 1) {
            System.err.println("chronograph ingest: --threads must be at least 1, was " + threads);
            return Chronograph.USAGE;
        }
        if (published != null && published.isAfter(LocalDate.now().plusDays(1))) {
            System.err.println("chronograph ingest: --published " + published + " is in the future; relative dates"
                    + " (\"Thursday\", \"last month\") would all resolve wrong");
            return Chronograph.USAGE;
        }
        long start = System.nanoTime();
        GraphConfig config = graph.config();
        List<Path> inputs = new java.util.ArrayList<>();
        List<Skipped> skipped = new java.util.ArrayList<>();
        for (Path p : paths) {
            if (config.embedded() && java.nio.file.Files.exists(p) && sameFile(p, config.store())) {
                skipped.add(new Skipped(p.toString(), "is the store folder itself, not articles"));
            } else {
                inputs.add(p);
            }
        }
        ArticleBatch batch = new ArticleReader(published).read(inputs);
        skipped.addAll(batch.skipped());
        skipped.forEach(s -> System.err.println("skipped " + s));
        batch.notes().forEach(this::note);
        Ingestion.Result r;
        try (GraphStore store = GraphStore.open(config)) {
            if (!quiet) {
                System.err.println("graph: " + store.description());
            }
            if (batch.articles().isEmpty()) {
                System.err.println("no articles to read");
                return Chronograph.FAILURE;
            }
            Pipeline pipeline = new Pipeline(java.util.Map.of(),
                    () -> {
                        if (!quiet) {
                            System.err.println("loading CoreNLP models (once per run, 10-45 s) ...");
                        }
                    });
            GraphWriter writer = new GraphWriter(store);
            // a bar on a terminal; plain lines (about twenty per run) when stderr goes to a file or a pipe
            int total = batch.articles().size();
            boolean terminal = System.console() != null;
            int every = Math.max(1, total / 20);
            int[] done = {0};
            try (ProgressBar bar = !quiet && terminal && total > 1 ? new ProgressBarBuilder().setTaskName("ingest")
                    .setInitialMax(total).setStyle(ProgressBarStyle.ASCII)
                    .setConsumer(new me.tongfei.progressbar.ConsoleProgressBarConsumer(System.err)).build() : null) {
                r = Ingestion.run(pipeline, writer, batch.articles(), threads,
                        s -> System.err.println("skipped " + s), this::note, () -> {
                            done[0]++;
                            if (bar != null) {
                                bar.step();
                            } else if (!quiet && !terminal && (done[0] % every == 0 || done[0] == total)) {
                                System.err.println("ingest " + done[0] + "/" + total);
                            }
                        });
            }
        }
        skipped.addAll(r.skipped());
        double seconds = (System.nanoTime() - start) / 1e9;
        if (quiet) {
            return skipped.isEmpty() ? Chronograph.OK : Chronograph.FAILURE; // each skip was told as it happened
        }
        System.err.printf(Locale.ROOT, "%nread %d article(s): %d written, %d updated, %d unchanged; %d skipped%n",
                batch.articles().size(), r.written(), r.updated(), r.unchanged(), skipped.size());
        for (Skipped s : skipped) {
            System.err.println("  skipped " + s);
        }
        System.err.printf(Locale.ROOT, "extracted %d actor(s), %d event(s), %d statement(s) in %.1f s%n",
                r.actors(), r.events(), r.statements(), seconds);
        int undated = r.undated();
        if (undated > 0) {
            System.err.printf(Locale.ROOT, "%d article(s) had no publication date: relative dates in them "
                    + "(\"Thursday\", \"last month\") stay unresolved; give --published YYYY-MM-DD%n", undated);
        }
        return skipped.isEmpty() ? Chronograph.OK : Chronograph.FAILURE;
    }

    private static boolean sameFile(Path a, Path b) {
        try {
            return java.nio.file.Files.exists(b) && java.nio.file.Files.isSameFile(a, b);
        } catch (java.io.IOException e) {
            return false;
        }
    }
}
