package org.chronograph.cli;

import org.chronograph.extract.Extractor;
import org.chronograph.model.Article;
import org.chronograph.model.Extraction;
import org.chronograph.nlp.NlpPipeline;

/** CoreNLP plus the extractor: the part of ingest that needs no database. */
final class Pipeline {

    private final NlpPipeline nlp;
    private final Extractor extractor = new Extractor();

    Pipeline() {
        this.nlp = NlpPipeline.shared();
        nlp.require("the extractor", Extractor.REQUIRES);
    }

    Extraction extract(Article article) {
        return extractor.extract(article, nlp.annotate(article));
    }

    double loadSeconds() {
        return nlp.loadSeconds();
    }
}
