package org.chronograph.graph;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.chronograph.model.EventType;
import org.chronograph.model.PartialDate;
import org.neo4j.driver.Record;
import org.neo4j.driver.TransactionContext;
import org.neo4j.driver.Value;

/**
 * Builds one {@code :Event} per real-world event from the {@code :Mention}s articles report, then links acts
 * to the events they act on and derives each event's status.
 *
 * <p>The result depends only on the set of mentions, never on the order articles arrived in: the mentions that
 * could belong together (same type, sharing actors, transitively) are grouped again as a whole, in a fixed order
 * (most precise date first, then by date, then by id). A mention joins the one group it is compatible with
 * (shares an actor; every date of the group contains its date or is contained in it; same place when both name
 * one); compatible with several, it stays apart rather than guess. An event's id comes from its smallest
 * mention id.
 */
final class EventMerger {

    /** One article's report of an event, as stored. */
    record Mention(String id, String article, String published, String type, PartialDate date, String status,
                   String place, String trigger, String target, String targetMention, String targetType,
                   List<String> actorIds, List<String> roles) {

        static Mention of(Record r) {
            String date = r.get("date").asString(null);
            return new Mention(r.get("id").asString(), r.get("article").asString(null),
                    r.get("published").asString(null), r.get("type").asString(),
                    date == null ? null : PartialDate.parse(date), r.get("status").asString(null),
                    r.get("place").asString(null), r.get("trigger").asString(null), r.get("target").asString(null),
                    r.get("targetMention").asString(null), r.get("targetType").asString(null),
                    strings(r.get("actorIds")), strings(r.get("roles")));
        }

        int precisionRank() {
            return date == null ? 3 : date.precision().ordinal();
        }
    }

    private final TransactionContext tx;

    EventMerger(TransactionContext tx) {
        this.tx = tx;
    }

    /**
     * Merges again every event that the given mentions (new, or just removed) could take part in, and removes
     * the given former events when no mention is left of them (the events of an article whose text changed).
     *
     * @param seeds    event type → ids of the actors named by the mentions of that type
     * @param articles the ids of the articles just written, whose mentions belong to no event yet
     */
    void merge(Map<String, Set<String>> seeds, List<String> formerEvents, List<String> articles) {
        // the closure: mentions of each type sharing an actor with the seed, with those sharing one with them ...
        Map<String, Set<String>> actorsOf = new TreeMap<>();
        seeds.forEach((type, ids) -> actorsOf.put(type, new HashSet<>(ids)));
        Map<String, Mention> all = new TreeMap<>();
        Map<String, Set<String>> membersOf = new HashMap<>(); // stored event id -> its mentions' ids
        int before = -1;
        while (all.size() != before) {
            before = all.size();
            List<Map<String, Object>> query = new ArrayList<>();
            actorsOf.forEach((type, ids) -> query.add(Map.of("type", type, "actorIds", List.copyOf(ids))));
            for (Record r : run("merge/mentions-of.cypher", Map.of("seeds", query, "articles", articles))) {
                Mention m = Mention.of(r);
                all.put(m.id(), m);
                actorsOf.get(m.type()).addAll(m.actorIds());
                String event = r.get("eventId").asString(null);
                if (event != null) {
                    membersOf.computeIfAbsent(event, k -> new HashSet<>()).add(m.id());
                }
            }
        }
        Set<String> touchedActors = new HashSet<>();
        actorsOf.values().forEach(touchedActors::addAll);
        Map<String, List<Mention>> byType = new TreeMap<>();
        all.values().forEach(m -> byType.computeIfAbsent(m.type(), k -> new ArrayList<>()).add(m));
        List<Map<String, Object>> events = new ArrayList<>();
        List<String> changed = new ArrayList<>();
        Set<String> former = new HashSet<>(formerEvents);
        for (List<Mention> ms : byType.values()) {
            for (List<Mention> group : group(ms)) {
                Map<String, Object> e = event(group);
                Set<String> ids = new HashSet<>();
                group.forEach(m -> ids.add(m.id()));
                // an event made of exactly the mentions it has now is left as it is (its properties derive from
                // them alone), unless one of its mentions was just removed with an article's old text
                if (!former.contains((String) e.get("id")) && ids.equals(membersOf.get((String) e.get("id")))) {
                    continue;
                }
                events.add(e);
                changed.addAll(ids);
            }
        }
        run("merge/delete-events.cypher", Map.of("mentionIds", changed, "eventIds", formerEvents));
        run("merge/events.cypher", Map.of("events", events));
        link(touchedActors);
        settleStatuses(touchedActors);
        run("merge/about.cypher", Map.of("mentionIds", changed));
    }

