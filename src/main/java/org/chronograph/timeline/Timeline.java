package org.chronograph.timeline;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.chronograph.graph.GraphStore;
import org.neo4j.driver.Record;
import org.neo4j.driver.Value;

/** Reads the timeline from the graph: events and statements, oldest first, undated ones last. */
public final class Timeline {

    /** Date (first day of its span), then precision (day, month, year), then id; undated last. */
    static final Comparator<TimelineEntry> ORDER = Comparator
            .comparing((TimelineEntry e) -> e.date() == null)
            .thenComparing(e -> e.date() == null ? "" : org.chronograph.model.PartialDate.parse(e.date()).start().toString())
            .thenComparing(e -> e.date() == null ? 0 : e.date().length() == 10 ? 0 : e.date().length() == 7 ? 1 : 2)
            .thenComparing(TimelineEntry::id);

    private final GraphStore store;

    public Timeline(GraphStore store) {
        this.store = store;
    }

    public List<TimelineEntry> entries(TimelineFilter filter) {
        Map<String, Object> params = new HashMap<>();
        params.put("from", filter.from() == null ? null : filter.from().start().toString());
        params.put("to", filter.to() == null ? null : filter.to().end().toString());
        params.put("types", filter.types().stream().map(Enum::name).sorted().toList());
        params.put("statuses", filter.statuses().stream().map(org.chronograph.model.EventStatus::label).sorted().toList());
        params.put("minSources", Math.max(1, filter.minSources()));
        List<String> family = null;
        if (filter.eventId() != null) {
            List<Record> r = store.read("read/event-family.cypher", Map.of("event", filter.eventId()));
            if (r.isEmpty()) {
                throw new IllegalArgumentException("no event with id " + filter.eventId()
                        + " (ids are in 'timeline --format json' or 'query actor-timeline')");
            }
            family = r.get(0).get("ids").asList(Value::asString);
        }
        params.put("eventIds", family);
        // each wanted actor's ids (a name or alias may name more than one actor)
        List<List<String>> actorIds = new ArrayList<>();
        for (String name : filter.actors()) {
            List<String> ids = actorIds(name);
            if (ids.isEmpty()) {
                return List.of();
            }
            actorIds.add(ids);
        }
        params.put("actorIds", actorIds);
        params.put("speakerIds", actorIds.isEmpty() ? null : actorIds.stream().flatMap(List::stream).distinct().toList());
        // candidates through an index (an event's family, an actor's relationships, a date range), then filters
        Set<String> eventIds = new LinkedHashSet<>();
        Set<String> statementIds = new LinkedHashSet<>();
        if (family != null) {
            candidates("read/timeline-by-events.cypher", Map.of("eventIds", family), eventIds, statementIds);
        } else if (!actorIds.isEmpty()) {
            for (String id : actorIds.get(0)) {
                Map<String, Object> p = new HashMap<>();
                p.put("actorId", id);
                p.put("speakerIds", params.get("speakerIds"));
                p.put("from", params.get("from"));
                p.put("to", params.get("to"));
                candidates("read/timeline-by-actor.cypher", p, eventIds, statementIds);
            }
        } else if (filter.from() != null || filter.to() != null) {
            candidates("read/timeline-by-dates.cypher", params, eventIds, statementIds);
        } else {
            candidates("read/timeline-all.cypher", Map.of(), eventIds, statementIds);
        }
        List<TimelineEntry> out = new ArrayList<>();
        Map<String, String> headlines = new HashMap<>();
        Map<String, Object> eventParams = new HashMap<>(params);
        eventParams.put("eventIds", List.copyOf(eventIds));
        List<Record> events = store.read("read/timeline-events.cypher", eventParams);
        Map<String, List<TimelineEntry.ActorRef>> actorsOf = new HashMap<>();
        for (Record r : events) {
            List<TimelineEntry.ActorRef> actors = actors(r);
            actorsOf.put(r.get("id").asString(), actors);
            headlines.put(r.get("id").asString(), summary(r.get("type").asString(), null, actors,
                    r.get("place").asString(null), null));
        }
        for (Record r : events) {
            String id = r.get("id").asString();
            List<TimelineEntry.ActorRef> actors = actorsOf.get(id);
            String type = r.get("type").asString();
            String trigger = r.get("trigger").asString(null);
            String place = r.get("place").asString(null);
            String target = r.get("target").asString(null);
            List<TimelineEntry.Link> actsOn = links(r.get("actsOn"));
            List<TimelineEntry.Link> actedOnBy = links(r.get("actedOnBy"));
            String storyline = !actsOn.isEmpty() ? headlines.getOrDefault(actsOn.get(0).event(), actsOn.get(0).event())
                    : !actedOnBy.isEmpty() ? headlines.get(id)
                    : actors.isEmpty() ? type : actors.get(0).name();
            out.add(new TimelineEntry("event", id, type, r.get("cameo").asString(null),
                    r.get("plover").asString(null), r.get("date").asString(null), r.get("datePrecision").asString(null),
                    r.get("status").asString(null), actors, place, null, null, null,
                    summary(type, trigger, actors, place, target), target, sources(r.get("sources")),
                    r.get("sourceCount").asInt(), actsOn, actedOnBy, storyline));
        }
        if (filter.statementsWanted()) {
            Map<String, Object> statementParams = new HashMap<>(params);
            statementParams.put("statementIds", List.copyOf(statementIds));
            for (Record r : store.read("read/timeline-statements.cypher", statementParams)) {
                String speaker = r.get("speaker").asString(null);
                String text = r.get("text").asString(null);
                List<String> about = r.get("about").asList(Value::asString);
                String storyline = about.stream().map(headlines::get).filter(h -> h != null).findFirst().orElse(speaker);
                out.add(new TimelineEntry("statement", r.get("id").asString(), null, null, null,
                        r.get("date").asString(null), r.get("datePrecision").asString(null), null, null, null, speaker,
                        text, r.get("channel").asString(null), speaker + ": \u201c" + text + "\u201d", null,
                        sources(r.get("sources")), 1, List.of(), List.of(), storyline));
            }
        }
        out.sort(ORDER);
        return filter.limit() > 0 && out.size() > filter.limit() ? List.copyOf(out.subList(0, filter.limit())) : out;
    }

