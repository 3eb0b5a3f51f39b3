package org.chronograph.ingest;

/** An input that was not read, with where it came from ("file.txt" or "batch.jsonl:7") and why. */
public record Skipped(String origin, String reason) {
    @Override
    public String toString() {
        return origin + ": " + reason;
    }
}
