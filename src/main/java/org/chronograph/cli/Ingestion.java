package org.chronograph.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletionService;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorCompletionService;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import org.chronograph.graph.GraphWriter;
import org.chronograph.ingest.Skipped;
import org.chronograph.model.Article;
import org.chronograph.model.Extraction;

/**
 * Parallel ingest: CoreNLP and the extractor run on {@code threads} worker threads (one shared pipeline,
 * whose annotators are thread-safe), while the calling thread writes the extractions in batches of
 * {@code MAX_BATCH} (the last batch smaller), one transaction each ({@link GraphWriter#write(List)}): a write
 * transaction costs some 100 ms of round trips whether it holds one article or sixteen. At most
 * {@code 2 × threads + MAX_BATCH} articles are in
 * flight, so memory stays bounded and the workers never wait for a write unless the writer falls that far behind. The order in which
 * articles reach the graph does not matter: events are merged deterministically (EventMerger).
 */
final class Ingestion {

    /** At most this many articles in one write transaction. */
    static final int MAX_BATCH = 16;

    /** What an ingest did and where its time went (nanoseconds). */
    record Result(int written, int updated, int unchanged, int actors, int events, int statements, int undated,
                  List<Skipped> skipped, long wallNanos, long writeNanos) {

        int articles() {
            return written + updated + unchanged;
        }
    }

    private Ingestion() {
    }

    static Result run(Pipeline pipeline, GraphWriter writer, List<Article> articles, int threads,
                      Consumer<Skipped> onSkip, Consumer<String> onNote, Runnable onStep) throws InterruptedException {
        if (threads < 1) {
            throw new IllegalArgumentException("--threads must be at least 1, was " + threads);
        }
        long start = System.nanoTime();
        int written = 0;
        int updated = 0;
        int unchanged = 0;
        int actors = 0;
        int events = 0;
        int statements = 0;
        int undated = 0;
        long writeNanos = 0;
        List<Skipped> skipped = new ArrayList<>();
        // the content hashes first: an unchanged article, or a stored text under a second name, needs no NLP
        List<Article> todo = new ArrayList<>();
        java.util.Map<String, String> stored = writer.stored(articles);
        java.util.Map<String, String> idOfHash = new java.util.HashMap<>();
        stored.forEach((id, sha) -> idOfHash.merge(sha, id, (x, y) -> x.compareTo(y) <= 0 ? x : y));
        for (Article a : articles) {
            String sha = a.sha256();
            if (sha.equals(stored.get(a.id()))) {
                unchanged++;
                onStep.run();
            } else if (!stored.containsKey(a.id()) && idOfHash.containsKey(sha)) {
                unchanged++;
                onNote.accept(a.origin() + ": the same text and date as the stored article '" + idOfHash.get(sha)
                        + "', not stored again");
                onStep.run();
            } else {
                todo.add(a);
            }
        }
        articles = todo;
        ExecutorService pool = Executors.newFixedThreadPool(threads, new NamedThreads());
        try {
            CompletionService<Extraction> done = new ExecutorCompletionService<>(pool);
            java.util.Map<Future<Extraction>, Article> articleOf = new java.util.HashMap<>();
            int next = 0;
            int finished = 0;
            int window = 2 * threads + MAX_BATCH; // extractions are small: the NLP never waits for a slow write
            List<Future<Extraction>> ready = new ArrayList<>();
            while (finished < articles.size()) {
                while (next < articles.size() && next - finished < window) {
                    Article a = articles.get(next++);
                    Future<Extraction> f = done.submit(() -> pipeline.extract(a));
                    articleOf.put(f, a);
                }
                // finished articles wait for a full batch (a transaction's cost is mostly per transaction, not per
                // article), or for the last ones: the NLP keeps at least 2 x threads articles meanwhile
                ready.add(done.take());
                Future<Extraction> more;
                while (ready.size() < MAX_BATCH && (more = done.poll()) != null) {
                    ready.add(more);
                }
                boolean last = next == articles.size() && finished + ready.size() == next;
                if (ready.size() < MAX_BATCH && !last) {
                    continue;
                }
                List<Extraction> batch = new ArrayList<>();
                java.util.Set<String> ids = new java.util.HashSet<>();
                List<Extraction> later = new ArrayList<>();
                for (Future<Extraction> f : ready) {
                    Article a = articleOf.remove(f);
                    finished++;
                    try {
                        Extraction x = f.get();
                        (ids.add(a.id()) ? batch : later).add(x);
                    } catch (ExecutionException e) {
                        Skipped s = new Skipped(a.origin(), "failed: " + Chronograph.message(e.getCause()));
                        skipped.add(s);
                        onSkip.accept(s);
                        onStep.run();
                    }
                }
                List<List<Extraction>> writes = new ArrayList<>();
                writes.add(batch);
                later.forEach(x -> writes.add(List.of(x))); // the same id twice: the later copy on its own
                for (List<Extraction> w : writes) {
                    if (w.isEmpty()) {
                        continue;
                    }
                    long t0 = System.nanoTime();
                    List<GraphWriter.Outcome> outcomes = write(writer, w, skipped, onSkip);
                    writeNanos += System.nanoTime() - t0;
                    for (int i = 0; i < w.size(); i++) {
                        Extraction x = w.get(i);
                        GraphWriter.Outcome outcome = outcomes.get(i);
                        if (outcome != null) {
                            switch (outcome) {
                                case WRITTEN -> written++;
                                case UPDATED -> updated++;
                                case UNCHANGED -> unchanged++;
                            }
                            actors += x.actors().size();
                            events += x.events().size();
                            statements += x.statements().size();
                            if (x.article().published() == null) {
                                undated++;
                            }
                        }
                        onStep.run();
                    }
                }
                ready.clear();
            }
        } finally {
            pool.shutdownNow();
        }
        return new Result(written, updated, unchanged, actors, events, statements, undated, skipped,
                System.nanoTime() - start, writeNanos);
    }

    /**
     * Writes a batch in one transaction; when that fails for a reason of the data rather than the store, each
     * article again on its own, so one bad article costs itself only. Null outcome: skipped.
     */
    private static List<GraphWriter.Outcome> write(GraphWriter writer, List<Extraction> batch, List<Skipped> skipped,
                                                   Consumer<Skipped> onSkip) {
        try {
            return writer.write(batch);
        } catch (org.chronograph.graph.StoreUnavailableException | org.neo4j.driver.exceptions.ServiceUnavailableException
                 | org.neo4j.driver.exceptions.AuthenticationException e) {
            throw e;
        } catch (RuntimeException e) {
            if (batch.size() == 1) {
                Skipped s = new Skipped(batch.get(0).article().origin(), "not stored: " + Chronograph.message(e));
                skipped.add(s);
                onSkip.accept(s);
                java.util.List<GraphWriter.Outcome> none = new ArrayList<>();
                none.add(null);
                return none;
            }
            List<GraphWriter.Outcome> out = new ArrayList<>();
            for (Extraction x : batch) {
                out.add(write(writer, List.of(x), skipped, onSkip).get(0));
            }
            return out;
        }
    }

    /** Worker threads named for thread dumps, and daemons so a failed run never hangs the JVM. */
    private static final class NamedThreads implements java.util.concurrent.ThreadFactory {
        private final AtomicInteger n = new AtomicInteger();

        @Override
        public Thread newThread(Runnable r) {
            Thread t = new Thread(r, "chronograph-nlp-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        }
    }
}
