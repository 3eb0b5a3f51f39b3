package org.chronograph.ingest;

import java.util.List;
import org.chronograph.model.Article;

/** The articles read from a set of paths, and the inputs skipped with their reasons. */
public record ArticleBatch(List<Article> articles, List<Skipped> skipped) {
    public ArticleBatch {
        articles = List.copyOf(articles);
        skipped = List.copyOf(skipped);
    }
}
