package org.chronograph.graph;

/** The graph cannot be reached: a store in use or unreadable, a server down, wrong credentials. */
public final class StoreUnavailableException extends RuntimeException {
    public StoreUnavailableException(String message) {
        super(message);
    }

    public StoreUnavailableException(String message, Throwable cause) {
        super(message, cause);
    }
}
