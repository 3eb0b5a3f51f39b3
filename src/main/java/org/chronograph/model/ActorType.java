package org.chronograph.model;

/** Kinds of actors counted by the gold format: persons, organisations, states (GPE). */
public enum ActorType {
    PERSON, ORG, GPE
}
