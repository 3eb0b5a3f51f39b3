package org.chronograph.model;

import java.util.Locale;

/** How a statement was made public. */
public enum Channel {
    TWEET, STATEMENT, LETTER, PRESS, INTERVIEW;

    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }
}
