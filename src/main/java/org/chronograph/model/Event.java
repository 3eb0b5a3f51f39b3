package org.chronograph.model;

import java.util.List;
import java.util.Objects;

/**
 * An event found in one article.
 *
 * @param date     null when the text gives no date for it
 * @param targetId for acts on events (cancel, revive, plan, withdraw): the id of the event acted on, or null
 * @param target   a short description of the event acted on, or null
 * @param evidence the sentence of the first mention; {@code mentions} all sentences that mention it
 */
public record Event(String id, EventType type, PartialDate date, EventStatus status, String trigger, String place,
                    List<Participant> participants, String targetId, String target, Sentence evidence,
                    List<Sentence> mentions) {

    public Event(String id, EventType type, PartialDate date, EventStatus status, String trigger, String place,
                 List<Participant> participants, String targetId, String target, Sentence evidence) {
        this(id, type, date, status, trigger, place, participants, targetId, target, evidence, List.of(evidence));
    }

    public Event {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(evidence, "evidence");
        participants = List.copyOf(participants);
        mentions = mentions == null || mentions.isEmpty() ? List.of(evidence) : List.copyOf(mentions);
        if (trigger == null || trigger.isBlank()) {
            throw new IllegalArgumentException("event " + id + " has no trigger");
        }
    }
}
