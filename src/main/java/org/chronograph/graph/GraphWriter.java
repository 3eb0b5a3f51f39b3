package org.chronograph.graph;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.chronograph.model.Actor;
import org.chronograph.model.Article;
import org.chronograph.model.Event;
import org.chronograph.model.Extraction;
import org.chronograph.model.PartialDate;
import org.chronograph.model.Participant;
import org.chronograph.model.Sentence;
import org.chronograph.model.Statement;
import org.neo4j.driver.Session;
import org.neo4j.driver.TransactionContext;

/**
 * Writes one article's extraction in one transaction function (retried by the driver on transient errors,
 * so every write is an idempotent MERGE). An article whose content hash is already stored is left alone;
 * one whose text changed has its old sentences, events and statements removed first.
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
        var existing = tx.run(Cypher.load("write/article-hash.cypher"), Map.of("id", id)).list();
        Outcome outcome = Outcome.WRITTEN;
        if (!existing.isEmpty()) {
            if (sha.equals(existing.get(0).get("sha256").asString(null))) {
                return Outcome.UNCHANGED;
            }
            tx.run(Cypher.load("write/delete-article-evidence.cypher"), Map.of("id", id)).consume();
            outcome = Outcome.UPDATED;
        }
        tx.run(Cypher.load("write/article.cypher"), p).consume();
        tx.run(Cypher.load("write/actors.cypher"), p).consume();
        tx.run(Cypher.load("write/events.cypher"), p).consume();
        tx.run(Cypher.load("write/event-links.cypher"), p).consume();
        tx.run(Cypher.load("write/statements.cypher"), p).consume();
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
        List<Map<String, Object>> events = new ArrayList<>();
        List<Map<String, Object>> links = new ArrayList<>();
        for (Event e : x.events()) {
            Map<String, Object> m = new HashMap<>();
            m.put("id", e.id());
            m.put("type", e.type().name());
            m.put("cameo", e.type().cameo());
            m.put("plover", e.type().plover());
            putDate(m, e.date());
            m.put("status", e.status().label());
            m.put("trigger", e.trigger());
            m.put("place", e.place());
            m.put("target", e.target());
            m.put("sentenceId", sentenceId(a, e.evidence()));
            List<Map<String, Object>> parts = new ArrayList<>();
            for (Participant p : e.participants()) {
                parts.add(Map.of("actorId", p.actorId(), "role", p.role()));
            }
            m.put("participants", parts);
            events.add(m);
            if (e.targetId() != null) {
                links.add(Map.of("from", e.id(), "to", e.targetId(), "type", e.type().name()));
            }
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
            statements.add(m);
        }
        Map<String, Object> p = new HashMap<>();
        p.put("article", article);
        p.put("sentences", sentences);
        p.put("actors", actors);
        p.put("events", events);
        p.put("links", links);
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
