package org.chronograph;

import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.List;
import org.chronograph.extract.Extractor;
import org.chronograph.ingest.ArticleReader;
import org.chronograph.model.Article;
import org.chronograph.model.Extraction;
import org.chronograph.nlp.NlpPipeline;

/** The example saga written for the tests (src/test/resources/corpus), run through the real CoreNLP. */
public final class TestCorpus {

    private static final Extractor EXTRACTOR = new Extractor();

    private TestCorpus() {
    }

    public static Path articles() {
        return resource("corpus/articles");
    }

    public static Path gold() {
        return resource("corpus/gold");
    }

    public static List<Article> read() {
        return new ArticleReader(null).read(List.of(articles())).articles();
    }

    public static Extraction extract(Article a) {
        NlpPipeline nlp = NlpPipeline.shared();
        nlp.require("tests", Extractor.REQUIRES);
        return EXTRACTOR.extract(a, nlp.annotate(a));
    }

    private static Path resource(String name) {
        try {
            return Path.of(TestCorpus.class.getClassLoader().getResource(name).toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }
}
