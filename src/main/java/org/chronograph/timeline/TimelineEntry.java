package org.chronograph.timeline;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.List;
import java.util.Objects;

/**
 * One line of the timeline: an event or a statement, with its sources. Fields that do not apply to the
 * kind are null and left out of JSON.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonPropertyOrder({"kind", "id", "type", "cameo", "plover", "date", "datePrecision", "status", "actors", "place",
        "speaker", "text", "channel", "summary", "target", "sources"})
public record TimelineEntry(String kind, String id, String type, String cameo, String plover, String date,
                            String datePrecision, String status, List<ActorRef> actors, String place, String speaker,
                            String text, String channel, String summary, String target, List<Source> sources) {

    public TimelineEntry {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(id, "id");
        actors = actors == null ? null : List.copyOf(actors);
        sources = sources == null ? List.of() : List.copyOf(sources);
    }

    /** An actor of an event, with its role in it. */
    public record ActorRef(String name, String type, String role) {
    }

    /** Where an entry comes from: the article, its address and the sentence. */
    public record Source(String article, String url, String sentence) {
    }
}
