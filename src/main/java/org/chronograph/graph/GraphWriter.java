package org.chronograph.graph;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.LinkedHashSet;
import java.util.Set;
import org.chronograph.model.Actor;
import org.chronograph.model.ActorType;
import org.chronograph.model.Article;
import org.chronograph.model.Event;
import org.chronograph.model.EventType;
import org.chronograph.model.Names;
import org.chronograph.model.Extraction;
import org.chronograph.model.PartialDate;
import org.chronograph.model.Participant;
import org.chronograph.model.Sentence;
import org.chronograph.model.Statement;
import org.neo4j.driver.Session;
import org.neo4j.driver.TransactionContext;

/**
 * Writes one article's extraction in one transaction function (retried by the driver on transient errors,
 * so every write is an idempotent MERGE), then merges its event mentions with other articles' into one event
 * per real-world event ({@link EventMerger}). An article whose content hash is already stored is left alone;
 * one whose text changed has its old sentences, mentions and statements removed first, and the events they
 * were part of are merged again.
 */
public final class GraphWriter {

    /** What a write did. */
    public enum Outcome { WRITTEN, UPDATED, UNCHANGED }

    private final GraphStore store;

    public GraphWriter(GraphStore store) {
        this.store = store;
    }

    /** The stored articles (id → content hash) that have one of these articles' ids or hashes. */
    public Map<String, String> stored(List<Article> articles) {
        Map<String, String> out = new HashMap<>();
        for (var r : store.read("read/stored-articles.cypher", Map.of(
                "ids", articles.stream().map(Article::id).toList(),
                "hashes", articles.stream().map(Article::sha256).toList()))) {
            out.put(r.get("id").asString(), r.get("sha256").asString(null));
        }
        return out;
    }

    public Outcome write(Extraction x) {
        return write(List.of(x)).get(0);
    }

    /**
     * Writes several articles' extractions in one transaction (one set of UNWIND queries and one event merge for
     * all of them): all or nothing. Article ids must be distinct.
     *
     * @return what was done with each, in the order given
     */
    public List<Outcome> write(List<Extraction> xs) {
        Set<String> ids = new LinkedHashSet<>();
        for (Extraction x : xs) {
            if (!ids.add(x.article().id())) {
                throw new IllegalArgumentException("article id " + x.article().id() + " twice in one write batch");
            }
        }
        try (Session session = store.driver().session()) {
            return session.executeWrite(tx -> write(tx, xs));
        }
    }

    private static List<Outcome> write(TransactionContext tx, List<Extraction> xs) {
        Cypher.run(tx, "write/lock.cypher", Map.of());
        Map<String, String> stored = new HashMap<>();
        for (var r : Cypher.run(tx, "write/article-hashes.cypher", Map.of("ids", xs.stream().map(x -> x.article().id()).toList()))) {
            stored.put(r.get("id").asString(), r.get("sha256").asString(null));
        }
        List<Outcome> outcomes = new ArrayList<>();
        List<Extraction> changed = new ArrayList<>();
        List<String> replaced = new ArrayList<>();
        Map<String, String> sha = new HashMap<>();
        for (Extraction x : xs) {
            String id = x.article().id();
            sha.put(id, x.article().sha256());
            if (!stored.containsKey(id)) {
                outcomes.add(Outcome.WRITTEN);
                changed.add(x);
            } else if (sha.get(id).equals(stored.get(id))) {
                outcomes.add(Outcome.UNCHANGED);
            } else {
                outcomes.add(Outcome.UPDATED);
                changed.add(x);
                replaced.add(id);
            }
        }
        if (changed.isEmpty()) {
            return outcomes;
        }
        Map<String, Object> p = params(changed, sha);
        List<EventMerger.Mention> removed = new ArrayList<>();
        List<String> formerEvents = new ArrayList<>();
        List<String> formerActors = new ArrayList<>();
        if (!replaced.isEmpty()) {
            // what the old texts reported must be merged again without them
            for (var r : Cypher.run(tx, "write/article-mentions.cypher", Map.of("ids", replaced))) {
                removed.add(EventMerger.Mention.of(r));
                formerEvents.addAll(r.get("eventIds").asList(org.neo4j.driver.Value::asString));
            }
            for (var r : Cypher.run(tx, "write/former-actors.cypher", Map.of("ids", replaced))) {
                formerActors.add(r.get("actorId").asString());
            }
            Cypher.run(tx, "write/delete-article-evidence.cypher", Map.of("ids", replaced));
        }
        Cypher.run(tx, "write/article.cypher", Map.of("articles", p.get("articles")));
        Cypher.run(tx, "write/actors.cypher", Map.of("actors", p.get("actors")));
        Cypher.run(tx, "write/affiliations.cypher", Map.of("affiliations", p.get("affiliations")));
        Cypher.run(tx, "write/mentions.cypher", Map.of("mentions", p.get("mentions")));
        Cypher.run(tx, "write/statements.cypher", Map.of("statements", p.get("statements")));
        // a surname-only person is counted as the one full-name person of that surname, decided again per surname
        Set<String> surnames = new java.util.TreeSet<>();
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> actorRows = (List<Map<String, Object>>) p.get("actors");
        for (Map<String, Object> a : actorRows) {
            if ("PERSON".equals(a.get("type"))) {
                surnames.add(Surnames.surname((String) a.get("id")));
            }
        }
        formerActors.stream().filter(id -> id.startsWith("person:")).map(Surnames::surname).forEach(surnames::add);
        Set<String> changedMentions = new java.util.TreeSet<>();
        Set<String> changedFrom = new java.util.TreeSet<>();
        Surnames.resolve(tx, surnames, changedMentions, changedFrom);
        new EventMerger(tx).merge(changed.stream().map(x -> x.article().id()).toList(), changedMentions, changedFrom,
                removed, formerEvents);
        if (!formerActors.isEmpty()) {
            for (int pass = 0; pass < 2; pass++) {
                Cypher.run(tx, "write/delete-orphan-actors.cypher", Map.of("ids", formerActors));
            }
        }
        return outcomes;
    }

