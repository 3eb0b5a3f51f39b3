package org.chronograph.model;

import java.util.List;
import java.util.Objects;

/**
 * A person, organisation or state. {@code id} is derived from the canonical name, so the same actor found
 * in two articles is one node.
 */
public record Actor(String id, String name, ActorType type, List<String> aliases, String role, String country) {
    public Actor {
        Objects.requireNonNull(type, "type");
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("actor without a name");
        }
        if (id == null || id.isBlank()) {
            throw new IllegalArgumentException("actor " + name + " without an id");
        }
        aliases = List.copyOf(aliases);
    }
}
