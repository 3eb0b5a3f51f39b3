package org.chronograph.model;

import java.util.List;
import java.util.Objects;

/** Everything the extractor found in one article. Events and statements refer to actors by id. */
public record Extraction(Article article, List<Sentence> sentences, List<Actor> actors, List<Event> events,
                         List<Statement> statements) {
    public Extraction {
        Objects.requireNonNull(article, "article");
        sentences = List.copyOf(sentences);
        actors = List.copyOf(actors);
        events = List.copyOf(events);
        statements = List.copyOf(statements);
    }
}