    /** The ids of the actors a name names: the canonical name through its index, else any case or alias. */
    private List<String> actorIds(String name) {
        List<Record> r = store.read("read/actor-ids.cypher", Map.of("name", name));
        if (r.isEmpty()) {
            r = store.read("read/actor-ids-any-case.cypher", Map.of("name", name));
        }
        return r.stream().map(x -> x.get("id").asString()).sorted().toList();
    }

    private void candidates(String query, Map<String, Object> params, Set<String> eventIds, Set<String> statementIds) {
        for (Record r : store.read(query, params)) {
            eventIds.addAll(r.get("eventIds").asList(Value::asString));
            statementIds.addAll(r.get("statementIds").asList(Value::asString));
        }
    }

    private static List<TimelineEntry.ActorRef> actors(Record r) {
        List<TimelineEntry.ActorRef> actors = r.get("actors").asList(v -> new TimelineEntry.ActorRef(
                v.get("name").asString(null), v.get("type").asString(null), v.get("role").asString(null)));
        return actors.stream().sorted(Comparator.comparing((TimelineEntry.ActorRef a) -> !"agent".equals(a.role()))
                .thenComparing(TimelineEntry.ActorRef::name)).toList();
    }

    private static List<TimelineEntry.Link> links(Value v) {
        return v.asList(x -> new TimelineEntry.Link(x.get("relation").asString(), x.get("event").asString())).stream()
                .sorted(Comparator.comparing(TimelineEntry.Link::event)).toList();
    }

    private static List<TimelineEntry.Source> sources(Value v) {
        return v.asList(s -> new TimelineEntry.Source(s.get("article").asString(null), s.get("url").asString(null),
                s.get("sentence").asString(null)));
    }

    static String summary(String type, String trigger, List<TimelineEntry.ActorRef> actors, String place, String target) {
        String names = actors.stream().map(TimelineEntry.ActorRef::name).collect(Collectors.joining(", "));
        StringBuilder b = new StringBuilder(names.isEmpty() ? "(unknown actors)" : names);
        b.append(" \u2014 ").append(type.toLowerCase(java.util.Locale.ROOT));
        if (trigger != null) {
            b.append(" (").append(trigger).append(')');
        }
        if (target != null) {
            b.append(" \u2192 ").append(target);
        }
        if (place != null) {
            b.append(", ").append(place);
        }
        return b.toString();
    }
}
