package org.chronograph.timeline;

import java.util.List;
import java.util.Objects;

/**
 * One line of the timeline: an event or a statement, with its sources. Fields that do not apply to the kind are
 * null.
 *
 * @param storyline what the entry belongs to: for an act, the event it acts on; for an event with acts on it, the
 *                  event itself; else the first actor (for statements, the speaker)
 * @param actsOn    for acts: the events they cancel, postpone, revive or plan
 * @param actedOnBy for planned events: the acts on them
 */
public record TimelineEntry(String kind, String id, String type, String cameo, String plover, String date,
                            String datePrecision, String status, List<ActorRef> actors, String place, String speaker,
                            String text, String channel, String summary, String target, List<Source> sources,
                            int sourceCount, List<Link> actsOn, List<Link> actedOnBy, String storyline) {

    public TimelineEntry {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(id, "id");
        actors = actors == null ? null : List.copyOf(actors);
        sources = sources == null ? List.of() : List.copyOf(sources);
        actsOn = actsOn == null ? List.of() : List.copyOf(actsOn);
        actedOnBy = actedOnBy == null ? List.of() : List.copyOf(actedOnBy);
    }

    /** An actor of an event, with its role in it. */
    public record ActorRef(String name, String type, String role) {
    }

    /** Where an entry comes from: the article, its address and the sentence. */
    public record Source(String article, String url, String sentence) {
    }

    /** A lifecycle link: CANCELS, POSTPONES, REVIVES, PLANS or WITHDRAWS, and the event at its other end. */
    public record Link(String relation, String event) {
    }
}
