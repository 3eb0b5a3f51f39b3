package org.chronograph.graph;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.chronograph.model.DatePrecision;
import org.chronograph.model.EventType;
import org.chronograph.model.PartialDate;
import org.neo4j.driver.Record;
import org.neo4j.driver.TransactionContext;
import org.neo4j.driver.Value;
import org.neo4j.driver.types.MapAccessor;

/**
 * Builds one {@code :Event} per real-world event from the {@code :Mention}s articles report, then links acts
 * to the events they act on and derives each event's status.
 *
 * <p>The result depends only on the set of mentions, never on the order articles arrived in, and each write
 * decides again only the bounded blocks it touches (see {@link #merge}): within a block mentions are grouped in a
 * fixed order (most precise date first, then by date, then by id). A mention joins the one group it is compatible with
 * (shares an actor; every date of the group contains its date or is contained in it; same place when both name
 * one); compatible with several, it stays apart rather than guess. An event's id comes from its smallest
 * mention id.
 */
final class EventMerger {

    /** One article's report of an event, as stored, with the event it belongs to now and the dated groups it fits. */
    record Mention(String id, String article, String published, String type, PartialDate date, String status,
                   String place, String trigger, String target, String targetMention, String targetType,
                   List<String> actorIds, List<String> roles, List<String> fits, String eventId,
                   String eventPrecision, String eventDateStart) {

        static Mention of(MapAccessor r) {
            String date = r.get("date").asString(null);
            Value fits = r.get("fits");
            return new Mention(r.get("id").asString(), r.get("article").asString(null),
                    r.get("published").asString(null), r.get("type").asString(),
                    date == null ? null : PartialDate.parse(date), r.get("status").asString(null),
                    r.get("place").asString(null), r.get("trigger").asString(null), r.get("target").asString(null),
                    r.get("targetMention").asString(null), r.get("targetType").asString(null),
                    strings(r.get("actorIds")), strings(r.get("roles")),
                    fits == null || fits.isNull() ? null : fits.asList(Value::asString),
                    r.get("eventId").asString(null), r.get("eventPrecision").asString(null),
                    r.get("eventDateStart").asString(null));
        }

        int precisionRank() {
            return date == null ? 3 : date.precision().ordinal();
        }

        /** Dated to a day or a month: grouped within its calendar month. */
        boolean dated() {
            return date != null && date.precision() != DatePrecision.YEAR;
        }

        /** The block of a dated mention: its type and calendar month. */
        Bucket bucket() {
            return new Bucket(type, YearMonth.from(date.start()));
        }

        /** The block in which an undated or year-dated mention that fits no dated group is grouped; null for none. */
        Leftover leftover() {
            if (date != null) {
                return new Leftover(type, date.value(), null);
            }
            return published == null ? null : new Leftover(type, null, YearMonth.from(LocalDate.parse(published)));
        }

        /**
         * The days whose dated groups an undated or year-dated mention may join: its year; undated, from 62 days
         * before its article to 183 days after (reports of what happened and of what is planned); null for none.
         */
        LocalDate[] window() {
            if (date != null) {
                return new LocalDate[] {date.start(), date.end()};
            }
            if (published == null) {
                return null;
            }
            LocalDate p = LocalDate.parse(published);
            return new LocalDate[] {p.minusDays(BEFORE), p.plusDays(AFTER)};
        }

        boolean near(Bucket b) {
            LocalDate[] w = window();
            return w != null && b.type().equals(type) && !b.month().atDay(1).isAfter(w[1])
                    && !b.month().atEndOfMonth().isBefore(w[0]);
        }

        /** Belongs now to an event with a day or month date (one of whose mentions is dated). */
        boolean inDatedEvent() {
            return "day".equals(eventPrecision) || "month".equals(eventPrecision);
        }

        Bucket eventBucket() {
            return new Bucket(type, YearMonth.from(LocalDate.parse(eventDateStart)));
        }
    }

    /** A block of dated mentions: one event type in one calendar month. */
    record Bucket(String type, YearMonth month) implements Comparable<Bucket> {
        private static final Comparator<Bucket> ORDER = Comparator.comparing(Bucket::type).thenComparing(Bucket::month);

        @Override
        public int compareTo(Bucket o) {
            return ORDER.compare(this, o);
        }
    }

