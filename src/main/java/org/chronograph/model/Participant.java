package org.chronograph.model;

import java.util.Objects;

/** An actor taking part in an event, with its role ("agent", "partner", "speaker"...). */
public record Participant(String actorId, String role) {
    public Participant {
        Objects.requireNonNull(actorId, "actorId");
        Objects.requireNonNull(role, "role");
    }
}
