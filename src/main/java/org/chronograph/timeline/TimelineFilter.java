package org.chronograph.timeline;

import java.time.LocalDate;
import java.util.List;

/** Which entries a timeline shows: all given actors take part, and the date range overlaps [from, to]. */
public record TimelineFilter(List<String> actors, LocalDate from, LocalDate to) {
    public TimelineFilter {
        actors = actors == null ? List.of() : List.copyOf(actors);
        if (from != null && to != null && to.isBefore(from)) {
            throw new IllegalArgumentException("--to " + to + " is before --from " + from);
        }
    }

    public static TimelineFilter all() {
        return new TimelineFilter(List.of(), null, null);
    }
}