    // ---------------------------------------------------------------- grouping

    static List<List<Mention>> group(List<Mention> mentions) {
        List<Mention> ordered = new ArrayList<>(mentions);
        ordered.sort(Comparator.comparingInt(Mention::precisionRank)
                .thenComparing(m -> m.date() == null ? "" : m.date().value())
                .thenComparing(Mention::id));
        List<List<Mention>> groups = new ArrayList<>();
        // a mention can only fit a group that shares an actor with it: only those are checked
        Map<String, Set<Integer>> groupsOf = new HashMap<>();
        for (Mention m : ordered) {
            Set<Integer> candidates = new java.util.TreeSet<>();
            m.actorIds().forEach(a -> candidates.addAll(groupsOf.getOrDefault(a, Set.of())));
            List<Integer> fits = candidates.stream().filter(i -> compatible(m, groups.get(i))).toList();
            int target;
            if (fits.size() == 1) {
                target = fits.get(0);
                groups.get(target).add(m);
            } else {
                List<Mention> g = new ArrayList<>();
                g.add(m);
                groups.add(g);
                target = groups.size() - 1;
            }
            for (String a : m.actorIds()) {
                groupsOf.computeIfAbsent(a, k -> new HashSet<>()).add(target);
            }
        }
        return groups;
    }

    static boolean compatible(Mention m, List<Mention> group) {
        boolean sharesActor = false;
        for (Mention x : group) {
            if (!x.type().equals(m.type())) {
                return false;
            }
            // the extractor already merged one article's reports of one event: two mentions of one article are
            // two events ("Obama met Putin; Putin then met Poroshenko and Merkel", same day, same place)
            if (m.article() != null && m.article().equals(x.article())) {
                return false;
            }
            sharesActor |= x.actorIds().stream().anyMatch(m.actorIds()::contains);
            if (m.date() != null && x.date() != null && !m.date().contains(x.date()) && !x.date().contains(m.date())) {
                return false;
            }
            if (m.place() != null && x.place() != null && !m.place().equalsIgnoreCase(x.place())) {
                return false;
            }
            if (m.targetType() != null && x.targetType() != null && !m.targetType().equals(x.targetType())) {
                return false;
            }
        }
        return sharesActor;
    }

