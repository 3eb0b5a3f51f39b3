package org.chronograph.model;

import java.util.List;
import java.util.Objects;

/**
 * An event found in one article.
 *
 * @param date     null when the text gives no date for it
 * @param targetId for acts on events (cancel, revive, plan, withdraw): the id of the event acted on, or null
 * @param target   a short description of the event acted on, or null
 */
public record Event(String id, EventType type, PartialDate date, EventStatus status, String trigger, String place,
                    List<Participant> participants, String targetId, String target, Sentence evidence) {
    public Event {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(evidence, "evidence");
        participants = List.copyOf(participants);
        if (trigger == null || trigger.isBlank()) {
            throw new IllegalArgumentException("event " + id + " has no trigger");
        }
    }
}
