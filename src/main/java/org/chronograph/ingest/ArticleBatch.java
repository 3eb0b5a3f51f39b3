package org.chronograph.ingest;

import java.util.List;
import org.chronograph.model.Article;

/**
 * The articles read from a set of paths, the inputs skipped with their reasons, and notes on what was left out
 * without loss (store folders, a second copy of the same text, page furniture removed).
 */
public record ArticleBatch(List<Article> articles, List<Skipped> skipped, List<String> notes) {
    public ArticleBatch {
        articles = List.copyOf(articles);
        skipped = List.copyOf(skipped);
        notes = List.copyOf(notes);
    }

    public ArticleBatch(List<Article> articles, List<Skipped> skipped) {
        this(articles, skipped, List.of());
    }
}