    private static Map<String, Object> event(List<Mention> group) {
        List<Mention> byTime = new ArrayList<>(group);
        byTime.sort(Comparator.comparing((Mention m) -> m.published() == null ? "9999" : m.published())
                .thenComparing(Mention::id));
        String smallest = group.stream().map(Mention::id).sorted().findFirst().orElseThrow();
        EventType type = EventType.valueOf(group.get(0).type());
        // the most precise date the reports give, the most frequent among those
        int finest = group.stream().mapToInt(Mention::precisionRank).min().orElse(3);
        String dateValue = mostCommon(group.stream().filter(m -> m.date() != null && m.precisionRank() == finest)
                .map(m -> m.date().value()).toList());
        PartialDate date = dateValue == null ? null : PartialDate.parse(dateValue);
        Map<String, String> roles = new TreeMap<>();
        for (Mention m : group) {
            for (int i = 0; i < m.actorIds().size(); i++) {
                String role = i < m.roles().size() ? m.roles().get(i) : "partner";
                roles.merge(m.actorIds().get(i), role, (a, b) -> a.equals("agent") || b.equals("agent") ? "agent" : a);
            }
        }
        List<Map<String, Object>> participants = new ArrayList<>();
        roles.forEach((id, role) -> participants.add(Map.of("actorId", id, "role", role)));
        Map<String, Object> e = new HashMap<>();
        e.put("id", "event:" + smallest.substring(smallest.indexOf(':') + 1));
        e.put("type", type.name());
        e.put("cameo", type.cameo());
        e.put("plover", type.plover());
        e.put("date", date == null ? null : date.value());
        e.put("datePrecision", date == null ? null : date.precision().name().toLowerCase(Locale.ROOT));
        e.put("dateStart", date == null ? null : date.start().toString());
        e.put("dateEnd", date == null ? null : date.end().toString());
        e.put("status", firstStatus(group));
        e.put("place", mostCommon(group.stream().map(Mention::place).filter(p -> p != null).toList()));
        e.put("trigger", byTime.get(0).trigger());
        e.put("target", !type.actsOnEvent() ? null
                : byTime.stream().map(Mention::target).filter(t -> t != null).findFirst().orElse(null));
        e.put("sources", group.stream().map(Mention::article).distinct().count());
        e.put("mentionIds", group.stream().map(Mention::id).sorted().toList());
        e.put("participants", participants);
        return e;
    }

    /** The status the mentions give before acts are counted: happened wins, then planned, cancelled, hypothetical. */
    private static String firstStatus(List<Mention> group) {
        for (String s : List.of("happened", "planned", "cancelled", "hypothetical")) {
            if (group.stream().anyMatch(m -> s.equals(m.status()))) {
                return s;
            }
        }
        return "happened";
    }

    /** The most frequent value, the smallest among equals; null for none. */
    private static String mostCommon(List<String> values) {
        Map<String, Integer> counts = new TreeMap<>();
        values.forEach(v -> counts.merge(v, 1, Integer::sum));
        return counts.entrySet().stream().max(Map.Entry.<String, Integer>comparingByValue()
                .thenComparing(Map.Entry.comparingByKey(Comparator.reverseOrder())))
                .map(Map.Entry::getKey).orElse(null);
    }

    // ---------------------------------------------------------------- lifecycle

    /**
     * Links each act with a participant among the actors to the event it acts on: the event of the mention its
     * article named, else the event of the named kind (a meeting when unnamed) that shares most participants
     * with it, preferring one not yet past at the act's date, then the nearest in time, then the smallest id.
     */
    private void link(Set<String> actors) {
        List<Record> acts = run("merge/acts.cypher", Map.of("actorIds", List.copyOf(actors)));
        // the candidates of every act, in one query
        List<Map<String, Object>> asked = new ArrayList<>();
        for (Record act : acts) {
            List<String> types = strings(act.get("targetTypes"));
            asked.add(Map.of("id", act.get("id").asString(), "actorIds", strings(act.get("actorIds")),
                    "mentionIds", strings(act.get("targetMentions")),
                    "types", types.isEmpty() ? List.of("MEET", "VISIT", "CALL", "NEGOTIATE") : types));
        }
        Map<String, List<Record>> candidates = new HashMap<>();
        if (!asked.isEmpty()) {
            for (Record t : run("merge/targets.cypher", Map.of("acts", asked))) {
                candidates.computeIfAbsent(t.get("act").asString(), k -> new ArrayList<>()).add(t);
            }
        }
        List<String> actIds = new ArrayList<>();
        List<Map<String, Object>> links = new ArrayList<>();
        for (Record act : acts) {
            String id = act.get("id").asString();
            actIds.add(id);
            List<String> actActors = strings(act.get("actorIds"));
            List<String> targetMentions = strings(act.get("targetMentions"));
            String actDate = act.get("dateStart").asString(null);
            Record best = null;
            long bestScore = Long.MIN_VALUE;
            for (Record t : candidates.getOrDefault(id, List.of())) {
                String tid = t.get("id").asString();
                if (tid.equals(id) || EventType.valueOf(t.get("type").asString()).actsOnEvent()) {
                    continue;
                }
                long named = strings(t.get("mentionIds")).stream().filter(targetMentions::contains).count();
                long shared = strings(t.get("actorIds")).stream().filter(actActors::contains).count();
                String tDate = t.get("dateStart").asString(null);
                boolean ahead = actDate == null || tDate == null || tDate.compareTo(actDate) >= 0;
                long distance = actDate == null || tDate == null ? 100_000
                        : Math.abs(java.time.LocalDate.parse(tDate).toEpochDay() - java.time.LocalDate.parse(actDate).toEpochDay());
                long score = named * 1_000_000_000L + shared * 10_000_000L + (ahead ? 1_000_000L : 0) - Math.min(distance, 999_999);
                if (score > bestScore || score == bestScore && tid.compareTo(best.get("id").asString()) < 0) {
                    best = t;
                    bestScore = score;
                }
            }
            if (best != null) {
                links.add(Map.of("from", id, "to", best.get("id").asString(),
                        "type", relation(act.get("type").asString(), strings(act.get("triggers")))));
            }
        }
        run("merge/links.cypher", Map.of("acts", actIds, "links", links));
    }

