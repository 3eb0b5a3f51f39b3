package org.chronograph.extract;

import edu.stanford.nlp.util.CoreMap;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.chronograph.model.Channel;
import org.chronograph.model.PartialDate;

/**
 * Quotations of three or more words with their speaker. The speaker is found from the parse around the
 * quote: the author of a document that "says" it ("a letter ... that blamed"), the subject of the outermost
 * speech verb ("Nauert said Pompeo reaffirmed their '...'"), or for a quote standing alone, the speaker
 * introduced just before ("Mattis said at the Pentagon:") or named just after ("..., he said").
 */
final class StatementExtractor {

    /** A statement found so far. */
    record Found(ActorResolver.Draft speaker, Doc.Quote quote, Channel channel, PartialDate date, Doc.Sent sent) {
    }

    static final Set<String> SPEECH = Lexicon.get().words("speech-verb");
    static final Set<String> DOCUMENTS = Lexicon.get().words("document");
    static final Set<String> QUOTING_PASSIVES = Lexicon.get().words("quoting-passive");

    private final Doc doc;
    private final ActorResolver actors;
    private final LocalDate published;

    StatementExtractor(Doc doc, ActorResolver actors) {
        this.doc = doc;
        this.actors = actors;
        this.published = doc.article.published();
    }

    List<Found> extract() {
        List<Found> out = new ArrayList<>();
        for (Doc.Quote q : doc.quotes) {
            if (q.text().split("\\s+").length < 3) {
                continue;
            }
            Doc.Sent s = doc.sentences.get(q.sentence());
            int first = firstTokenAt(s, q.begin());
            Attribution a = first < 0 ? null : inSentence(s, first, q);
            if (a == null) {
                a = standalone(q);
            }
            if (a != null && a.speaker != null) {
                out.add(new Found(a.speaker, q, a.channel, date(a.sent), s));
            }
        }
        return out;
    }

    private record Attribution(ActorResolver.Draft speaker, Channel channel, Doc.Sent sent) {
    }

    /** The quote is part of a sentence: walk up from its first word to the verbs that govern it. */
    private Attribution inSentence(Doc.Sent s, int tok, Doc.Quote q) {
        boolean wholeSentence = s.charBegin(0) >= q.begin() - 1 && s.sentence().end() <= q.end() + 2;
        if (wholeSentence) {
            return null;
        }
        int cur = headOfQuote(s, tok, q);
        Attribution nearest = null;
        Attribution outermost = null;
        for (int hop = 0; hop < 8 && cur >= 0; hop++) {
            if (s.isVerb(cur) || s.tag(cur).startsWith("JJ") || s.isNoun(cur)) {
                ActorResolver.Draft subj = subject(s, cur);
                if (subj != null) {
                    Attribution at = new Attribution(subj, channel(s, cur), s);
                    if (nearest == null) {
                        nearest = at;
                    }
                    if (SPEECH.contains(s.lemma(cur))) {
                        outermost = at;
                    }
                } else {
                    // "a letter ... that blamed '...'", "a statement saying '...'": the author of the document
                    ActorResolver.Draft author = documentAuthor(s, cur);
                    if (author != null && nearest == null) {
                        return new Attribution(author, channel(s, cur), s);
                    }
                }
            }
            if (s.relation(cur).equals("root")) {
                break;
            }
            cur = s.parent(cur);
        }
        if (outermost == null) {
            // "According to the foreign ministry, the two leaders 'settled every question'": the source it names
            for (int t = 0; t < s.tokens().size(); t++) {
                if (s.relation(t).endsWith(":according_to") && (t < q.begin() || s.charBegin(t) < q.begin()
                        || s.charBegin(t) >= q.end())) {
                    ActorResolver.Draft source = actors.resolve(s, t);
                    if (source != null) {
                        return new Attribution(source, channel(s, s.parent(t)), s);
                    }
                }
            }
        }
        Attribution chosen = outermost != null ? outermost : nearest;
        if (chosen == null && s.relation(cur).equals("root")) {
            return null;
        }
        return chosen;
    }

    /** Head of the quote's tokens: the token inside the quote whose parent lies outside it. */
    private int headOfQuote(Doc.Sent s, int first, Doc.Quote q) {
        int cur = first;
        for (int hop = 0; hop < 10; hop++) {
            int p = s.parent(cur);
            if (p < 0) {
                return cur;
            }
            int off = s.charBegin(p);
            if (off < q.begin() || off >= q.end()) {
                return p;
            }
            cur = p;
        }
        return cur;
    }

    private ActorResolver.Draft subject(Doc.Sent s, int v) {
        for (int x : s.children(v, "nsubj")) {
            if (s.relation(x).equals("nsubj:pass") && !QUOTING_PASSIVES.contains(s.lemma(v))) {
                // "the talks were described as ..." names no speaker; "Reyes was heard telling reporters", "X was quoted as
                // saying" do
                continue;
            }
            String w = s.token(x).word().toLowerCase(Locale.ROOT);
            if (w.equals("that") || w.equals("which")) {
                return null;
            }
            if (w.equals("who") && s.relation(v).startsWith("acl:relcl") && s.parent(v) >= 0) {
                // "Senator Ann Lee, who says the vote will pass": the one the clause describes
                ActorResolver.Draft described = actors.resolve(s, s.parent(v));
                if (described != null) {
                    return described;
                }
            }
            // "said Secretary of Fisheries Ana Rojas": the title heads the subject, the name hangs on it
            boolean title = Gazetteer.get().isTitleWord(s.token(x).word().toLowerCase(Locale.ROOT));
            for (String rel : title ? List.of("appos", "flat", "dep", "nmod") : List.of("appos", "flat", "dep")) {
                for (int c : s.children(x, rel)) {
                    ActorResolver.Draft named = actors.resolve(s, c);
                    if (named != null && named.type == org.chronograph.model.ActorType.PERSON
                            && (title || actors.resolve(s, x) == null)) {
                        return named;
                    }
                }
            }
            ActorResolver.Draft d = actors.resolve(s, x);
            if (d != null) {
                return d;
            }
        }
        // "..., Defence Secretary Jim Mattis said": a name just before the verb, when the parse missed it
        if (s.children(v, "nsubj").isEmpty() && v > 0 && s.isVerb(v)) {
            return actors.resolve(s, v - 1);
        }
        return null;
    }

