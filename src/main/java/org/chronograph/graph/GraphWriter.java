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

    public Outcome write(Extraction x) {
        Article article = x.article();
        String sha = article.sha256();
        Map<String, Object> params = params(x, sha);
        try (Session session = store.driver().session()) {
            return session.executeWrite(tx -> write(tx, article.id(), sha, params));
        }
    }

    private static Outcome write(TransactionContext tx, String id, String sha, Map<String, Object> p) {
        tx.run(Cypher.load("write/lock.cypher")).consume();
        var existing = tx.run(Cypher.load("write/article-hash.cypher"), Map.of("id", id)).list();
        Outcome outcome = Outcome.WRITTEN;
        List<String> formerEvents = new ArrayList<>();
        @SuppressWarnings("unchecked")
        Map<String, Set<String>> seeds = EventMerger.seeds((List<Map<String, Object>>) p.get("mentions"));
        if (!existing.isEmpty()) {
            if (sha.equals(existing.get(0).get("sha256").asString(null))) {
                return Outcome.UNCHANGED;
            }
            // what the old text reported must be merged again without it
            for (var r : tx.run(Cypher.load("write/article-mentions.cypher"), Map.of("id", id)).list()) {
                seeds.computeIfAbsent(r.get("type").asString(), k -> new LinkedHashSet<>())
                        .addAll(r.get("actorIds").asList(org.neo4j.driver.Value::asString));
                formerEvents.addAll(r.get("eventIds").asList(org.neo4j.driver.Value::asString));
            }
            tx.run(Cypher.load("write/delete-article-evidence.cypher"), Map.of("id", id)).consume();
            outcome = Outcome.UPDATED;
        }
        tx.run(Cypher.load("write/article.cypher"), p).consume();
        tx.run(Cypher.load("write/actors.cypher"), p).consume();
        tx.run(Cypher.load("write/affiliations.cypher"), p).consume();
        tx.run(Cypher.load("write/mentions.cypher"), p).consume();
        tx.run(Cypher.load("write/statements.cypher"), p).consume();
        new EventMerger(tx).merge(seeds, formerEvents);
        return outcome;
    }

    static String sentenceId(Article a, Sentence s) {
        return a.id() + "#s" + s.index();
    }

    private static Map<String, Object> params(Extraction x, String sha) {
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
        Map<String, Object> p = new HashMap<>();
        p.put("article", article);
        p.put("sentences", sentences);
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