    /** A block of left-over mentions: one event type and a year (dated to it) or a month of publication (undated). */
    record Leftover(String type, String year, YearMonth published) {
    }

    /** A group of one dated block: its key (the smallest id of its dated mentions) and what it holds. */
    private static final class Group {
        final List<Mention> dated;
        final List<Mention> loose = new ArrayList<>();
        final String key;

        Group(List<Mention> dated) {
            this.dated = dated;
            this.key = dated.stream().map(Mention::id).min(Comparator.naturalOrder()).orElseThrow();
        }

        List<Mention> all() {
            List<Mention> out = new ArrayList<>(dated);
            out.addAll(loose);
            return out;
        }
    }

    static final int BEFORE = 62;
    static final int AFTER = 183;
    /** What an act acts on when its reports name no kind of event: a meeting of some sort. */
    private static final List<String> MEETINGS = List.of("MEET", "VISIT", "CALL", "NEGOTIATE");

    private final TransactionContext tx;

    EventMerger(TransactionContext tx) {
        this.tx = tx;
    }

    /**
     * Merges again the blocks the given mentions (just written, changed or removed) belong to, and removes the
     * given former events when no mention is left of them (the events of an article whose text changed).
     *
     * <p>The partition is a function of the stored mentions alone, computed block by block: mentions dated to
     * a day or a month are grouped within their type and calendar month (the dated groups); an undated or
     * year-dated mention joins the one dated group it fits within its window ({@link Mention#window}) — its
     * article's other such mentions fitting only that group too, the smallest id joins — and the rest are
     * grouped within their type and year, or type and month of publication. Which dated groups each of those
     * fits is kept on it ({@code fits}), so a change to one block decides again only the mentions near it.
     *
     * @param articles        the ids of the articles just written, whose mentions belong to no event yet
     * @param changedMentions stored mentions whose actors just changed (a surname resolved)
     * @param formerActors    the actors those mentions named before
     * @param removed         the mentions just removed with an article's old text
     */
    void merge(List<String> articles, Set<String> changedMentions, Set<String> formerActors, List<Mention> removed,
               List<String> formerEvents) {
        Map<String, Mention> fresh = byId(run("merge/mentions.cypher",
                Map.of("articles", articles, "ids", List.copyOf(changedMentions))));
        Set<String> touched = new TreeSet<>(formerEvents);
        fresh.values().stream().map(Mention::eventId).filter(Objects::nonNull).forEach(touched::add);
        List<Mention> touchedMembers = members(touched);
        List<Mention> seeds = new ArrayList<>(fresh.values());
        seeds.addAll(touchedMembers);
        seeds.addAll(removed);
        Set<Bucket> buckets = new TreeSet<>();
        Set<Leftover> leftovers = new HashSet<>();
        for (Mention m : seeds) {
            if (m.dated()) {
                buckets.add(m.bucket());
            } else if (m.leftover() != null) {
                leftovers.add(m.leftover());
            }
        }

        // the dated blocks, grouped again as a whole
        List<Map<String, Object>> asked = new ArrayList<>();
        for (Bucket b : buckets) {
            asked.add(Map.of("type", b.type(), "from", b.month().atDay(1).toString(),
                    "to", b.month().atEndOfMonth().toString()));
        }
        Map<String, Mention> inBlocks = byId(run("merge/bucket-mentions.cypher", Map.of("buckets", asked)));
        Set<String> stale = new HashSet<>(inBlocks.keySet());
        removed.forEach(m -> stale.add(m.id()));
        stale.addAll(changedMentions);
        Map<Bucket, List<Mention>> byBucket = new TreeMap<>();
        inBlocks.values().forEach(m -> byBucket.computeIfAbsent(m.bucket(), k -> new ArrayList<>()).add(m));
        Map<String, Group> blockGroups = new TreeMap<>();
        Map<Bucket, List<Group>> groupsOf = new HashMap<>();
        byBucket.forEach((b, ms) -> {
            for (List<Mention> g : group(ms)) {
                Group x = new Group(g);
                blockGroups.put(x.key, x);
                groupsOf.computeIfAbsent(b, k -> new ArrayList<>()).add(x);
            }
        });

        // the undated and year-dated mentions whose fit may have changed, with their articles' others
        Map<String, Mention> loose = new TreeMap<>();
        fresh.values().stream().filter(m -> !m.dated()).forEach(m -> loose.put(m.id(), m));
        touchedMembers.stream().filter(m -> !m.dated()).forEach(m -> loose.putIfAbsent(m.id(), m));
        Set<String> blockEvents = new TreeSet<>();
        inBlocks.values().stream().map(Mention::eventId).filter(Objects::nonNull).forEach(blockEvents::add);
        members(blockEvents).stream().filter(m -> !m.dated()).forEach(m -> loose.putIfAbsent(m.id(), m));
        List<Map<String, Object>> near = new ArrayList<>();
        for (Bucket b : buckets) {
            Set<String> actors = new TreeSet<>(formerActors);
            byBucket.getOrDefault(b, List.of()).forEach(m -> actors.addAll(m.actorIds()));
            removed.stream().filter(m -> m.dated() && m.bucket().equals(b)).forEach(m -> actors.addAll(m.actorIds()));
            Map<String, Object> n = new HashMap<>();
            n.put("type", b.type());
            n.put("publishedFrom", b.month().atDay(1).minusDays(AFTER).toString());
            n.put("publishedTo", b.month().atEndOfMonth().plusDays(BEFORE).toString());
            n.put("yearStart", b.month().getYear() + "-01-01");
            n.put("actorIds", List.copyOf(actors));
            near.add(n);
        }
        run("merge/loose-near.cypher", Map.of("near", near)).forEach(r -> loose.putIfAbsent(r.get("id").asString(), Mention.of(r)));
        Set<String> articlesOfLoose = new TreeSet<>();
        loose.values().forEach(m -> articlesOfLoose.add(m.article()));
        run("merge/mentions.cypher", Map.of("articles", List.copyOf(articlesOfLoose), "ids", List.of())).stream()
                .map(Mention::of).filter(m -> !m.dated()).forEach(m -> loose.putIfAbsent(m.id(), m));

        // which dated groups each fits: kept ones still valid, those of the blocks just grouped decided again
        Map<String, Set<String>> fits = new TreeMap<>();
        Map<String, String> eventOfKey = new HashMap<>();
        List<Map<String, Object>> unknown = new ArrayList<>();
        for (Mention l : loose.values()) {
            Set<String> f = new TreeSet<>();
            for (Bucket b : buckets) {
                if (l.near(b)) {
                    groupsOf.getOrDefault(b, List.of()).stream().filter(g -> compatible(l, g.dated)).forEach(g -> f.add(g.key));
                }
            }
            if (l.fits() != null && !fresh.containsKey(l.id())) {
                l.fits().stream().filter(k -> !stale.contains(k)).forEach(f::add);
            } else if (l.window() != null) {
                LocalDate[] w = l.window();
                unknown.add(Map.of("id", l.id(), "type", l.type(), "from", w[0].withDayOfMonth(1).toString(),
                        "to", w[1].toString(), "actorIds", l.actorIds()));
            }
            fits.put(l.id(), f);
        }
        if (!unknown.isEmpty()) {
            Map<String, List<String>> candidates = new HashMap<>();
            for (Record r : run("merge/dated-near.cypher", Map.of("loose", unknown))) {
                candidates.computeIfAbsent(r.get("loose").asString(), k -> new ArrayList<>()).add(r.get("event").asString());
            }
            Set<String> events = new TreeSet<>();
            candidates.values().forEach(events::addAll);
            Map<String, List<Mention>> datedOf = new HashMap<>();
            for (Mention m : members(events)) {
                if (m.dated() && !buckets.contains(m.bucket())) {
                    datedOf.computeIfAbsent(m.eventId(), k -> new ArrayList<>()).add(m);
                }
            }
            candidates.forEach((id, es) -> {
                Mention l = loose.get(id);
                for (String e : es) {
                    List<Mention> dated = datedOf.get(e);
                    if (dated != null && l.near(dated.get(0).bucket()) && compatible(l, dated)) {
                        Group g = new Group(dated);
                        fits.get(id).add(g.key);
                        eventOfKey.put(g.key, e);
                    }
                }
            });
        }

        // the one group each joins: it fits only that one, and no smaller mention of its article fits only it
        Map<String, String> joins = new HashMap<>();
        Map<String, String> claimed = new HashMap<>(); // article + key -> the smallest mention fitting only it
        for (Mention l : loose.values()) { // in id order
            Set<String> f = fits.get(l.id());
            if (f.size() == 1) {
                String k = f.iterator().next();
                if (claimed.putIfAbsent(l.article() + "\u0000" + k, l.id()) == null) {
                    joins.put(l.id(), k);
                }
            }
        }

        // the dated groups outside the blocks that gain or lose one of them
        Set<String> outside = new TreeSet<>();
        Set<String> keysToFind = new TreeSet<>();
        for (Mention l : loose.values()) {
            String k = joins.get(l.id());
            if (k != null && !blockGroups.containsKey(k)) {
                if (eventOfKey.containsKey(k)) {
                    outside.add(eventOfKey.get(k));
                } else {
                    keysToFind.add(k);
                }
            }
            if (l.eventId() != null && l.inDatedEvent() && !buckets.contains(l.eventBucket())) {
                outside.add(l.eventId());
            }
        }
        if (!keysToFind.isEmpty()) {
            run("merge/mentions.cypher", Map.of("articles", List.of(), "ids", List.copyOf(keysToFind)))
                    .forEach(r -> outside.add(r.get("eventId").asString()));
        }
        Map<String, List<Mention>> outsideMembers = new TreeMap<>();
        members(outside).forEach(m -> outsideMembers.computeIfAbsent(m.eventId(), k -> new ArrayList<>()).add(m));
        Map<String, Group> outsideGroups = new TreeMap<>();
        outsideMembers.forEach((e, ms) -> {
            Group g = new Group(ms.stream().filter(Mention::dated).toList());
            ms.stream().filter(m -> !m.dated() && !loose.containsKey(m.id())).forEach(g.loose::add);
            outsideGroups.put(g.key, g);
        });
        for (Mention l : loose.values()) {
            String k = joins.get(l.id());
            if (k != null) {
                Group g = blockGroups.containsKey(k) ? blockGroups.get(k) : outsideGroups.get(k);
                if (g == null) {
                    throw new IllegalStateException("no dated group with key " + k + " for mention " + l.id());
                }
                g.loose.add(l);
            }
        }

        // the rest, grouped within their own blocks
        for (Mention l : loose.values()) {
            if (!joins.containsKey(l.id()) || l.eventId() != null && !l.inDatedEvent()) {
                if (l.leftover() != null) {
                    leftovers.add(l.leftover());
                }
            }
        }
        List<Map<String, Object>> left = new ArrayList<>();
        for (Leftover b : leftovers) {
            Map<String, Object> x = new HashMap<>();
            x.put("type", b.type());
            x.put("yearStart", b.year() == null ? null : b.year() + "-01-01");
            x.put("publishedFrom", b.published() == null ? null : b.published().atDay(1).toString());
            x.put("publishedTo", b.published() == null ? null : b.published().atEndOfMonth().toString());
            left.add(x);
        }
        Map<Leftover, List<Mention>> leftBy = new HashMap<>();
        List<List<Mention>> groups = new ArrayList<>();
        for (Record r : run("merge/leftover-mentions.cypher", Map.of("buckets", left))) {
            Mention m = Mention.of(r);
            boolean isLeft = loose.containsKey(m.id()) ? !joins.containsKey(m.id()) : !m.inDatedEvent();
            if (isLeft) {
                leftBy.computeIfAbsent(m.leftover(), k -> new ArrayList<>()).add(loose.getOrDefault(m.id(), m));
            }
        }
        leftBy.values().forEach(ms -> groups.addAll(group(ms)));
        loose.values().stream().filter(l -> !joins.containsKey(l.id()) && l.leftover() == null)
                .forEach(l -> groups.add(List.of(l)));
        blockGroups.values().forEach(g -> groups.add(g.all()));
        outsideGroups.values().forEach(g -> groups.add(g.all()));

        // write the groups that changed
        List<Map<String, Object>> built = new ArrayList<>();
        groups.forEach(g -> built.add(event(g)));
        Map<String, Set<String>> membersOf = new HashMap<>();
        for (Record r : run("merge/membership.cypher",
                Map.of("eventIds", built.stream().map(e -> (String) e.get("id")).toList()))) {
            membersOf.put(r.get("id").asString(), new HashSet<>(strings(r.get("mentionIds"))));
        }
        Map<String, Mention> known = new HashMap<>(inBlocks);
        known.putAll(loose);
        outsideMembers.values().forEach(ms -> ms.forEach(m -> known.putIfAbsent(m.id(), m)));
        leftBy.values().forEach(ms -> ms.forEach(m -> known.putIfAbsent(m.id(), m)));
        List<Map<String, Object>> events = new ArrayList<>();
        List<String> changed = new ArrayList<>();
        Set<String> deleted = new TreeSet<>(formerEvents);
        Set<String> former = new HashSet<>(formerEvents);
        for (int i = 0; i < groups.size(); i++) {
            Map<String, Object> e = built.get(i);
            Set<String> ids = new HashSet<>();
            groups.get(i).forEach(m -> ids.add(m.id()));
            // an event made of exactly the mentions it has now is left as it is (its properties derive from
            // them alone), unless one of its mentions was just removed with an article's old text
            if (!former.contains((String) e.get("id")) && ids.equals(membersOf.get((String) e.get("id")))) {
                continue;
            }
            events.add(e);
            changed.addAll(ids);
            ids.forEach(id -> {
                Mention m = known.get(id);
                if (m != null && m.eventId() != null) {
                    deleted.add(m.eventId());
                }
            });
        }
        Set<String> relink = new TreeSet<>();
        Set<String> settle = new TreeSet<>();
        for (Record r : run("merge/links-around.cypher", Map.of("eventIds", List.copyOf(deleted)))) {
            relink.addAll(strings(r.get("acts")));
            settle.addAll(strings(r.get("targets")));
        }
        run("merge/delete-events.cypher", Map.of("mentionIds", changed, "eventIds", formerEvents));
        run("merge/events.cypher", Map.of("events", events));
        List<Map<String, Object>> newFits = new ArrayList<>();
        fits.forEach((id, f) -> {
            List<String> stored = loose.get(id).fits();
            if (stored == null || !new TreeSet<>(stored).equals(f)) {
                newFits.add(Map.of("id", id, "fits", List.copyOf(f)));
            }
        });
        run("merge/set-fits.cypher", Map.of("fits", newFits));

        // acts and statuses, around what was written
        List<Map<String, Object>> around = new ArrayList<>();
        Map<String, Map<String, Object>> written = new HashMap<>();
        for (Map<String, Object> e : events) {
            String id = (String) e.get("id");
            settle.add(id);
            if (EventType.valueOf((String) e.get("type")).actsOnEvent()) {
                relink.add(id);
            } else if (e.get("time") != null) {
                @SuppressWarnings("unchecked")
                List<Map<String, Object>> ps = (List<Map<String, Object>>) e.get("participants");
                around.add(Map.of("id", id, "time", e.get("time"), "actorIds", ps.stream().map(p -> p.get("actorId")).toList()));
                written.put(id, e);
            }
        }
        // an act near a written event is linked again only when that event would now be its best target
        if (!around.isEmpty()) {
            for (Record r : run("merge/acts-near.cypher", Map.of("events", around, "actTypes", EventType.actTypeNames()))) {
                String act = r.get("id").asString();
                if (relink.contains(act)) {
                    continue;
                }
                Map<String, Object> w = written.get(r.get("event").asString());
                if (!targetTypes(strings(r.get("targetTypes"))).contains((String) w.get("type"))) {
                    continue;
                }
                String current = r.get("current").asString(null);
                if (current == null || deleted.contains(current)) {
                    relink.add(act);
                    continue;
                }
                List<String> actActors = strings(r.get("actorIds"));
                List<String> named = strings(r.get("targetMentions"));
                String actDate = r.get("dateStart").asString(null);
                @SuppressWarnings("unchecked")
                List<Map<String, Object>> ps = (List<Map<String, Object>>) w.get("participants");
                @SuppressWarnings("unchecked")
                List<String> wMentions = (List<String>) w.get("mentionIds");
                long now = score(actActors, named, actDate, strings(r.get("currentActors")),
                        strings(r.get("currentMentions")), r.get("currentDate").asString(null));
                long then = score(actActors, named, actDate, ps.stream().map(p -> (String) p.get("actorId")).toList(),
                        wMentions, (String) w.get("dateStart"));
                if (then > now || then == now && ((String) w.get("id")).compareTo(current) < 0) {
                    relink.add(act);
                }
            }
        }
        settle.addAll(link(relink));
        settleStatuses(settle);
        run("merge/about.cypher", Map.of("mentionIds", changed));
    }

