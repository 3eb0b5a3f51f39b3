package org.chronograph.cli;

import java.util.Map;
import org.chronograph.extract.Extractor;
import org.chronograph.model.Article;
import org.chronograph.model.Extraction;
import org.chronograph.nlp.NlpPipeline;

/**
 * CoreNLP plus the extractor: the part of ingest that needs no database. Counts the time each part takes.
 * CoreNLP's models load on first use: a re-run whose articles are all stored unchanged never loads them.
 */
final class Pipeline {

    private final Map<String, String> nlpOverrides;
    private final Runnable onLoad;
    private volatile NlpPipeline nlp;
    private final Extractor extractor = new Extractor();
    private long nlpNanos;
    private long extractNanos;
    private long articles;

    Pipeline() {
        this(Map.of());
    }

    /** With CoreNLP properties changed from the defaults (for measuring other annotator sets). */
    Pipeline(Map<String, String> nlpOverrides) {
        this(nlpOverrides, () -> { });
    }

    /** @param onLoad told just before the models load (for a line on stderr) */
    Pipeline(Map<String, String> nlpOverrides, Runnable onLoad) {
        this.nlpOverrides = Map.copyOf(nlpOverrides);
        this.onLoad = onLoad;
    }

    private NlpPipeline nlp() {
        NlpPipeline p = nlp;
        if (p == null) {
            synchronized (this) {
                p = nlp;
                if (p == null) {
                    onLoad.run();
                    p = nlpOverrides.isEmpty() ? NlpPipeline.shared() : NlpPipeline.withOverrides(nlpOverrides);
                    p.require("the extractor", Extractor.REQUIRES);
                    nlp = p;
                }
            }
        }
        return p;
    }

    Extraction extract(Article article) {
        long t0 = System.nanoTime();
        var annotation = annotate(article);
        long t1 = System.nanoTime();
        Extraction x = extract(article, annotation);
        long t2 = System.nanoTime();
        synchronized (this) {
            nlpNanos += t1 - t0;
            extractNanos += t2 - t1;
            articles++;
        }
        return x;
    }

    /** CoreNLP alone, as the benchmark measures it. */
    edu.stanford.nlp.pipeline.Annotation annotate(Article article) {
        return nlp().annotate(article);
    }

    /** The rules alone on an annotation, as the benchmark measures them. */
    Extraction extract(Article article, edu.stanford.nlp.pipeline.Annotation annotation) {
        return extractor.extract(article, annotation);
    }

    String annotators() {
        return nlp().annotators();
    }

    double loadSeconds() {
        return nlp().loadSeconds();
    }

    /** One line for stderr: model load, and seconds per article for CoreNLP and for the rules. */
    synchronized String timing() {
        if (nlp == null) {
            return "CoreNLP not loaded: no article needed it";
        }
        return String.format(java.util.Locale.ROOT,
                "annotators %s: models loaded in %.1f s; %d article(s), CoreNLP %.2f s/article, extraction %.3f s/article",
                nlp.annotators(), loadSeconds(), articles, articles == 0 ? 0 : nlpNanos / 1e9 / articles,
                articles == 0 ? 0 : extractNanos / 1e9 / articles);
    }
}
