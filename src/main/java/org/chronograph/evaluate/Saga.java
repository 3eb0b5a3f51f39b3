package org.chronograph.evaluate;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A gold timeline (../shared/TIMELINE-FORMAT.md): the articles of one story and one entry per real-world event,
 * with every per-article report of it, the act → target links and the final status.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record Saga(String saga, List<String> articles, Map<String, SagaActor> actors, List<Entry> events) {

    public Saga {
        Objects.requireNonNull(saga, "saga");
        articles = articles == null ? List.of() : List.copyOf(articles);
        actors = actors == null ? Map.of() : new LinkedHashMap<>(actors);
        events = events == null ? List.of() : List.copyOf(events);
        if (articles.isEmpty()) {
            throw new IllegalArgumentException("saga " + saga + " lists no articles");
        }
        for (Entry e : events) {
            if (e.actsOn() != null && events.stream().noneMatch(x -> x.id().equals(e.actsOn()))) {
                throw new IllegalArgumentException("saga " + saga + ": entry " + e.id() + " acts on '" + e.actsOn()
                        + "', which is not an entry");
            }
        }
    }

    /** An actor of the alias table. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record SagaActor(String type, List<String> aliases) {
        public SagaActor {
            aliases = aliases == null ? List.of() : List.copyOf(aliases);
        }
    }

    /** One real-world event. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Entry(String id, String type, List<String> actors, String date,
                        @JsonProperty("date_also") List<String> dateAlso, String place, String status,
                        @JsonProperty("status_also") List<String> statusAlso,
                        @JsonProperty("acts_on") String actsOn,
                        @JsonProperty("acts_on_also") List<String> actsOnAlso, List<Report> mentions) {
        public Entry {
            Objects.requireNonNull(id, "id");
            Objects.requireNonNull(type, "type of " + id);
            actors = actors == null ? List.of() : List.copyOf(actors);
            dateAlso = dateAlso == null ? List.of() : List.copyOf(dateAlso);
            statusAlso = statusAlso == null ? List.of() : List.copyOf(statusAlso);
            actsOnAlso = actsOnAlso == null ? List.of() : List.copyOf(actsOnAlso);
            mentions = mentions == null ? List.of() : List.copyOf(mentions);
        }

        /** The distinct articles that report it. */
        public List<String> reportedBy() {
            return mentions.stream().map(Report::article).distinct().toList();
        }
    }

    /** A per-article report of an entry: the article and the index of the event in its gold file. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Report(String article, @JsonProperty("gold_index") int goldIndex) {
    }

    /** Reads a saga file; a malformed one fails naming the file. */
    public static Saga read(Path file) {
        try {
            return new ObjectMapper().readValue(file.toFile(), Saga.class);
        } catch (IOException | IllegalArgumentException e) {
            throw new IllegalArgumentException(file + ": not a gold timeline (" + e.getMessage().lines().findFirst()
                    .orElse("") + ")", e);
        }
    }
}
