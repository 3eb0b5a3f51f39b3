package org.chronograph.model;

import java.util.List;
import java.util.Objects;

/**
 * A quotation with its speaker. {@code begin}/{@code end} are the quote's offsets in the article text.
 *
 * @param channel null when the text does not say
 * @param date    null when the text does not say
 * @param about   ids of the article's events the statement is about (its own sentence reports them, or the
 *                quote names them: "the summit")
 */
public record Statement(String id, String speakerId, String text, Channel channel, PartialDate date,
                        int begin, int end, Sentence evidence, List<String> about) {

    public Statement(String id, String speakerId, String text, Channel channel, PartialDate date, int begin, int end,
                     Sentence evidence) {
        this(id, speakerId, text, channel, date, begin, end, evidence, List.of());
    }

    public Statement {
        about = about == null ? List.of() : List.copyOf(about);
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
