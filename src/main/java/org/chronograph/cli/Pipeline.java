package org.chronograph.cli;

import java.util.Map;
import org.chronograph.extract.Extractor;
import org.chronograph.model.Article;
import org.chronograph.model.Extraction;
import org.chronograph.nlp.NlpPipeline;

/** CoreNLP plus the extractor: the part of ingest that needs no database. Counts the time each part takes. */
final class Pipeline {

    private final NlpPipeline nlp;
    private final Extractor extractor = new Extractor();
    private long nlpNanos;
    private long extractNanos;
    private long articles;

    Pipeline() {
        this(Map.of());
    }

    /** With CoreNLP properties changed from the defaults (for measuring other annotator sets). */
    Pipeline(Map<String, String> nlpOverrides) {
        this.nlp = nlpOverrides.isEmpty() ? NlpPipeline.shared() : NlpPipeline.withOverrides(nlpOverrides);
        nlp.require("the extractor", Extractor.REQUIRES);
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
        return nlp.annotate(article);
    }

    /** The rules alone on an annotation, as the benchmark measures them. */
    Extraction extract(Article article, edu.stanford.nlp.pipeline.Annotation annotation) {
        return extractor.extract(article, annotation);
    }

    String annotators() {
        return nlp.annotators();
    }

    double loadSeconds() {
        return nlp.loadSeconds();
    }

    /** One line for stderr: model load, and seconds per article for CoreNLP and for the rules. */
    synchronized String timing() {
        return String.format(java.util.Locale.ROOT,
                "annotators %s: models loaded in %.1f s; %d article(s), CoreNLP %.2f s/article, extraction %.3f s/article",
                nlp.annotators(), loadSeconds(), articles, articles == 0 ? 0 : nlpNanos / 1e9 / articles,
                articles == 0 ? 0 : extractNanos / 1e9 / articles);
    }
}
