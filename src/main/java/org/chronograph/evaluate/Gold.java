package org.chronograph.evaluate;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.util.List;

/** A gold file as defined by GOLD-FORMAT.md. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record Gold(String article, String published, List<GoldActor> actors, List<GoldEvent> events,
                   List<GoldStatement> statements) {

    public Gold {
        actors = actors == null ? List.of() : List.copyOf(actors);
        events = events == null ? List.of() : List.copyOf(events);
        statements = statements == null ? List.of() : List.copyOf(statements);
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record GoldActor(String name, String type, List<String> aliases, String role, String country) {
        public GoldActor {
            aliases = aliases == null ? List.of() : List.copyOf(aliases);
        }
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record GoldEvent(String type, String trigger, String sentence, List<String> actors, String target,
                            String date, String place, String status) {
        public GoldEvent {
            actors = actors == null ? List.of() : List.copyOf(actors);
        }
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record GoldStatement(String speaker, String quote, String channel, String date) {
    }
}
