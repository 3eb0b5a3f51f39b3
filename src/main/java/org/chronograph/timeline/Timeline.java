package org.chronograph.timeline;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.chronograph.graph.GraphStore;
import org.neo4j.driver.Record;
import org.neo4j.driver.Value;

/** Reads the timeline from the graph: events and statements, oldest first, undated ones last. */
public final class Timeline {

    private static final Comparator<TimelineEntry> ORDER = Comparator
            .comparing((TimelineEntry e) -> e.date() == null ? "9999" : e.date().length() == 10 ? e.date()
                    : e.date().length() == 7 ? e.date() + "-00" : e.date() + "-00-00")
            .thenComparing(e -> e.kind().equals("event") ? 0 : 1)
            .thenComparing(TimelineEntry::id);

    private final GraphStore store;

    public Timeline(GraphStore store) {
        this.store = store;
    }

    public List<TimelineEntry> entries(TimelineFilter filter) {
        Map<String, Object> params = new HashMap<>();
        params.put("actors", filter.actors());
        params.put("from", filter.from() == null ? null : filter.from().toString());
        params.put("to", filter.to() == null ? null : filter.to().toString());
        List<TimelineEntry> out = new ArrayList<>();
        for (Record r : store.read("read/timeline-events.cypher", params)) {
            List<TimelineEntry.ActorRef> actors = r.get("actors").asList(v -> new TimelineEntry.ActorRef(
                    v.get("name").asString(null), v.get("type").asString(null), v.get("role").asString(null)));
            actors = actors.stream().sorted(Comparator.comparing((TimelineEntry.ActorRef a) -> !"agent".equals(a.role()))
                    .thenComparing(TimelineEntry.ActorRef::name)).toList();
            String type = r.get("type").asString();
            String trigger = r.get("trigger").asString(null);
            String place = r.get("place").asString(null);
            String target = r.get("target").asString(null);
            out.add(new TimelineEntry("event", r.get("id").asString(), type, r.get("cameo").asString(null),
                    r.get("plover").asString(null), r.get("date").asString(null), r.get("datePrecision").asString(null),
                    r.get("status").asString(null), actors, place, null, null, null,
                    summary(type, trigger, actors, place, target), target, sources(r.get("sources"))));
        }
        for (Record r : store.read("read/timeline-statements.cypher", params)) {
            String speaker = r.get("speaker").asString(null);
            String text = r.get("text").asString(null);
            out.add(new TimelineEntry("statement", r.get("id").asString(), null, null, null,
                    r.get("date").asString(null), r.get("datePrecision").asString(null), null, null, null, speaker,
                    text, r.get("channel").asString(null), speaker + ": \u201c" + text + "\u201d", null,
                    sources(r.get("sources"))));
        }
        out.sort(ORDER);
        return out;
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