    static String sentenceId(Article a, Sentence s) {
        return a.id() + "#s" + s.index();
    }

    private static Map<String, Object> params(List<Extraction> xs, Map<String, String> sha) {
        Map<String, Object> p = new HashMap<>();
        for (String k : List.of("articles", "actors", "affiliations", "mentions", "statements")) {
            p.put(k, new ArrayList<Map<String, Object>>());
        }
        for (Extraction x : xs) {
            for (var e : params(x, sha.get(x.article().id())).entrySet()) {
                @SuppressWarnings("unchecked")
                List<Map<String, Object>> all = (List<Map<String, Object>>) p.get(e.getKey());
                all.addAll(e.getValue());
            }
        }
        return p;
    }

    /** One article's rows for each write query, by parameter name. */
    private static Map<String, List<Map<String, Object>>> params(Extraction x, String sha) {
        Article a = x.article();
        Map<String, Object> article = new HashMap<>();
        article.put("id", a.id());
        article.put("url", a.url());
        article.put("title", a.title());
        article.put("source", a.source());
        article.put("published", a.published() == null ? null : a.published().toString());
        article.put("sha256", sha);
        article.put("text", a.text());

        List<Map<String, Object>> sentences = new ArrayList<>();
        for (Sentence s : x.sentences()) {
            sentences.add(Map.of("id", sentenceId(a, s), "index", s.index(), "text", s.text(),
                    "begin", s.begin(), "end", s.end()));
        }
        List<Map<String, Object>> actors = new ArrayList<>();
        for (Actor ac : x.actors()) {
            Map<String, Object> m = new HashMap<>();
            m.put("id", ac.id());
            m.put("name", ac.name());
            m.put("type", ac.type().name());
            m.put("aliases", ac.aliases());
            m.put("role", ac.role());
            m.put("country", ac.country());
            m.put("article", a.id());
            actors.add(m);
        }
        List<Map<String, Object>> affiliations = new ArrayList<>();
        for (Actor ac : x.actors()) {
            if (ac.type() == ActorType.PERSON && ac.country() != null) {
                Map<String, Object> m = new HashMap<>();
                m.put("personId", ac.id());
                m.put("stateId", Names.actorId(ActorType.GPE, ac.country()));
                m.put("stateName", ac.country());
                m.put("role", ac.role());
                affiliations.add(m);
            }
        }
        Map<String, EventType> typeOf = new HashMap<>();
        x.events().forEach(e -> typeOf.put(e.id(), e.type()));
        List<Map<String, Object>> mentions = new ArrayList<>();
        for (Event e : x.events()) {
            if (e.participants().isEmpty()) {
                continue;
            }
            Map<String, Object> m = new HashMap<>();
            m.put("id", e.id());
            m.put("article", a.id());
            m.put("published", a.published() == null ? null : a.published().toString());
            m.put("type", e.type().name());
            putDate(m, e.date());
            m.put("precision", m.remove("datePrecision"));
            m.put("status", e.status().label());
            m.put("trigger", e.trigger());
            m.put("place", e.place());
            m.put("target", e.target());
            m.put("targetMention", e.targetId());
            EventType targetType = e.targetId() != null ? typeOf.get(e.targetId()) : EventType.named(e.target());
            m.put("targetType", e.type().actsOnEvent() && targetType != null ? targetType.name() : null);
            m.put("actorIds", e.participants().stream().map(Participant::actorId).toList());
            m.put("roles", e.participants().stream().map(Participant::role).toList());
            m.put("sentenceIds", e.mentions().stream().map(s -> sentenceId(a, s)).toList());
            mentions.add(m);
        }
        List<Map<String, Object>> statements = new ArrayList<>();
        for (Statement s : x.statements()) {
            Map<String, Object> m = new HashMap<>();
            m.put("id", s.id());
            m.put("speakerId", s.speakerId());
            m.put("text", s.text());
            m.put("channel", s.channel() == null ? null : s.channel().label());
            putDate(m, s.date());
            m.put("begin", s.begin());
            m.put("end", s.end());
            m.put("sentenceId", sentenceId(a, s.evidence()));
            m.put("article", a.id());
            m.put("aboutMentions", s.about());
            statements.add(m);
        }
        article.put("sentences", sentences);
        Map<String, List<Map<String, Object>>> p = new HashMap<>();
        p.put("articles", List.of(article));
        p.put("actors", actors);
        p.put("affiliations", affiliations);
        p.put("mentions", mentions);
        p.put("statements", statements);
        return p;
    }

    private static void putDate(Map<String, Object> m, PartialDate d) {
        m.put("date", d == null ? null : d.value());
        m.put("datePrecision", d == null ? null : d.precision().name().toLowerCase(java.util.Locale.ROOT));
        m.put("dateStart", d == null ? null : d.start().toString());
        m.put("dateEnd", d == null ? null : d.end().toString());
    }
}
