package org.chronograph.model;

/** A sentence of an article with its character offsets into the article text. */
public record Sentence(int index, String text, int begin, int end) {
    public Sentence {
        if (index < 0 || begin < 0 || end < begin) {
            throw new IllegalArgumentException("bad sentence offsets " + index + ":" + begin + "-" + end);
        }
        if (text == null || text.isBlank()) {
            throw new IllegalArgumentException("sentence " + index + " is empty");
        }
    }
}
