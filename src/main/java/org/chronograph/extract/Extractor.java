package org.chronograph.extract;

import edu.stanford.nlp.ling.CoreAnnotation;
import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.semgraph.SemanticGraphCoreAnnotations;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.chronograph.model.Actor;
import org.chronograph.model.Article;
import org.chronograph.model.Event;
import org.chronograph.model.Extraction;
import org.chronograph.model.Participant;
import org.chronograph.model.Sentence;
import org.chronograph.model.Statement;

/**
 * Turns one annotated article into actors, events and statements. Stateless and thread-safe: every call
 * works on its own article.
 */
public final class Extractor {

    /** What the rules read from CoreNLP; checked against the pipeline at start-up. */
    public static final Set<Class<? extends CoreAnnotation>> REQUIRES = Set.of(
            CoreAnnotations.TokensAnnotation.class,
            CoreAnnotations.SentencesAnnotation.class,
            CoreAnnotations.PartOfSpeechAnnotation.class,
            CoreAnnotations.LemmaAnnotation.class,
            CoreAnnotations.NamedEntityTagAnnotation.class,
            CoreAnnotations.MentionsAnnotation.class,
            SemanticGraphCoreAnnotations.EnhancedPlusPlusDependenciesAnnotation.class,
            CoreAnnotations.QuotationsAnnotation.class);

    public Extraction extract(Article article, Annotation annotation) {
        try {
            return extractChecked(article, annotation);
        } catch (StackOverflowError e) {
            // a pathological parse must cost one article, not the whole batch
            throw new IllegalStateException("the rules recursed too deep on article " + article.id()
                    + " (an unusual sentence structure); the article is skipped", e);
        }
    }

    private Extraction extractChecked(Article article, Annotation annotation) {
        Doc doc = new Doc(article, annotation);
        ActorResolver resolver = new ActorResolver(doc);
        List<EventExtractor.Cand> cands = new EventExtractor(doc, resolver).extract();
        List<StatementExtractor.Found> quotes = new StatementExtractor(doc, resolver).extract();

        Set<ActorResolver.Draft> involved = new LinkedHashSet<>();
        cands.forEach(c -> involved.addAll(c.actors));
        quotes.forEach(q -> involved.add(q.speaker()));
        involved.addAll(resolver.voices());

        Map<EventExtractor.Cand, String> ids = new HashMap<>();
        for (EventExtractor.Cand c : cands) {
            ids.put(c, id("event", article.id(), c.type.name(), String.valueOf(c.sent.index()), String.valueOf(c.trigger)));
        }
        List<Event> events = new ArrayList<>();
        for (EventExtractor.Cand c : cands) {
            List<Participant> parts = new ArrayList<>();
            for (int i = 0; i < c.actors.size(); i++) {
                parts.add(new Participant(c.actors.get(i).id(), i == 0 ? "agent" : "partner"));
            }
            String targetId = c.targetEvent == null ? null : ids.get(c.targetEvent);
            List<Sentence> mentions = new ArrayList<>();
            mentions.add(c.sent.sentence());
            c.merged.forEach(m -> {
                if (!mentions.contains(m.sent.sentence())) {
                    mentions.add(m.sent.sentence());
                }
            });
            events.add(new Event(ids.get(c), c.type, c.date, c.status, c.triggerText, c.place, parts, targetId,
                    c.target, c.sent.sentence(), mentions));
        }
        Set<String> seenQuotes = new LinkedHashSet<>();
        List<Statement> statements = new ArrayList<>();
        for (StatementExtractor.Found f : quotes) {
            String sid = id("statement", article.id(), String.valueOf(f.quote().begin()));
            if (seenQuotes.add(sid)) {
                statements.add(new Statement(sid, f.speaker().id(), f.quote().text(), f.channel(), f.date(),
                        f.quote().begin(), f.quote().end(), f.sent().sentence(), about(f, events)));
            }
        }
        List<Sentence> sentences = doc.sentences.stream().map(Doc.Sent::sentence).toList();
        List<Actor> actors = resolver.actors(involved);
        return new Extraction(article, sentences, actors, events, statements);
    }

    /**
     * The events a statement is about: those its own sentence reports ("Reyes cancelled the summit, saying
     * '...'"), else the latest event told up to its sentence that the quote names by its kind ("the summit",
     * "this visit").
     */
    private static List<String> about(StatementExtractor.Found f, List<Event> events) {
        Sentence here = f.sent().sentence();
        List<String> out = new ArrayList<>();
        for (Event e : events) {
            if (e.mentions().contains(here) && e.type() != org.chronograph.model.EventType.STATEMENT) {
                out.add(e.id());
            }
        }
        if (out.isEmpty()) {
            org.chronograph.model.EventType named = org.chronograph.model.EventType.named(f.quote().text());
            Event latest = null;
            for (Event e : events) {
                if (e.type() == named && e.evidence().index() <= here.index()
                        && (latest == null || e.evidence().index() >= latest.evidence().index())) {
                    latest = e;
                }
            }
            if (latest != null) {
                out.add(latest.id());
            }
        }
        return out;
    }

    /** A short stable id from its parts. */
    static String id(String kind, String... parts) {
        try {
            MessageDigest md = MessageDigest.getInstance("SHA-256");
            for (String p : parts) {
                md.update(p.getBytes(StandardCharsets.UTF_8));
                md.update((byte) 0);
            }
            return kind + ":" + HexFormat.of().formatHex(md.digest()).substring(0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JVM", e);
        }
    }
}