    private ActorResolver.Draft documentAuthor(Doc.Sent s, int v) {
        int doc = -1;
        for (int x : s.children(v, "nsubj")) {
            String w = s.token(x).word().toLowerCase(Locale.ROOT);
            if (w.equals("that") || w.equals("which")) {
                // relative clause: the noun it modifies
                doc = s.parent(v);
            } else if (DOCUMENTS.contains(s.lemma(x))) {
                doc = x;
            }
        }
        if (doc < 0 && (s.relation(v).startsWith("acl") || s.relation(v).startsWith("advcl"))) {
            doc = s.parent(v);
        }
        if (doc < 0 || !DOCUMENTS.contains(s.lemma(doc)) && !s.isVerb(doc)) {
            return null;
        }
        int holder = s.isVerb(doc) ? doc : s.parent(doc);
        return holder < 0 ? null : subject(s, holder);
    }

    /** A quote standing as its own sentence or paragraph: the speaker introduced before it or named after. */
    private Attribution standalone(Doc.Quote q) {
        int si = doc.sentenceAt(q.begin());
        if (si > 0) {
            Doc.Sent prev = doc.sentences.get(si - 1);
            String t = prev.sentence().text().strip();
            if (t.endsWith(":") || t.endsWith(",")) {
                // the speech verb nearest the colon introduces the quote
                for (int i = prev.tokens().size() - 1; i >= 0; i--) {
                    if (SPEECH.contains(prev.lemma(i)) && prev.isVerb(i)) {
                        ActorResolver.Draft d = subject(prev, i);
                        if (d != null) {
                            return new Attribution(d, channel(prev, i), prev);
                        }
                    }
                }
            }
        }
        // '"...," he said.' : the speech verb follows the quote
        int after = doc.sentenceAt(Math.max(q.begin(), q.end() - 1));
        for (int k = after; k < Math.min(after + 1, doc.sentences.size()); k++) {
            Doc.Sent s = doc.sentences.get(k);
            for (int i = 0; i < s.tokens().size(); i++) {
                if (s.charBegin(i) >= q.end() && SPEECH.contains(s.lemma(i)) && s.isVerb(i)) {
                    ActorResolver.Draft d = subject(s, i);
                    if (d != null) {
                        return new Attribution(d, channel(s, i), s);
                    }
                }
            }
        }
        // a quote right after a sentence that reports a person's words ("Lee says the vote will pass. '...'"):
        // the person of its last speech verb, or the one it is "according to"
        if (si > 0) {
            Doc.Sent prev = doc.sentences.get(si - 1);
            for (int i = prev.tokens().size() - 1; i >= 0; i--) {
                if (doc.inQuote(prev.charBegin(i))) {
                    continue;
                }
                ActorResolver.Draft d = SPEECH.contains(prev.lemma(i)) && prev.isVerb(i) ? subject(prev, i)
                        : prev.relation(i).endsWith(":according_to") ? actors.resolve(prev, i) : null;
                if (d != null) {
                    if (d.type == org.chronograph.model.ActorType.PERSON) {
                        return new Attribution(d, channel(prev, i), prev);
                    }
                    break;
                }
            }
        }
        // a quote right after sentences about a person: the person last named as a subject there
        if (si > 0) {
            Doc.Sent prev = doc.sentences.get(si - 1);
            ActorResolver.Draft d = actors.lastPerson(doc.sentences.get(si), 0);
            if (d != null) {
                return new Attribution(d, Channel.PRESS, prev);
            }
        }
        return null;
    }

    private Channel channel(Doc.Sent s, int v) {
        String l = s.lemma(v);
        if (l.equals("tweet")) {
            return Channel.TWEET;
        }
        for (int i = 0; i < s.tokens().size(); i++) {
            String w = s.lemma(i);
            if (w.equals("tweet") || w.equals("twitter")) {
                return Channel.TWEET;
            }
            if (w.equals("letter")) {
                return Channel.LETTER;
            }
            if (w.equals("interview")) {
                return Channel.INTERVIEW;
            }
            if (w.equals("statement") || w.equals("spokesman") || w.equals("spokeswoman") || w.equals("spokesperson")
                    || w.equals("readout")) {
                return Channel.STATEMENT;
            }
        }
        return Channel.PRESS;
    }

    /** The date the sentence gives for the words, outside any quotation; "now" says nothing. */
    private PartialDate date(Doc.Sent s) {
        for (CoreMap m : s.mentions()) {
            int tok = Dates.headToken(m);
            if (Dates.isDate(m) && !doc.inQuote(s.charBegin(tok))
                    && !"PRESENT_REF".equals(m.get(edu.stanford.nlp.ling.CoreAnnotations.NormalizedNamedEntityTagAnnotation.class))) {
                PartialDate d = Dates.of(m, published, true);
                if (d != null) {
                    return d;
                }
            }
        }
        return null;
    }

    private static int firstTokenAt(Doc.Sent s, int offset) {
        for (int i = 0; i < s.tokens().size(); i++) {
            if (s.charBegin(i) >= offset) {
                return i;
            }
        }
        return -1;
    }
}
