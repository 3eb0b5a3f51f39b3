package org.chronograph.timeline;

import java.util.List;
import java.util.Set;
import org.chronograph.model.EventStatus;
import org.chronograph.model.EventType;
import org.chronograph.model.PartialDate;

/**
 * Which entries a timeline shows.
 *
 * @param actors     all of these (names or aliases) take part; statements: the speaker is one of them
 * @param types      event types to keep (empty: all); when given, statements are left out
 * @param statuses   statuses to keep (empty: all); when given, statements are left out
 * @param from       keep entries whose dates overlap [from, to]; month or year precision allowed
 * @param eventId    the whole history of one event: its plans, cancellations, revivals, itself, statements about it
 * @param minSources keep events reported by at least this many articles (statements count one)
 * @param limit      at most this many entries (0: no limit), after ordering
 */
public record TimelineFilter(List<String> actors, Set<EventType> types, Set<EventStatus> statuses, PartialDate from,
                             PartialDate to, String eventId, int minSources, int limit) {

    public TimelineFilter {
        actors = actors == null ? List.of() : List.copyOf(actors);
        types = types == null ? Set.of() : Set.copyOf(types);
        statuses = statuses == null ? Set.of() : Set.copyOf(statuses);
        if (from != null && to != null && to.end().isBefore(from.start())) {
            throw new IllegalArgumentException("--to " + to.value() + " is before --from " + from.value());
        }
        if (minSources < 0 || limit < 0) {
            throw new IllegalArgumentException("--min-sources and --limit must not be negative");
        }
    }

    public static TimelineFilter all() {
        return new TimelineFilter(List.of(), Set.of(), Set.of(), null, null, null, 0, 0);
    }

    /** Statements have no type or status: a filter on either leaves them out; so do two or more sources. */
    boolean statementsWanted() {
        return types.isEmpty() && statuses.isEmpty() && minSources <= 1;
    }
}