    private List<Mention> members(Set<String> eventIds) {
        if (eventIds.isEmpty()) {
            return List.of();
        }
        return run("merge/members.cypher", Map.of("eventIds", List.copyOf(eventIds))).stream().map(Mention::of).toList();
    }

    private static Map<String, Mention> byId(List<Record> rows) {
        Map<String, Mention> out = new TreeMap<>();
        rows.forEach(r -> out.put(r.get("id").asString(), Mention.of(r)));
        return out;
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
        // when it happened, else when it was first reported: what acts are matched by (within a year)
        e.put("time", date != null ? date.start().toString() : byTime.get(0).published());
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
    private Set<String> link(Set<String> actIds) {
        Set<String> targets = new TreeSet<>();
        if (actIds.isEmpty()) {
            return targets;
        }
        List<Record> acts = run("merge/acts.cypher", Map.of("ids", List.copyOf(actIds), "actTypes", EventType.actTypeNames()));
        // the candidates of every act, in one query
        List<Map<String, Object>> asked = new ArrayList<>();
        for (Record act : acts) {
            targets.addAll(strings(act.get("targets")));
            Map<String, Object> a = new HashMap<>();
            a.put("id", act.get("id").asString());
            a.put("time", act.get("time").asString(null));
            a.put("actorIds", strings(act.get("actorIds")));
            a.put("mentionIds", strings(act.get("targetMentions")));
            a.put("types", targetTypes(strings(act.get("targetTypes"))));
            asked.add(a);
        }
        Map<String, List<Record>> candidates = new HashMap<>();
        if (!asked.isEmpty()) {
            for (Record t : run("merge/targets.cypher", Map.of("acts", asked))) {
                candidates.computeIfAbsent(t.get("act").asString(), k -> new ArrayList<>()).add(t);
            }
        }
        List<String> linked = new ArrayList<>();
        List<Map<String, Object>> links = new ArrayList<>();
        for (Record act : acts) {
            String id = act.get("id").asString();
            linked.add(id);
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
                long score = score(actActors, targetMentions, actDate, strings(t.get("actorIds")),
                        strings(t.get("mentionIds")), t.get("dateStart").asString(null));
                if (score > bestScore || score == bestScore && tid.compareTo(best.get("id").asString()) < 0) {
                    best = t;
                    bestScore = score;
                }
            }
            if (best != null) {
                targets.add(best.get("id").asString());
                links.add(Map.of("from", id, "to", best.get("id").asString(),
                        "type", relation(act.get("type").asString(), strings(act.get("triggers")))));
            }
        }
        run("merge/links.cypher", Map.of("acts", linked, "links", links));
        return targets;
    }

    /** The kinds of event an act may act on: those its reports name, else a meeting of some sort. */
    private static List<String> targetTypes(List<String> named) {
        return named.isEmpty() ? MEETINGS : named;
    }

    /** How well a target fits an act: the mention its article named, then shared actors, ahead, then nearness. */
    static long score(List<String> actActors, List<String> targetMentions, String actDate, List<String> tActors,
                      List<String> tMentions, String tDate) {
        long named = tMentions.stream().filter(targetMentions::contains).count();
        long shared = tActors.stream().filter(actActors::contains).count();
        boolean ahead = actDate == null || tDate == null || tDate.compareTo(actDate) >= 0;
        long distance = actDate == null || tDate == null ? 100_000
                : Math.abs(LocalDate.parse(tDate).toEpochDay() - LocalDate.parse(actDate).toEpochDay());
        return named * 1_000_000_000L + shared * 10_000_000L + (ahead ? 1_000_000L : 0) - Math.min(distance, 999_999);
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
    private void settleStatuses(Set<String> eventIds) {
        List<Map<String, Object>> statuses = new ArrayList<>();
        for (Record r : run("merge/states.cypher", Map.of("ids", List.copyOf(eventIds)))) {
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
}
