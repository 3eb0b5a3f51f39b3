package org.chronograph.model;

import java.util.Objects;

/**
 * A quotation with its speaker. {@code begin}/{@code end} are the quote's offsets in the article text.
 *
 * @param channel null when the text does not say
 * @param date    null when the text does not say
 */
public record Statement(String id, String speakerId, String text, Channel channel, PartialDate date,
                        int begin, int end, Sentence evidence) {
    public Statement {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(speakerId, "speakerId");
        Objects.requireNonNull(evidence, "evidence");
        if (text == null || text.isBlank()) {
            throw new IllegalArgumentException("statement " + id + " has no text");
        }
        if (begin < 0 || end < begin) {
            throw new IllegalArgumentException("statement " + id + " has bad offsets " + begin + "-" + end);
        }
    }
}
