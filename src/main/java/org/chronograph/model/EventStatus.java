package org.chronograph.model;

import java.util.Locale;

/** The state an article leaves an event in. */
public enum EventStatus {
    HAPPENED, PLANNED, CANCELLED, HYPOTHETICAL;

    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static EventStatus fromLabel(String label) {
        return valueOf(label.toUpperCase(Locale.ROOT));
    }
}