    private static String relation(String actType, List<String> triggers) {
        return switch (actType) {
            case "CANCEL" -> triggers.stream().anyMatch(t -> t.toLowerCase(Locale.ROOT).matches(".*(postpon|delay|defer).*"))
                    ? "POSTPONES" : "CANCELS";
            case "REVIVE" -> "REVIVES";
            case "PLAN" -> "PLANS";
            default -> "WITHDRAWS";
        };
    }

    /**
     * The status an event is left in: happened when any report says it happened; else the last act on it (by
     * date, then id) decides — called off or postponed: cancelled, revived or planned: planned; else what the
     * reports say.
     */
    private void settleStatuses(Set<String> actors) {
        List<Map<String, Object>> statuses = new ArrayList<>();
        for (Record r : run("merge/states.cypher", Map.of("actorIds", List.copyOf(actors)))) {
            List<String> reported = strings(r.get("statuses"));
            String status = null;
            if (reported.contains("happened")) {
                status = "happened";
            } else {
                List<Value> acts = new ArrayList<>(r.get("acts").asList(v -> v));
                acts.sort(Comparator.comparing((Value v) -> v.get("date").asString("0000"))
                        .thenComparing(v -> v.get("id").asString()));
                if (!acts.isEmpty()) {
                    String last = acts.get(acts.size() - 1).get("type").asString();
                    status = last.equals("CANCELS") || last.equals("POSTPONES") ? "cancelled" : "planned";
                }
            }
            if (status == null) {
                for (String s : List.of("planned", "cancelled", "hypothetical")) {
                    if (status == null && reported.contains(s)) {
                        status = s;
                    }
                }
            }
            if (status != null) {
                statuses.add(Map.of("id", r.get("id").asString(), "status", status));
            }
        }
        run("merge/set-status.cypher", Map.of("statuses", statuses));
    }

    // ---------------------------------------------------------------- helpers

    private List<Record> run(String file, Map<String, Object> params) {
        return Cypher.run(tx, file, params);
    }

    private static List<String> strings(Value v) {
        return v == null || v.isNull() ? List.of() : v.asList(Value::asString);
    }

    /** Seeds for {@link #merge}: event type → actor ids, from mention records of one article. */
    static Map<String, Set<String>> seeds(List<Map<String, Object>> mentions) {
        Map<String, Set<String>> out = new LinkedHashMap<>();
        for (Map<String, Object> m : mentions) {
            @SuppressWarnings("unchecked")
            List<String> ids = (List<String>) m.get("actorIds");
            out.computeIfAbsent((String) m.get("type"), k -> new LinkedHashSet<>()).addAll(ids);
        }
        return out;
    }
}
