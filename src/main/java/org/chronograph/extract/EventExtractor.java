package org.chronograph.extract;

import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.util.CoreMap;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.chronograph.model.ActorType;
import org.chronograph.model.EventStatus;
import org.chronograph.model.EventType;
import org.chronograph.model.PartialDate;

/**
 * Rules over the dependency parse that find diplomatic events: a trigger (verb or event noun), its actor
 * arguments, date, place and status. Mentions of one real event are merged per article.
 */
final class EventExtractor {

    /** An event found so far. */
    static final class Cand {
        EventType type;
        final Doc.Sent sent;
        final int trigger;
        String triggerText;
        final List<ActorResolver.Draft> actors = new ArrayList<>();
        PartialDate date;
        EventStatus status;
        String place;
        int targetTok = -1;
        String target;
        Cand targetEvent;
        /** Status and date already settled (an event named as the object of an act on it). */
        boolean finished;
        /** Named in a sentence without a verb (a headline): its status says nothing. */
        boolean verbless;
        /** "a day earlier", "two days later": days from the time the narrative stands at, not from publication. */
        Integer narrativeOffset;
        final List<Cand> merged = new ArrayList<>();

        Cand(EventType type, Doc.Sent sent, int trigger) {
            this.type = type;
            this.sent = sent;
            this.trigger = trigger;
        }
    }

    private static final Lexicon LEX = Lexicon.get();
    private static final Set<String> EVENT_OBJECTS = LEX.words("event-object");
    private static final Set<String> TREATY_OBJECTS = LEX.words("treaty-object");
    private static final Set<String> STATEMENT_OBJECTS = LEX.words("statement-object");
    private static final Set<String> AGREE_OBJECTS = LEX.words("agree-object");
    private static final Set<String> PLANNING = LEX.words("planning");
    /** Subjects that name a process between parties without naming them. */
    private static final Set<String> PROCESS_NOUNS = LEX.words("process-noun");
    private static final Set<String> REVIVE_DECISIONS = LEX.words("revive-decision");
    private static final Set<String> SCHEDULING = LEX.words("scheduling");
    private static final Set<String> HYPOTHETICAL_WORDS = LEX.words("hypothetical");
    private static final Set<String> PLANNED_ADJECTIVES = LEX.words("planned-adjective");
    private static final Set<String> ACT_VERBS = LEX.words("act-verb");
    private static final Set<String> SPEECH_VERBS = LEX.words("speech-verb");
    private static final Set<String> NEGATING_VERBS = LEX.words("negating-verb");
    private static final Set<String> SPOKESPERSONS = LEX.words("spokesperson");

    private final Doc doc;
    private final Gazetteer gaz = Gazetteer.get();
    private final ActorResolver actors;
    private final LocalDate published;
    /** The date mention the last successful date lookup used (one extractor works on one article). */
    private CoreMap lastDateMention;

    EventExtractor(Doc doc, ActorResolver actors) {
        this.doc = doc;
        this.actors = actors;
        this.published = doc.article.published();
    }

    List<Cand> extract() {
        List<Cand> found = new ArrayList<>();
        for (Doc.Sent s : doc.sentences) {
            for (int i = 0; i < s.tokens().size(); i++) {
                if (doc.inQuote(s.charBegin(i)) || negated(s, i) || s.isVerb(i) && longRunning(s, i)) {
                    continue;
                }
                Cand c = s.isVerb(i) ? verbEvent(s, i, found) : s.isNoun(i) ? nounEvent(s, i, found) : null;
                if (c != null) {
                    // news media report events; they are never their actors
                    c.actors.removeIf(a -> gaz.isMedia(a.name));
                }
                if (c != null && !c.actors.isEmpty()) {
                    if (!c.finished) {
                        finish(c);
                    }
                    if (s.isNoun(c.trigger) && c.actors.size() == 1 && c.date == null && c.place == null
                            && (c.type == EventType.MEET || c.type == EventType.NEGOTIATE)) {
                        // a meeting takes two: "his first summit with other leaders", "developments in the
                        // talks" name no event of their own
                        continue;
                    }
                    found.add(c);
                }
                Cand revived = revivedNoun(s, i);
                if (revived != null) {
                    finish(revived);
                    found.add(revived);
                }
            }
        }
        found.removeIf(c -> c.type == EventType.STATEMENT && reportsAnEvent(c, found));
        // an agreement takes two: one side's commitment or pledge is not an AGREE
        found.removeIf(c -> c.type == EventType.AGREE && c.actors.size() < 2
                && Set.of("commit", "recommit", "pledge").contains(c.sent.lemma(c.trigger)));
        linkTargets(found);
        List<Cand> events = merge(found);
        anchorDates(events);
        return events;
    }

    /**
     * Dates the text gives by context only. An undated event takes the date of a dated event of the same
     * status in its own sentence ("met on Friday, agreeing to ..."); an undated event that happened, told
     * in the simple past or present perfect, takes the date of the latest dated event that happened in the
     * two sentences before it, the time the narrative stands at ("They spoke on Monday. The two agreed
     * to ..."). A past perfect ("had met") steps out of the narrative and stays undated.
     */
    private void anchorDates(List<Cand> events) {
        List<Cand> ordered = new ArrayList<>(events);
        ordered.sort(java.util.Comparator.comparingInt((Cand c) -> c.sent.index()).thenComparingInt(c -> c.trigger));
        for (Cand c : ordered) {
            if (c.narrativeOffset != null) {
                // "A day earlier, ...": counted from the last dated event told before
                Cand anchor = narrativeAnchor(c, ordered);
                if (anchor != null) {
                    c.date = PartialDate.of(anchor.date.start().plusDays(c.narrativeOffset));
                }
            }
            if (c.date != null) {
                continue;
            }
            for (Cand d : ordered) {
                if (d != c && d.date != null && d.status == c.status && !pastPerfect(c.sent, c.trigger)
                        && !inTemporalClause(c.sent, c.trigger)
                        && mentions(c).stream().anyMatch(m -> mentionedIn(d, m.sent))) {
                    c.date = d.date;
                    break;
                }
            }
            if (c.date == null) {
                c.date = sameDayAsMainClause(c, ordered);
            }
            if (c.date == null) {
                c.date = dateOfReport(c);
            }
            if (c.date != null || c.status != EventStatus.HAPPENED || pastPerfect(c.sent, c.trigger)
                    || inTemporalClause(c.sent, c.trigger)) {
                continue;
            }
            Cand anchor = narrativeAnchor(c, ordered);
            if (anchor != null) {
                c.date = anchor.date;
            }
        }
        // the lead: news tells first what happened on the day it reports, without a date ("Ministers postponed
        // the signing"); an undated event that happened, told in the lead in the simple past, the present perfect
        // or the present, took place on the publication day. Background steps out of that tense ("had met") or
        // is dated by the text.
        if (published != null) {
            int lead = leadEnd();
            for (Cand c : ordered) {
                if (c.date == null && c.status == EventStatus.HAPPENED
                        && mentions(c).stream().anyMatch(m -> m.sent.index() <= lead && reportsToday(m.sent, m.trigger))) {
                    c.date = PartialDate.of(published);
                }
            }
        }
        // a visit holds its meetings: an undated visit of a participant of a dated meeting told just
        // before or after it lies in that meeting's month
        for (Cand c : ordered) {
            if (c.type != EventType.VISIT || c.date != null) {
                continue;
            }
            for (Cand d : ordered) {
                if (d.type == EventType.MEET && d.date != null && d.status == c.status
                        && mentions(c).stream().anyMatch(m -> mentions(d).stream()
                                .anyMatch(n -> Math.abs(n.sent.index() - m.sent.index()) <= 2))
                        && d.actors.stream().anyMatch(c.actors::contains)) {
                    c.date = d.date.precision() == org.chronograph.model.DatePrecision.DAY
                            ? PartialDate.parse(d.date.value().substring(0, 7)) : d.date;
                    break;
                }
            }
        }
    }

    /** The latest event with a day date that happened in the two sentences before (or earlier in the paragraph). */
    private Cand narrativeAnchor(Cand c, List<Cand> ordered) {
        Cand anchor = null;
        for (Cand d : ordered) {
            if (d == c || d.date == null || d.status != EventStatus.HAPPENED || d.narrativeOffset != null
                    || d.date.precision() != org.chronograph.model.DatePrecision.DAY) {
                continue;
            }
            for (Cand m : mentions(d)) {
                int gap = c.sent.index() - m.sent.index();
                if (gap >= 1 && (gap <= 2 || sameParagraph(m.sent, c.sent))) {
                    anchor = d;
                }
            }
        }
        return anchor;
    }

    /**
     * "The meeting came hours after Chile expressed relief", "shortly before the talks opened": an event a
     * few hours or moments from the main clause's event falls on its day. Null when the main clause has no date.
     */
    private PartialDate sameDayAsMainClause(Cand c, List<Cand> ordered) {
        Doc.Sent s = c.sent;
        int v = c.trigger;
        for (int hop = 0; hop < 4 && v >= 0 && !s.isVerb(v); hop++) {
            v = s.parent(v);
        }
        if (v < 0 || s.children(v, "mark").stream().noneMatch(m -> Set.of("after", "before").contains(s.lemma(m)))) {
            return null;
        }
        List<Integer> near = new ArrayList<>(s.children(v, "dep"));
        near.addAll(s.children(v, "obl:npmod"));
        near.addAll(s.children(v, "advmod"));
        near.addAll(s.children(v, "obl:tmod"));
        if (near.stream().noneMatch(n -> Set.of("hour", "minute", "moment", "shortly", "soon", "just")
                .contains(s.lemma(n)))) {
            return null;
        }
        int main = s.parent(v);
        if (main < 0) {
            return null;
        }
        PartialDate d = dateBelow(s, main, c.status == EventStatus.HAPPENED, Set.of(v));
        for (int subj : s.children(main, "nsubj")) {
            EventType named = LEX.nounType(s.lemma(subj));
            if (d != null || named == null) {
                continue;
            }
            // "The meeting at the castle came hours after ...": the meeting told of before, at that place if named
            String place = place(s, subj);
            for (Cand e : ordered) {
                if (e != c && e.type == named && e.date != null && e.sent.index() < s.index()
                        && (place == null || place.equals(e.place))) {
                    d = e.date;
                }
            }
        }
        return d;
    }

    /**
     * "The minister on Tuesday said she had called off the trip": an act that happened, told through a dated
     * report of it, took place on the day of the report (or before it, which the text does not say); other events
     * only when told in the simple past, not the past perfect of background.
     */
    private PartialDate dateOfReport(Cand c) {
        Doc.Sent s = c.sent;
        if (c.status != EventStatus.HAPPENED || inTemporalClause(s, c.trigger)) {
            return null;
        }
        int v = c.trigger;
        for (int hop = 0; hop < 3 && v >= 0 && !s.isVerb(v); hop++) {
            v = s.parent(v);
        }
        if (v < 0 || !s.relation(v).startsWith("ccomp") || !c.type.actsOnEvent() && pastPerfect(s, v)) {
            return null;
        }
        int report = s.parent(v);
        if (report < 0 || !SPEECH_VERBS.contains(s.lemma(report))) {
            return null;
        }
        return dateBelow(s, report, true, Set.of(v));
    }

    /**
     * For the one-event-per-article merge: a temporal clause, or an event noun set before or after the clause's own
     * event ("arrived in Seoul on Sunday, following his visit to Pyongyang": two visits). Dating does not use the
     * noun case: "announced the decision after a meeting" still falls on the decision's day.
     */
    private static boolean setApartInTime(Doc.Sent s, int trigger) {
        return inTemporalClause(s, trigger) || s.isNoun(trigger)
                && s.relation(trigger).matches("obl:(after|before|following|since|until|prior_to|ahead_of)");
    }

    /** "After the talks broke down, ...": a clause placed before or after the main one in time. */
    private static boolean inTemporalClause(Doc.Sent s, int trigger) {
        int cur = trigger;
        for (int hop = 0; hop < 3 && cur >= 0; hop++) {
            if (s.children(cur, "mark").stream().anyMatch(m -> Set.of("after", "before", "since", "until")
                    .contains(s.lemma(m)))) {
                return true;
            }
            cur = s.relation(cur).startsWith("advcl") || s.relation(cur).startsWith("xcomp") ? -1 : s.parent(cur);
        }
        return false;
    }

    private static List<Cand> mentions(Cand c) {
        List<Cand> out = new ArrayList<>(c.merged);
        out.add(0, c);
        return out;
    }

    /** No blank line between the two sentences. */
    private boolean sameParagraph(Doc.Sent a, Doc.Sent b) {
        String between = doc.article.text().substring(a.sentence().end(), b.sentence().begin());
        return !between.contains("\n\n");
    }

    private static boolean mentionedIn(Cand c, Doc.Sent s) {
        return c.sent == s || c.merged.stream().anyMatch(m -> m.sent == s);
    }

    /** The index of the last sentence of the lead: the first two sentences with a verb and eight or more tokens. */
    private int leadEnd() {
        int seen = 0;
        for (Doc.Sent s : doc.sentences) {
            if (s.tokens().size() >= 8 && java.util.stream.IntStream.range(0, s.tokens().size()).anyMatch(s::isVerb)
                    && ++seen == 2) {
                return s.index();
            }
        }
        return doc.sentences.isEmpty() ? -1 : doc.sentences.get(doc.sentences.size() - 1).index();
    }

    /**
     * The clause of the trigger (a noun's governing verb) is in the simple past, present perfect or present,
     * not the past perfect, and not a clause set before or after another in time.
     */
    private static boolean reportsToday(Doc.Sent s, int trigger) {
        int v = trigger;
        for (int hop = 0; hop < 3 && v >= 0 && !s.isVerb(v); hop++) {
            v = s.parent(v);
        }
        if (v < 0 || !s.isVerb(v) || pastPerfect(s, v) || inTemporalClause(s, trigger)) {
            return false;
        }
        if (s.children(v, "aux").stream().anyMatch(a -> Set.of("will", "would", "could", "may", "might", "should",
                "must", "can").contains(s.lemma(a)))) {
            return false;
        }
        String tag = s.tag(v);
        return tag.equals("VBD") || tag.equals("VBZ") || tag.equals("VBP") || tag.equals("VBG")
                || tag.equals("VBN") && !s.children(v, "aux").isEmpty() || tag.equals("VBN") && !s.children(v, "aux:pass").isEmpty();
    }

    private static boolean pastPerfect(Doc.Sent s, int v) {
        int head = s.isVerb(v) ? v : s.parent(v);
        return head >= 0 && s.children(head, "aux").stream()
                .anyMatch(a -> s.lemma(a).equals("have") && s.tag(a).equals("VBD"));
    }

    // ---------------------------------------------------------------- triggers

    private Cand verbEvent(Doc.Sent s, int v, List<Cand> found) {
        Lexicon.Trigger entry = entry(s, v);
        if (entry == null) {
            return null;
        }
        EventType type = entry.type();
        Lexicon.Frame frame = entry.frame();
        List<Integer> objs = new ArrayList<>(s.children(v, "obj"));
        List<Integer> prt = s.children(v, "compound:prt");
        String particle = prt.isEmpty() ? "" : s.lemma(prt.get(0));
        if ((frame == Lexicon.Frame.HOLD_EVENT || frame == Lexicon.Frame.START_EVENT) && objs.isEmpty()) {
            // "the talks will be held in Djibouti"
            objs.addAll(s.children(v, "nsubj:pass"));
        }
        int eventObj = firstWith(s, objs, EVENT_OBJECTS);
        if (eventObj >= 0 && negated(s, eventObj)) {
            // "held no talks", "any dialogue must be conducted ..."
            return null;
        }
        String trig = s.token(v).word();
        // the word with the particle its entry names: "called off", "broke down"
        String trigPhrase = entry.particle().isEmpty() ? trig : trig + " " + entry.particle();
        Cand c;
        if (eventObj < 0) {
            // "began a fresh round of negotiations": the event is inside the object
            for (int o : objs) {
                if (Set.of("round", "series", "session").contains(s.lemma(o))) {
                    eventObj = firstWith(s, s.children(o, "nmod:of"), EVENT_OBJECTS);
                    if (eventObj >= 0) {
                        break;
                    }
                }
            }
        }
        switch (frame) {
            case GO_AHEAD -> {
                // "the summit would go ahead after all": an event called off is on again
                boolean ahead = s.children(v, "advmod").stream().anyMatch(a -> s.lemma(a).equals("ahead"))
                        || particle.equals("ahead");
                boolean again = s.children(v, "advmod").stream().anyMatch(a -> s.lemma(a).equals("again"))
                        || afterAll(s, v);
                int ev = firstWith(s, s.children(v, "nsubj"), EVENT_OBJECTS);
                if (!ahead || !again || ev < 0) {
                    return null;
                }
                c = new Cand(EventType.REVIVE, s, v);
                c.triggerText = "go ahead";
                c.targetTok = ev;
                // the one who says so revives it: "Trump said that his summit would go ahead after all"
                if (s.relation(v).startsWith("ccomp") && s.parent(v) >= 0) {
                    addSubjects(s, s.parent(v), c.actors);
                }
                if (c.actors.isEmpty()) {
                    nounParticipants(s, ev, c.actors);
                }
                // the act is the saying: it has happened, on the day it was said; the date in the clause is the event's
                finish(c);
                c.status = EventStatus.HAPPENED;
                c.date = s.relation(v).startsWith("ccomp") ? date(s, s.parent(v), true, Set.of(v)) : null;
                c.finished = true;
                return c;
            }
            case REACH_AGREEMENT -> {
                if (firstWith(s, objs, AGREE_OBJECTS) < 0 || firstWith(s, objs, Set.of("statement")) >= 0) {
                    return null;
                }
                c = new Cand(EventType.AGREE, s, v);
                c.triggerText = trig + " " + s.token(firstWith(s, objs, AGREE_OBJECTS)).word();
                addSubjects(s, v, c.actors);
                for (int w : s.children(v, "obl:with")) {
                    addAll(c.actors, actors.resolveGroup(s, w));
                }
                return c;
            }
            case END_PROCESS -> {
                // "the talks broke down", "meetings were cut off", "the negotiations collapsed"; "broke off
                // contacts", "walked out of the talks": the subject ends what the object names
                List<Integer> ended = new ArrayList<>(objs);
                ended.addAll(s.children(v, "obl:out_of"));
                int ended1 = firstWith(s, ended, PROCESS_NOUNS);
                if (ended1 >= 0) {
                    c = new Cand(type, s, v);
                    c.triggerText = trigPhrase;
                    c.targetTok = ended1;
                    addSubjects(s, v, c.actors);
                    return c.actors.isEmpty() ? null : c;
                }
                List<Integer> subj = new ArrayList<>(s.children(v, "nsubj"));
                subj.addAll(s.children(v, "nsubj:pass"));
                int ev = firstWith(s, subj, EVENT_OBJECTS);
                if (ev < 0) {
                    return null;
                }
                c = new Cand(type, s, v);
                c.triggerText = trigPhrase;
                c.targetTok = ev;
                nounParticipants(s, ev, c.actors);
                if (c.actors.isEmpty()) {
                    c.actors.addAll(participantsOfLatestTarget(found));
                }
                if (c.actors.isEmpty()) {
                    c.actors.addAll(actors.lastParties(s, v));
                }
                return c;
            }
            case START_EVENT -> {
                if (eventObj < 0) {
                    return null;
                }
                c = new Cand(nounTypeOr(s.lemma(eventObj), EventType.MEET), s, v);
                c.triggerText = trig + " " + s.token(eventObj).word();
                addSubjects(s, v, c.actors);
                nounParticipants(s, eventObj, c.actors);
                return c;
            }
            case TAKE_PLACE -> {
                {
                    // "the talks will take place in Oslo": the subject names the event
                    int subj = first(s.children(v, "nsubj"));
                    if (subj < 0 || !EVENT_OBJECTS.contains(s.lemma(subj))) {
                        return null;
                    }
                    c = new Cand(nounTypeOr(s.lemma(subj), EventType.MEET), s, v);
                    c.triggerText = "take place";
                    nounParticipants(s, subj, c.actors);
                    if (c.actors.isEmpty()) {
                        c.actors.addAll(participantsOfLatestTarget(found));
                    }
                    c.targetTok = subj;
                    return c;
                }
            }
            case HOLD_EVENT -> {
                if (eventObj < 0) {
                    return null;
                }
                type = s.lemma(eventObj).equals("negotiations") ? EventType.NEGOTIATE : EventType.MEET;
                if (s.children(eventObj, "compound").stream().anyMatch(x -> Set.of("phone", "telephone")
                        .contains(s.lemma(x))) || s.lemma(eventObj).equals("call")) {
                    // "held a phone conversation"
                    type = EventType.CALL;
                }
                c = new Cand(type, s, v);
                c.triggerText = trig + " " + s.token(eventObj).word();
                addSubjects(s, v, c.actors);
                nounParticipants(s, eventObj, c.actors);
                if (c.actors.isEmpty() && s.children(v, "nsubj:pass").contains(eventObj)) {
                    // "the first round of the new talks will be held in Djibouti": the talks just agreed on
                    c.actors.addAll(participantsOfLatestTarget(found));
                }
                return c;
            }
            case IMPOSE_SANCTION -> {
                if (firstWith(s, objs, Set.of("sanction", "sanctions", "embargo", "tariffs")) < 0) {
                    return null;
                }
            }
            case WITHDRAW_FROM -> {
                List<Integer> from = new ArrayList<>(s.children(v, "obl:out_of"));
                from.addAll(s.children(v, "obl:from"));
                from.addAll(objs);
                int ev = firstWith(s, from, EVENT_OBJECTS);
                int treaty = firstWith(s, from, TREATY_OBJECTS);
                if (ev >= 0) {
                    // leaving talks ends them; rejoining them revives them
                    type = type == EventType.WITHDRAW ? EventType.CANCEL : type;
                    c = new Cand(type, s, v);
                    c.targetTok = ev;
                } else if (treaty >= 0 || !from.isEmpty() && isTreatyName(s, from.get(0))) {
                    c = new Cand(type, s, v);
                    c.targetTok = treaty >= 0 ? treaty : from.get(0);
                } else {
                    return null;
                }
                c.triggerText = trigPhrase;
                addSubjects(s, v, c.actors);
                return c;
            }
            case ACT_ON_EVENT -> {
                int treaty = firstWith(s, objs, TREATY_OBJECTS);
                if (type == EventType.CANCEL && eventObj < 0 && treaty >= 0 && !s.lemma(treaty).equals("plan")) {
                    // "scrapped all its agreements with the South", "cancelled the accord": leaving what was agreed
                    c = new Cand(EventType.WITHDRAW, s, v);
                    c.triggerText = trigPhrase;
                    c.targetTok = treaty;
                    addSubjects(s, v, c.actors);
                    return c;
                }
                int target = eventObj >= 0 ? eventObj : first(s.children(v, "nsubj:pass"));
                if (target < 0) {
                    // "a week after he called it off": the event told before
                    target = firstWith(s, objs, Set.of("it", "this", "that"));
                }
                if (target < 0 && (type != EventType.REVIVE || !objs.isEmpty())) {
                    // an act needs the event it acts on; only "the talks resumed" names it as the subject
                    return null;
                }
                c = new Cand(type, s, v);
                c.triggerText = trigPhrase;
                c.targetTok = target;
                addSubjects(s, v, c.actors);
                if (!s.children(v, "nsubj:pass").isEmpty()) {
                    for (int a : s.children(v, "obl:agent")) {
                        c.actors.addAll(actors.resolveGroup(s, a));
                    }
                }
                if (c.actors.isEmpty() && target >= 0) {
                    nounParticipants(s, target, c.actors);
                }
                if (c.actors.isEmpty() && firstWith(s, s.children(v, "nsubj"), PROCESS_NOUNS) >= 0) {
                    // "contacts began to resume", "the talks were suspended": between the parties last named
                    c.actors.addAll(participantsOfLatestTarget(found));
                    if (c.actors.isEmpty()) {
                        c.actors.addAll(actors.lastParties(s, v));
                    }
                }
                return c;
            }
            case CALL_OBJECT -> {
                // "Kerry called Zebari to discuss ...": a call to a named person or state; "called him a liar",
                // "called it unacceptable" (a second predicate), "called for talks" (no object) are no calls
                boolean predicate = objs.size() > 1 || !s.children(v, "iobj").isEmpty()
                        || s.children(v, "xcomp").stream().anyMatch(x -> !s.isVerb(x));
                List<ActorResolver.Draft> called = new ArrayList<>();
                for (int o : objs) {
                    for (ActorResolver.Draft d : actors.resolveGroup(s, o)) {
                        if (d.type == ActorType.PERSON || d.type == ActorType.GPE) {
                            called.add(d);
                        }
                    }
                }
                // "urged Kim to call him", "wants to call her": an infinitive call is asked for or wished, not made
                boolean infinitive = s.children(v, "mark").stream().anyMatch(m -> s.lemma(m).equals("to"));
                if (predicate || infinitive || called.isEmpty() || negated(s, v)) {
                    return null;
                }
                c = new Cand(type, s, v);
                c.triggerText = trig;
                addSubjects(s, v, c.actors);
                if (c.actors.isEmpty()) {
                    return null;
                }
                addAll(c.actors, called);
                return c;
            }
            case SPEAK_WITH -> {
                List<Integer> with = new ArrayList<>(s.children(v, "obl:with"));
                with.addAll(s.children(v, "obl:to"));
                List<ActorResolver.Draft> partners = new ArrayList<>();
                for (int w : with) {
                    partners.addAll(actors.resolveGroup(s, w));
                }
                if (with.isEmpty()) {
                    int w = misattachedWith(s, v);
                    if (w >= 0) {
                        with.add(w);
                        partners.addAll(actors.resolveGroup(s, w));
                    }
                }
                if (partners.isEmpty() && with.isEmpty()) {
                    // "The two presidents spoke by telephone": a call between the subjects
                    boolean byPhone = s.children(v, "obl:by").stream().anyMatch(b -> Set.of("phone", "telephone",
                            "videoconference", "video").contains(s.lemma(b)));
                    List<ActorResolver.Draft> subjects = new ArrayList<>();
                    addSubjects(s, v, subjects);
                    if (!byPhone || subjects.size() < 2) {
                        return null;
                    }
                    c = new Cand(type, s, v);
                    c.triggerText = trig + " by " + s.token(s.children(v, "obl:by").get(0)).word();
                    c.actors.addAll(subjects);
                    return c;
                }
                partners.removeIf(p -> gaz.isMedia(p.name));
                if (partners.isEmpty() && with.stream().anyMatch(w -> actors.resolve(s, w) != null
                        || Set.of("reporter", "journalist", "press", "media").contains(s.lemma(w)))) {
                    // "speaking to VOA", "told reporters": an interview, not a call between actors
                    return null;
                }
                c = new Cand(type, s, v);
                c.triggerText = trig + (with.isEmpty() ? "" : " with");
                addSubjects(s, v, c.actors);
                addAll(c.actors, partners);
                if (partners.isEmpty()) {
                    // "spoke with a senior envoy from Chile": the partner is described, not named
                    for (int w : with) {
                        for (int n : s.children(w, "nmod")) {
                            addAll(c.actors, actors.resolveGroup(s, n));
                        }
                    }
                }
                return c;
            }
            case SEND_TO -> {
                // "envoys will be sent to Lima": the sender's envoys visit
                List<Integer> dest = s.children(v, "obl:to");
                if (dest.isEmpty() || !s.tag(dest.get(0)).startsWith("NNP")) {
                    return null;
                }
                c = new Cand(type, s, v);
                c.triggerText = trig + " to " + s.token(dest.get(0)).word();
                c.place = s.token(dest.get(0)).word();
                List<Integer> envoys = new ArrayList<>(s.children(v, "obj"));
                envoys.addAll(s.children(v, "nsubj:pass"));
                for (int e : envoys) {
                    addAll(c.actors, actors.resolveGroup(s, e));
                }
                if (c.actors.isEmpty()) {
                    int head = v;
                    while (c.actors.isEmpty() && s.relation(head).startsWith("ccomp") && s.parent(head) >= 0) {
                        head = s.parent(head);
                        addSubjects(s, head, c.actors);
                    }
                    addSubjects(s, v, c.actors);
                }
                return c;
            }
            case TRAVEL_TO -> {
                List<Integer> dest = new ArrayList<>(s.children(v, "obl:to"));
                dest.addAll(s.children(v, "obl:in"));
                if (!entry.particle().isEmpty()) {
                    dest.addAll(s.children(v, "obl:" + entry.particle()));
                }
                dest.addAll(s.children(v, "obj"));
                for (int b : s.children(v, "advmod")) {
                    // "headed back to Lima"
                    dest.addAll(s.children(b, "obl:to"));
                }
                String place = null;
                for (int d : dest) {
                    if (s.tag(d).startsWith("NNP")) {
                        place = s.token(d).word();
                        break;
                    }
                    // "the port city of Valparaiso"
                    int named = first(s.children(d, "nmod:of"));
                    if (named >= 0 && s.tag(named).startsWith("NNP")) {
                        place = s.token(named).word();
                        break;
                    }
                }
                if (place == null) {
                    return null;
                }
                c = new Cand(type, s, v);
                c.triggerText = trig + " to " + place;
                c.place = place;
                addSubjects(s, v, c.actors);
                return c;
            }
            case SIGN_AGREEMENT -> {
                boolean signsAnAgreement = firstWith(s, objs, AGREE_OBJECTS) >= 0;
                int signedPassive = firstWith(s, s.children(v, "nsubj:pass"), AGREE_OBJECTS);
                if (!signsAnAgreement && signedPassive >= 0) {
                    // "the accord will be signed by Peru next week": who signs it is the agent
                    c = new Cand(type, s, v);
                    c.triggerText = trig;
                    for (int a : s.children(v, "obl:agent")) {
                        addAll(c.actors, actors.resolveGroup(s, a));
                    }
                    nounParticipants(s, signedPassive, c.actors);
                    return c;
                }
                if (!signsAnAgreement) {
                    int head = s.parent(v);
                    if (head < 0 || !s.relation(v).startsWith("acl") || firstWith(s, List.of(head), AGREE_OBJECTS) < 0) {
                        return null;
                    }
                    // "the accord signed on Monday between A and B": the parties of the accord, or who signed it
                    c = new Cand(type, s, v);
                    c.triggerText = trig;
                    for (int a : s.children(v, "obl:agent")) {
                        addAll(c.actors, actors.resolveGroup(s, a));
                    }
                    for (String r : List.of("obl:between", "obl:by")) {
                        for (int a : s.children(v, r)) {
                            addAll(c.actors, actors.resolveGroup(s, a));
                        }
                    }
                    nounParticipants(s, head, c.actors);
                    return c;
                }
            }
            case STATEMENT_OBJECT -> {
                if (firstWith(s, objs, STATEMENT_OBJECTS) < 0) {
                    return null;
                }
                trig = trig + " " + s.token(firstWith(s, objs, STATEMENT_OBJECTS)).word();
            }
            case WARN -> {
                // a warning is a threat when the warner says what it will do ("warned that it will resume
                // testing") or names whom it warns, not when it predicts ("warns it will erode credibility")
                List<ActorResolver.Draft> warner = new ArrayList<>();
                addSubjects(s, v, warner);
                boolean threat = objs.stream().anyMatch(o -> actors.resolve(s, o) != null);
                for (int cc : s.children(v, "ccomp")) {
                    for (int sub : s.children(cc, "nsubj")) {
                        ActorResolver.Draft d = actors.resolve(s, sub);
                        threat |= d != null && warner.contains(d);
                    }
                }
                if (!threat) {
                    return null;
                }
            }
            default -> {
            }
        }
        c = new Cand(type, s, v);
        c.triggerText = trig;
        addSubjects(s, v, c.actors);
        if (type == EventType.STATEMENT) {
            // only governments and organisations make STATEMENT events; persons' words are statements
            c.actors.removeIf(a -> a.type == ActorType.PERSON);
            // "Iran has said", "the White House said": a named state or organisation, not "officials"
            int subject = first(s.children(v, "nsubj"));
            if (frame == Lexicon.Frame.SAY && (subject < 0 || !actors.isNamed(s, subject) && !speaksFor(s, subject)
                    || actors.resolve(s, subject) == null || actors.resolve(s, subject).type == ActorType.PERSON)) {
                return null;
            }
            return c;
        }
        for (int o : objs) {
            if (type == EventType.MEET || type == EventType.THREATEN || type == EventType.SANCTION
                    || type == EventType.VISIT && actors.resolve(s, o) != null
                    && actors.resolve(s, o).type == ActorType.PERSON) {
                addAll(c.actors, actors.resolveGroup(s, o));
            }
            ActorResolver.Draft visited = actors.resolve(s, o);
            // places are cities and venues; a visited state is not a place
            if (type == EventType.VISIT && c.place == null && s.tag(o).startsWith("NNP")
                    && (visited == null || visited.type != ActorType.GPE)) {
                c.place = s.token(o).word();
            }
        }
        if (type == EventType.NEGOTIATE) {
            // "brokered a truce between A and B": the parties of what is negotiated
            for (int o : objs) {
                nounParticipants(s, o, c.actors);
            }
        }
        if (type == EventType.VISIT && c.place == null) {
            // "paid a visit to Bergen"
            for (int t : s.children(v, "obl:to")) {
                ActorResolver.Draft visited = actors.resolve(s, t);
                if (s.tag(t).startsWith("NNP") && (visited == null || visited.type != ActorType.GPE)) {
                    c.place = s.token(t).word();
                    break;
                }
            }
        }
        List<Integer> with = new ArrayList<>(s.children(v, "obl:with"));
        with.addAll(s.children(v, "obl:between"));
        for (int w : with) {
            addAll(c.actors, actors.resolveGroup(s, w));
        }
        if (with.isEmpty() && type == EventType.MEET) {
            int w = misattachedWith(s, v);
            if (w >= 0) {
                addAll(c.actors, actors.resolveGroup(s, w));
            }
        }
        return c;
    }

    /**
     * The lexicon entry a verb token names: with its particle first ("called off", "walked out of", "took
     * place", "sat down"), else the verb alone.
     */
    private static Lexicon.Trigger entry(Doc.Sent s, int v) {
        String lemma = s.lemma(v);
        List<Integer> particles = new ArrayList<>(s.children(v, "compound:prt"));
        particles.addAll(s.children(v, "advmod"));
        for (int p : particles) {
            Lexicon.Trigger t = LEX.verb(lemma, s.lemma(p));
            if (t != null) {
                return t;
            }
        }
        if (!s.children(v, "obl:out_of").isEmpty() && LEX.verb(lemma, "out") != null) {
            return LEX.verb(lemma, "out");
        }
        for (String rel : s.relations(v)) {
            // "left for Lima": the verb and the preposition of its phrase
            if (rel.startsWith("obl:") && rel.indexOf('_') < 0 && LEX.verb(lemma, rel.substring(4)) != null) {
                return LEX.verb(lemma, rel.substring(4));
            }
        }
        for (int o : s.children(v, "obj")) {
            Lexicon.Trigger t = LEX.verb(lemma, s.lemma(o));
            if (t != null) {
                return t;
            }
        }
        return LEX.verb(lemma, "");
    }

    /** "after all" in the clause of {@code v}, wherever the parser attached it ("go ahead in Oslo after all"). */
    private static boolean afterAll(Doc.Sent s, int v) {
        for (int t = 1; t < s.tokens().size(); t++) {
            if (s.lemma(t).equals("all") && s.lemma(t - 1).equals("after")) {
                int cur = t;
                for (int hop = 0; hop < 3 && cur >= 0 && cur != v; hop++) {
                    cur = s.parent(cur);
                }
                if (cur == v) {
                    return true;
                }
            }
        }
        return false;
    }

    /** "A Chilean government spokeswoman said", "the foreign ministry said": one who speaks for a state or body. */
    private static boolean speaksFor(Doc.Sent s, int subject) {
        return SPOKESPERSONS.contains(s.lemma(subject)) || SPOKESPERSONS.contains(s.token(subject).word().toLowerCase(java.util.Locale.ROOT));
    }

    private static EventType nounTypeOr(String lemma, EventType otherwise) {
        EventType t = LEX.nounType(lemma);
        return t == null ? otherwise : t;
    }

    private Cand nounEvent(Doc.Sent s, int n, List<Cand> found) {
        String lemma = s.lemma(n);
        String word = s.token(n).word().toLowerCase(java.util.Locale.ROOT);
        EventType type = LEX.nounType(word.equals("talks") ? "talks" : lemma);
        if (type == null) {
            type = LEX.nounType(word);
        }
        if (type == null && Set.of("message", "messages", "exchange", "exchanges").contains(word)
                && s.children(n, "compound").stream().anyMatch(x -> Set.of("phone", "telephone").contains(s.lemma(x)))) {
            // "phone messages between the two governments"
            type = EventType.CALL;
        }
        if (type == null) {
            return null;
        }
        // the object of an act ("held talks", "cancel the meeting") belongs to that act
        String rel = s.relation(n);
        int gov = s.parent(n);
        if (s.heads(n, "nsubj").stream().anyMatch(h -> Set.of("break", "collapse", "cut", "fail", "stall")
                .contains(s.lemma(h)))) {
            // "the talks broke down": the breakdown is the event
            return null;
        }
        EventType actedOnBy = null;
        boolean hostedVisit = type == EventType.VISIT && gov >= 0 && rel.endsWith(":for")
                && Set.of("host", "receive", "welcome", "invite").contains(s.lemma(gov));
        if (gov >= 0 && !hostedVisit && ACT_VERBS.contains(s.lemma(gov)) && (rel.equals("obj") || rel.startsWith("obl")
                || rel.equals("nsubj:pass"))) {
            actedOnBy = LEX.verbType(s.lemma(gov));
            if (SCHEDULING.contains(s.lemma(gov)) && s.isVerb(gov)) {
                // "Meetings are scheduled for Monday between A and B", "A has proposed talks with B"
                Cand c = new Cand(type, s, n);
                c.triggerText = s.token(n).word();
                nounParticipants(s, n, c.actors);
                if (rel.equals("obj")) {
                    addSubjects(s, gov, c.actors);
                }
                for (String r : List.of("obl:between", "obl:with", "obl:among")) {
                    for (int x : s.children(gov, r)) {
                        addAll(c.actors, actors.resolveGroup(s, x));
                    }
                }
                if (!c.actors.isEmpty()) {
                    return c;
                }
                actedOnBy = null;
            } else if (actedOnBy == null || !actedOnBy.actsOnEvent() || !s.isVerb(gov)) {
                return null;
            }
        }
        if (rel.equals("nmod:for") && gov >= 0 && EVENT_OBJECTS.contains(s.lemma(gov))) {
            return null;
        }
        // "revived talks", "cancelled summit": the noun is the target of the act the adjective names
        for (int a : s.children(n, "amod")) {
            EventType act = LEX.verbType(s.lemma(a));
            if (act != null && act.actsOnEvent()) {
                return null;
            }
        }
        if (type == EventType.CALL && s.children(n, "compound").stream().noneMatch(
                c -> Set.of("phone", "telephone").contains(s.lemma(c))) && s.children(n, "nmod:with").isEmpty()) {
            return null;
        }
        Cand c = new Cand(type, s, n);
        c.triggerText = s.token(n).word();
        c.verbless = java.util.stream.IntStream.range(0, s.tokens().size()).noneMatch(s::isVerb);
        nounParticipants(s, n, c.actors);
        boolean copula = gov >= 0 && !s.isVerb(gov) && !s.children(gov, "cop").isEmpty();
        if (gov >= 0 && (s.isVerb(gov) || copula) && rel.matches("(obl|nmod):(after|at|during|following|on|in)")
                && (type == EventType.MEET || type == EventType.VISIT || type == EventType.CALL)
                && (c.actors.isEmpty() || c.actors.stream().noneMatch(a -> a.type == ActorType.PERSON)
                        || type == EventType.CALL)) {
            // "A and B announced the decision after a meeting in Addis Ababa": the subjects met; "Reyes spoke
            // during a visit to Lima": the subject is the visitor; "Reyes is in Lima at the APEC summit", "spoke
            // in a meeting with rebel leaders", "told her in a phone call with Lima": the subject takes part
            List<ActorResolver.Draft> subjects = new ArrayList<>();
            if (copula) {
                for (int x : s.children(gov, "nsubj")) {
                    addAll(subjects, actors.resolveGroup(s, x));
                }
            } else {
                addSubjects(s, gov, subjects);
            }
            List<ActorResolver.Draft> partners = new ArrayList<>(c.actors);
            if (type == EventType.CALL && !copula) {
                // "Reyes told Halvorsen in a phone call": whom the subject tells is on the line
                for (String r : List.of("obj", "iobj")) {
                    for (int o : s.children(gov, r)) {
                        addAll(partners, actors.resolveGroup(s, o));
                    }
                }
            }
            boolean partnerNamed = !partners.isEmpty() || !s.children(n, "nmod:with").isEmpty();
            if (subjects.size() >= (type == EventType.VISIT || partnerNamed ? 1 : 2)) {
                // the one who acts first, then the partners
                c.actors.clear();
                addAll(c.actors, subjects);
                addAll(c.actors, partners);
            }
        }
        if (c.actors.isEmpty() && hostedVisit) {
            // "will host President Hu on 19 January for a state visit": the guest visits, when the host says
            for (int o : s.children(gov, "obj")) {
                addAll(c.actors, actors.resolveGroup(s, o));
            }
            if (!c.actors.isEmpty()) {
                finish(c);
                c.status = status(s, gov);
                c.finished = true;
                return c;
            }
        }
        if (c.actors.isEmpty() && type.actsOnEvent() && gov >= 0 && s.isVerb(gov) && rel.equals("obj")
                && SPEECH_VERBS.contains(s.lemma(gov))) {
            // "Rojas announced the postponement of the talks": the act named by a noun, made by who announces it
            addSubjects(s, gov, c.actors);
            int of = first(s.children(n, "nmod:of"));
            if (of >= 0) {
                c.targetTok = of;
            }
        }
        if (c.actors.isEmpty() && gov >= 0 && s.isVerb(gov) && rel.equals("ccomp") && existential(s, n)) {
            // "A and B agreed that there will be a meeting in May": who agrees on or announces it takes part
            addSubjects(s, gov, c.actors);
        }
        if (actedOnBy != null) {
            // "Lee's planned meeting with Park on Thursday has been postponed": a planned event with its own
            // participants and a date or place is an event of its own, in the state the act leaves it;
            // "Lee postponed a visit to Hanoi planned for next week": the one who acts on a visit makes it
            if (c.actors.isEmpty() && type == EventType.VISIT && s.children(gov, "obj").contains(n)) {
                addSubjects(s, gov, c.actors);
            }
            if (c.actors.isEmpty()) {
                return null;
            }
            finish(c);
            if (c.date == null && c.place == null) {
                return null;
            }
            c.status = actedOnBy == EventType.CANCEL ? EventStatus.CANCELLED : EventStatus.PLANNED;
            c.finished = true;
            return c;
        }
        if (c.actors.isEmpty()) {
            // "The meeting at the harbour castle": a definite mention adds place and date to the last one
            boolean definite = s.children(n, "det").stream().anyMatch(d -> s.lemma(d).equals("the"));
            if (definite) {
                finish(c);
                for (int k = found.size() - 1; k >= 0; k--) {
                    Cand prev = found.get(k);
                    if (prev.type == type) {
                        if (prev.place == null) {
                            prev.place = c.place;
                        }
                        // "The negotiations are due to open on 3 May"
                        if (prev.date == null && c.date != null && c.status == prev.status) {
                            prev.date = c.date;
                        }
                        break;
                    }
                }
            }
        }
        return c;
    }

    /** "there will be a meeting", "there were talks": an event noun said to exist. */
    private static boolean existential(Doc.Sent s, int n) {
        return s.children(n, "cop").stream().anyMatch(c -> s.lemma(c).equals("be"))
                && java.util.stream.Stream.of("expl", "advmod").flatMap(r -> s.children(n, r).stream())
                        .anyMatch(t -> s.lemma(t).equalsIgnoreCase("there"));
    }

    /** "resumed talks on a summit of A and B": the adjective is the act. */
    private Cand revivedNoun(Doc.Sent s, int i) {
        if (!s.tag(i).equals("VBN") && !s.tag(i).equals("JJ")) {
            return null;
        }
        EventType type = LEX.verbType(s.lemma(i));
        if (type != EventType.REVIVE && type != EventType.CANCEL || !s.relation(i).equals("amod")) {
            return null;
        }
        int noun = s.parent(i);
        if (noun < 0 || !EVENT_OBJECTS.contains(s.lemma(noun)) && !EVENT_OBJECTS.contains(s.token(noun).word())) {
            return null;
        }
        Cand c = new Cand(type, s, i);
        c.triggerText = s.token(i).word();
        c.targetTok = noun;
        nounParticipants(s, noun, c.actors);
        return c.actors.isEmpty() ? null : c;
    }

    /** Participants named around an event noun: between, with, possessive, compound, and one level deeper. */
    private void nounParticipants(Doc.Sent s, int n, List<ActorResolver.Draft> out) {
        nounParticipants(s, n, out, 0);
    }

    private void nounParticipants(Doc.Sent s, int n, List<ActorResolver.Draft> out, int depth) {
        for (String rel : List.of("nmod:between", "nmod:with", "nmod:poss", "compound", "amod", "nmod:among",
                "nmod:by", "nmod:of")) {
            for (int a : s.children(n, rel)) {
                if (rel.equals("nmod:poss") && s.lemma(a).matches("they|their")) {
                    // "Kim and Trump signed a deal at their summit": the subjects of the clause
                    int v = s.parent(n);
                    for (int hop = 0; hop < 4 && v >= 0 && !s.isVerb(v); hop++) {
                        v = s.parent(v);
                    }
                    if (v >= 0 && s.isVerb(v) && depth == 0) {
                        addSubjects(s, v, out);
                    }
                    continue;
                }
                ActorResolver.Draft d = actors.resolve(s, a);
                if (rel.equals("amod") || rel.equals("compound")) {
                    if (d != null && d.type != ActorType.PERSON && d.active) {
                        addAll(out, List.of(d));
                    } else if (d != null && d.type == ActorType.PERSON) {
                        addAll(out, List.of(d));
                    }
                    continue;
                }
                addAll(out, actors.resolveGroup(s, a));
            }
        }
        // "talks which had included China, Japan and Russia", "a meeting in which Lee took part"
        for (int r : s.children(n, "acl:relcl")) {
            String l = s.lemma(r);
            List<Integer> who = Set.of("include", "involve", "bring").contains(l) ? s.children(r, "obj")
                    : Set.of("take", "attend", "join", "participate").contains(l) ? s.children(r, "nsubj") : List.of();
            for (int o : who) {
                addAll(out, actors.resolveGroup(s, o));
            }
        }
        if (out.isEmpty() && depth == 0) {
            for (int f : s.children(n, "nmod:for")) {
                if (EVENT_OBJECTS.contains(s.lemma(f))) {
                    nounParticipants(s, f, out, 1);
                }
            }
        }
    }

    /** "the summit will take place": the participants of the event last acted on or named. */
    private static List<ActorResolver.Draft> participantsOfLatestTarget(List<Cand> found) {
        for (int k = found.size() - 1; k >= 0; k--) {
            Cand c = found.get(k);
            if (c.targetTok >= 0 && c.actors.size() >= 2) {
                return c.actors;
            }
        }
        return List.of();
    }

    /** Subjects of a verb, or of the clause it depends on when it has none ("met, agreeing to ..."). */
    private void addSubjects(Doc.Sent s, int v, List<ActorResolver.Draft> out) {
        int cur = v;
        for (int hop = 0; hop < 3 && cur >= 0; hop++) {
            List<Integer> subj = new ArrayList<>(s.children(cur, "nsubj"));
            subj.removeAll(s.children(cur, "nsubj:pass"));
            if (!s.isVerb(cur)) {
                // "its willingness to resume talks", "Iran's decision to meet": the possessor acts
                subj.addAll(s.children(cur, "nmod:poss"));
            }
            // a headline's "Iran, world powers resume talks": the parser hangs the clause on the first name, the
            // comma standing for "and"
            if (!subj.isEmpty() && s.relation(cur).equals("parataxis") && s.parent(cur) >= 0 && s.parent(cur) < subj.get(0)
                    && s.tag(s.parent(cur)).startsWith("NNP") && s.relation(s.parent(cur)).equals("root")
                    && s.children(s.parent(cur), "punct").stream().anyMatch(p -> s.token(p).word().equals(",") && p < subj.get(0))) {
                subj.add(s.parent(cur));
            }
            if (!subj.isEmpty()) {
                for (int x : subj) {
                    List<ActorResolver.Draft> group = actors.resolveGroup(s, x);
                    if (group.isEmpty() && EVENT_OBJECTS.contains(s.lemma(x))) {
                        // "the six-party talks are set to resume": the participants of the talks
                        nounParticipants(s, x, group, 1);
                    }
                    addAll(out, group);
                }
                return;
            }
            String rel = s.relation(cur);
            if (rel.startsWith("xcomp") || rel.startsWith("advcl") || rel.startsWith("conj") || rel.startsWith("acl")
                    || rel.equals("dep") && s.tag(cur).equals("VBG")
                    || !s.isVerb(cur) && (rel.equals("obj") || rel.startsWith("nsubj"))) {
                cur = s.parent(cur);
            } else {
                return;
            }
        }
    }

    // ---------------------------------------------------------------- date, place, status

    private void finish(Cand c) {
        Doc.Sent s = c.sent;
        c.status = status(s, c.trigger);
        boolean past = c.status == EventStatus.HAPPENED;
        // an act's date is not the date of what it acts on ("cancelled the June 12 summit", "welcomes the
        // July 9 agreement"): dates inside its object or target are skipped
        Set<Integer> skip = new HashSet<>();
        if (c.type.actsOnEvent() || c.type == EventType.STATEMENT || c.type == EventType.WITHDRAW) {
            if (c.targetTok >= 0) {
                skip.add(c.targetTok);
            }
            if (s.isVerb(c.trigger)) {
                skip.addAll(s.children(c.trigger, "obj"));
                skip.addAll(s.children(c.trigger, "obl"));
                skip.addAll(s.children(c.trigger, "nsubj:pass"));
            }
            // "announced on Thursday": a date that is itself the object stays the act's date
            skip.removeIf(t -> Set.of("DATE", "TIME").contains(s.token(t).ner()));
        }
        lastDateMention = null;
        c.date = date(s, c.trigger, past, skip);
        if (c.date != null && lastDateMention != null && published != null) {
            String text = lastDateMention.get(edu.stanford.nlp.ling.CoreAnnotations.TextAnnotation.class);
            if (Dates.isNarrativeRelative(text) && c.date.precision() == org.chronograph.model.DatePrecision.DAY) {
                c.narrativeOffset = (int) java.time.temporal.ChronoUnit.DAYS.between(published, c.date.start());
            }
            // "the summit is on for June 12" in a June 1 article: told in the present, a day ahead is ahead, not
            // the same day of last year (the past reading moved it back a year)
            String value = lastDateMention.get(edu.stanford.nlp.ling.CoreAnnotations.NormalizedNamedEntityTagAnnotation.class);
            if (past && value != null && value.matches("\\d{4}-\\d{2}-\\d{2}.*") && presentTense(s, c.trigger)) {
                java.time.LocalDate ahead = java.time.LocalDate.parse(value.substring(0, 10));
                if (ahead.isAfter(published) && c.date.start().equals(ahead.minusYears(1))) {
                    c.date = PartialDate.of(ahead);
                }
            }
        }
        if (c.date == null && c.targetTok >= 0 && c.type == EventType.MEET) {
            c.date = date(s, c.targetTok, past, Set.of());
        }
        if (c.date == null && past && published != null && (presentPerfect(s, c.trigger)
                || c.type == EventType.STATEMENT && s.isVerb(c.trigger) && s.tag(c.trigger).matches("VB[ZP]"))) {
            // "has pulled out", "spoke today", a statement in the present ("The United States welcomes")
            c.date = PartialDate.of(published);
        }
        if (c.status == EventStatus.HAPPENED && c.date != null && published != null
                && c.date.start().isAfter(published)) {
            c.status = EventStatus.PLANNED;
        }
        if (c.place == null) {
            c.place = place(s, c.trigger);
        }
        if (c.targetTok >= 0) {
            c.target = phrase(s, c.targetTok);
        }
    }

    /**
     * The date attached to the trigger: a DATE inside the trigger's own phrase or clause (not inside another
     * clause), or, for a participle or infinitive ("met, agreeing to"), inside the clause it depends on.
     */
    private PartialDate date(Doc.Sent s, int trigger, boolean past, Set<Integer> skip) {
        PartialDate d = dateBelow(s, trigger, past, skip);
        String rel = s.relation(trigger);
        if (d == null && s.isVerb(trigger) && (rel.startsWith("advcl") || rel.startsWith("xcomp") || rel.startsWith("conj")
                || rel.equals("dep") && s.tag(trigger).equals("VBG"))
                && !inTemporalClause(s, trigger)) {
            d = dateBelow(s, s.parent(trigger), past, skip);
        }
        if (d == null && s.isVerb(trigger)) {
            // "the talks were suspended when it emerged that ... in 2019": a when-clause gives the time
            for (int w : s.children(trigger, "advcl")) {
                if (s.children(w, "mark").stream().anyMatch(m -> s.lemma(m).equals("when"))
                        || s.children(w, "advmod").stream().anyMatch(m -> s.lemma(m).equals("when"))) {
                    d = d != null ? d : dateBelow(s, w, past, skip);
                    List<Integer> inner = new ArrayList<>(s.children(w, "ccomp"));
                    inner.addAll(s.children(w, "xcomp"));
                    for (int cc : inner) {
                        d = d != null ? d : dateBelow(s, cc, past, skip);
                    }
                }
            }
        }
        if (d == null && s.isNoun(trigger) && (rel.equals("obj") || rel.startsWith("obl")) && s.parent(trigger) >= 0
                && s.isVerb(s.parent(trigger)) && (!LEX.isVerbTrigger(s.lemma(s.parent(trigger)))
                        || rel.matches("obl:(in|at|during)"))) {
            // "joined a meeting of the group a day earlier", "attended talks on Monday"; the occasion of what is
            // done that day, even by another event's verb: "announced the quotas on Friday in a meeting"
            d = dateBelow(s, s.parent(trigger), past, Set.of(trigger));
        }
        if (d == null && s.isNoun(trigger)) {
            // "a visit that was planned for next week"
            for (int r : s.children(trigger, "acl")) {
                d = d != null ? d : dateBelow(s, r, past, Set.of(trigger));
            }
        }
        if (d == null && s.isNoun(trigger) && rel.startsWith("nsubj") && s.parent(trigger) >= 0) {
            // "the negotiations are due to open on 3 May": the clause the event noun is subject of
            int head = s.parent(trigger);
            d = dateBelow(s, head, past, Set.of(trigger));
            for (int x : s.children(head, "xcomp")) {
                d = d != null ? d : dateBelow(s, x, past, Set.of(trigger));
            }
        }
        return d;
    }

    private PartialDate dateBelow(Doc.Sent s, int head, boolean past, Set<Integer> skip) {
        if (head < 0) {
            return null;
        }
        for (CoreMap m : s.mentions()) {
            if (!Dates.isDate(m)) {
                continue;
            }
            if (inDateline(s, m) || deadline(s, Dates.headToken(m))) {
                continue;
            }
            int cur = Dates.headToken(m);
            for (int hop = 0; hop < 5 && cur >= 0 && !skip.contains(cur); hop++) {
                if (hop > 0 && deadline(s, cur)) {
                    // "her first visit since the conflict in July"
                    break;
                }
                int p = s.parent(cur);
                if (p == head) {
                    PartialDate d = Dates.of(m, published, past);
                    if (d != null) {
                        lastDateMention = m;
                        return spanOf(s, m, d, past);
                    }
                    break;
                }
                if (p < 0 || s.isVerb(p) || !s.children(p, "cop").isEmpty() && s.relation(p).matches("ccomp|csubj.*")) {
                    // a date inside a clause of its own belongs to it: "agreed that there will be a meeting in May"
                    break;
                }
                cur = p;
            }
        }
        return null;
    }

    private static final java.util.regex.Pattern DATELINE = java.util.regex.Pattern.compile(
            "^\\p{Lu}[\\p{Lu} .,'’-]+,[^.]{0,40}?(\\(\\p{L}+\\))?\\s*[-–—]\\s");

    /** "OTTAWA, June 13 (Agency) - ...": the date of the dispatch, not of what it reports. */
    private static boolean inDateline(Doc.Sent s, CoreMap mention) {
        if (s.tokens().isEmpty()) {
            return false;
        }
        java.util.regex.Matcher m = DATELINE.matcher(s.sentence().text());
        int begin = mention.get(edu.stanford.nlp.ling.CoreAnnotations.CharacterOffsetBeginAnnotation.class);
        return m.find() && begin - s.sentence().begin() < m.end();
    }

    /** "by June", "until Friday", "since July": a deadline or a starting point, not the event's date. */
    private static boolean deadline(Doc.Sent s, int dateHead) {
        return s.children(dateHead, "case").stream().anyMatch(c -> Set.of("by", "until", "till", "since", "before",
                "after").contains(s.lemma(c)));
    }

    /**
     * "on Monday and Tuesday", "October 26-27": an event over several days is dated by the month they share
     * (by the year when they do not share one).
     */
    private PartialDate spanOf(Doc.Sent s, CoreMap mention, PartialDate first, boolean past) {
        if (first.precision() != org.chronograph.model.DatePrecision.DAY) {
            return first;
        }
        PartialDate last = null;
        String text = mention.get(edu.stanford.nlp.ling.CoreAnnotations.TextAnnotation.class);
        java.util.regex.Matcher range = java.util.regex.Pattern.compile("\\b(\\d{1,2})\\s*[-–]\\s*(\\d{1,2})\\b")
                .matcher(text);
        if (range.find() && Integer.parseInt(range.group(2)) > Integer.parseInt(range.group(1))) {
            last = first;
        }
        int head = Dates.headToken(mention);
        for (int conj : s.children(head, "conj")) {
            for (CoreMap other : s.mentions()) {
                if (Dates.isDate(other) && Dates.headToken(other) == conj) {
                    last = Dates.of(other, published, past);
                }
            }
        }
        if (last == null) {
            return first;
        }
        String a = first.value();
        String b = last.value();
        return a.substring(0, 7).equals(b.substring(0, 7)) ? PartialDate.parse(a.substring(0, 7))
                : PartialDate.parse(a.substring(0, 4));
    }

    /** The clause of the trigger is in the simple present: "is on for", "meet on", not "has met" or "said". */
    private static boolean presentTense(Doc.Sent s, int trigger) {
        int v = trigger;
        for (int hop = 0; hop < 3 && v >= 0 && !s.isVerb(v) && s.children(v, "cop").isEmpty(); hop++) {
            v = s.parent(v);
        }
        if (v < 0) {
            return false;
        }
        List<Integer> verbs = new ArrayList<>(s.children(v, "cop"));
        verbs.addAll(s.children(v, "aux"));
        if (s.isVerb(v)) {
            verbs.add(v);
        }
        return !verbs.isEmpty() && verbs.stream().allMatch(t -> s.tag(t).matches("VBZ|VBP|VBG"))
                && verbs.stream().noneMatch(t -> s.lemma(t).equals("have"));
    }

    private static boolean presentPerfect(Doc.Sent s, int v) {
        for (int a : s.children(v, "aux")) {
            if (s.lemma(a).equals("have") && (s.tag(a).equals("VBP") || s.tag(a).equals("VBZ"))) {
                return true;
            }
        }
        return s.children(v, "obl:tmod").stream().anyMatch(x -> s.lemma(x).equals("today"))
                || s.children(v, "advmod").stream().anyMatch(x -> s.lemma(x).equals("today"));
    }

    private String place(Doc.Sent s, int trigger) {
        for (String rel : List.of("obl:in", "obl:at", "nmod:in", "nmod:at")) {
            for (int p : s.children(trigger, rel)) {
                // "in June", "at their summit": times and events are not places
                if (!"O".equals(s.token(p).ner()) && !Set.of("LOCATION", "CITY", "COUNTRY", "STATE_OR_PROVINCE",
                        "ORGANIZATION", "FACILITY").contains(s.token(p).ner()) || EVENT_OBJECTS.contains(s.lemma(p))
                        || LEX.noun(s.lemma(p)) != null) {
                    continue;
                }
                String known = actors.placeAt(s, p);
                if (known != null) {
                    return known;
                }
                if (s.tag(p).startsWith("NNP")) {
                    return phraseNoDet(s, p);
                }
                if (rel.endsWith(":at") && s.isNoun(p) && !Set.of("time", "level", "moment", "end", "start")
                        .contains(s.lemma(p))) {
                    return phraseNoDet(s, p);
                }
            }
        }
        return null;
    }

    private EventStatus status(Doc.Sent s, int trigger) {
        boolean planned = false;
        int cur = trigger;
        for (int hop = 0; hop < 4 && cur >= 0; hop++) {
            for (int m : s.children(cur, "mark")) {
                if (Set.of("if", "unless", "whether").contains(s.lemma(m))) {
                    return EventStatus.HYPOTHETICAL;
                }
            }
            for (String rel : List.of("aux", "advmod", "amod", "cop")) {
                for (int a : s.children(cur, rel)) {
                    String l = s.lemma(a);
                    boolean reportedFuture = l.equals("would") && s.relation(cur).startsWith("ccomp")
                            && StatementExtractor.SPEECH.contains(s.lemma(s.parent(cur))) && s.tag(s.parent(cur)).equals("VBD");
                    if (reportedFuture) {
                        // "said the talks would take place in May": the future seen from the past
                        planned = true;
                    } else if (HYPOTHETICAL_WORDS.contains(l) || HYPOTHETICAL_WORDS.contains(s.token(a).word().toLowerCase())) {
                        return EventStatus.HYPOTHETICAL;
                    }
                    if (l.equals("will") || l.equals("shall") || PLANNED_ADJECTIVES.contains(s.token(a).word().toLowerCase())) {
                        planned = true;
                    }
                }
            }
            if (HYPOTHETICAL_WORDS.contains(s.lemma(cur)) && cur != trigger) {
                return EventStatus.HYPOTHETICAL;
            }
            if (cur != trigger && PLANNING.contains(s.lemma(cur))) {
                planned = true;
            }
            // "to meet", "the summit may take place": walk up to what governs the trigger
            String rel = s.relation(cur);
            if (rel.startsWith("xcomp") || rel.startsWith("ccomp") || rel.equals("obj") || rel.startsWith("nsubj") || rel.startsWith("acl")
                    || rel.equals("amod")) {
                cur = s.parent(cur);
            } else {
                break;
            }
        }
        // a headline's "Trump and Kim to meet in Singapore": the infinitive heading a sentence announces
        // ("US: negotiators to resume talks" hangs the clause on the dateline word: parataxis, dep, appos)
        if (!planned && s.isVerb(trigger) && (s.relation(trigger).equals("root")
                || Set.of("parataxis", "dep", "appos").contains(s.relation(trigger)) && !s.children(trigger, "nsubj").isEmpty())
                && s.children(trigger, "mark").stream().anyMatch(m -> s.lemma(m).equals("to"))) {
            planned = true;
        }
        // "had been due to meet", "is expected to travel": read from the words when the parse goes astray
        if (!planned && trigger >= 2 && s.token(trigger - 1).word().equalsIgnoreCase("to")
                && Set.of("due", "expected", "scheduled", "set", "slated", "planned", "poised", "likely")
                .contains(s.token(trigger - 2).word().toLowerCase(java.util.Locale.ROOT))) {
            planned = true;
        }
        // "was heading to Cairo", "is flying to Seoul": a journey under way has not yet arrived
        if (!planned && s.tag(trigger).equals("VBG") && Set.of("head", "travel", "fly").contains(s.lemma(trigger))
                && s.children(trigger, "aux").stream().anyMatch(a -> s.lemma(a).equals("be"))) {
            planned = true;
        }
        // "agreed on Thursday to resume talks": the decision to resume is the act, and it has happened
        if (planned && REVIVE_DECISIONS.contains(s.lemma(s.parent(trigger) < 0 ? trigger : s.parent(trigger)))
                && s.relation(trigger).startsWith("xcomp") && LEX.verbType(s.lemma(trigger)) == EventType.REVIVE
                && s.tag(s.parent(trigger)).equals("VBD")) {
            planned = false;
        }
        return planned ? EventStatus.PLANNED : EventStatus.HAPPENED;
    }

    private static boolean negated(Doc.Sent s, int i) {
        return negated(s, i, 0);
    }

    private static boolean negated(Doc.Sent s, int i, int depth) {
        if (depth < 2 && s.relation(i).startsWith("xcomp") && s.parent(i) >= 0) {
            // "refused to negotiate", "did not want to meet": the event the governing verb denies
            int gov = s.parent(i);
            if (NEGATING_VERBS.contains(s.lemma(gov)) || negated(s, gov, depth + 1)) {
                return true;
            }
        }
        for (int a : s.children(i, "advmod")) {
            String l = s.lemma(a);
            if (l.equals("not") || l.equals("never") || l.equals("n't")) {
                return true;
            }
        }
        // "without reaching a deal"
        if (s.children(i, "mark").stream().anyMatch(m -> s.lemma(m).equals("without"))
                || s.relation(i).endsWith(":without")) {
            return true;
        }
        return !s.children(i, "neg").isEmpty()
                || s.children(i, "det").stream().anyMatch(d -> Set.of("no", "any", "every").contains(s.lemma(d)));
    }

    /**
     * "have negotiated for more than a decade", "have met regularly for years": a state that has lasted a
     * month or more is background, not a datable event.
     */
    private static boolean longRunning(Doc.Sent s, int v) {
        for (CoreMap m : s.mentions()) {
            if (!"DURATION".equals(m.get(edu.stanford.nlp.ling.CoreAnnotations.NamedEntityTagAnnotation.class))) {
                continue;
            }
            String value = m.get(edu.stanford.nlp.ling.CoreAnnotations.NormalizedNamedEntityTagAnnotation.class);
            int head = Dates.headToken(m);
            // "for more than a decade" (not "two years after ...", "ending 20 years of conflict")
            boolean attached = s.parent(head) == v && s.children(head, "case").stream()
                    .anyMatch(c -> Set.of("for", "over", "during", "throughout").contains(s.lemma(c)));
            if (attached && value != null && value.matches("P(\\d+|X)(Y|M|E|C)|P\\d+W") && !value.matches("P[1-3]W")) {
                return true;
            }
        }
        return false;
    }

    // ---------------------------------------------------------------- targets and merging

    private void linkTargets(List<Cand> found) {
        for (Cand act : found) {
            if (!act.type.actsOnEvent() || act.targetTok < 0) {
                continue;
            }
            Cand best = null;
            for (Cand e : found) {
                if (e == act || e.type.actsOnEvent() || e.status == EventStatus.HAPPENED) {
                    continue;
                }
                if (e.type == EventType.MEET && e.actors.stream().anyMatch(act.actors::contains)) {
                    best = e;
                    break;
                }
            }
            act.targetEvent = best;
        }
    }

    private List<Cand> merge(List<Cand> found) {
        List<Cand> out = new ArrayList<>();
        for (Cand c : found) {
            Cand same = null;
            for (Cand o : out) {
                if (sameEvent(o, c)) {
                    same = o;
                    break;
                }
            }
            if (same == null) {
                out.add(c);
                continue;
            }
            same.merged.add(c);
            addAll(same.actors, c.actors);
            if (c.status == EventStatus.CANCELLED || same.verbless && !c.verbless) {
                same.status = c.status;
                same.verbless = c.verbless;
            }
            if (same.date == null || c.date != null && c.date.precision().compareTo(same.date.precision()) < 0) {
                same.date = c.date;
            }
            if (same.place == null) {
                same.place = c.place;
            }
            if (same.target == null || c.target != null && c.target.length() > same.target.length()) {
                // the fullest description of what is acted on: the body's, not the headline's
                same.target = c.target;
                if (c.targetEvent != null || same.targetEvent == null) {
                    same.targetEvent = c.targetEvent;
                }
            }
        }
        for (Cand c : out) {
            if (c.targetEvent != null && !out.contains(c.targetEvent)) {
                for (Cand o : out) {
                    if (o.merged.contains(c.targetEvent)) {
                        c.targetEvent = o;
                    }
                }
            }
        }
        return out;
    }

    private static boolean sameEvent(Cand a, Cand b) {
        if (a.type != b.type) {
            return false;
        }
        // "agreed to hold an exercise" and "agreed to set up a task force" are two agreements
        if (a.type == EventType.AGREE && a.sent != b.sent && agreedOn(a) != null && agreedOn(b) != null
                && !agreedOn(a).equals(agreedOn(b))) {
            return false;
        }
        if (a.date != null && b.date != null && !a.date.contains(b.date) && !b.date.contains(a.date)) {
            return false;
        }
        // "held a meeting with the negotiators before meeting the leaders": one clause set before the other in time
        if (a.sent == b.sent && setApartInTime(a.sent, a.trigger) != setApartInTime(b.sent, b.trigger)) {
            return false;
        }
        // a meeting in Jerusalem and one in Ramallah are two meetings
        if (a.place != null && b.place != null && !a.place.equalsIgnoreCase(b.place)) {
            return false;
        }
        boolean aHappened = a.status == EventStatus.HAPPENED;
        boolean bHappened = b.status == EventStatus.HAPPENED;
        if (aHappened != bHappened && !a.verbless && !b.verbless) {
            return false;
        }
        // the same participants, or one mention naming only some of them ("Mr Reyes called off the summit");
        // a planned event is one per article for a participant ("Lee was to meet Park ... Lee's planned
        // meeting with a senior official was postponed")
        boolean subset = a.actors.containsAll(b.actors) || b.actors.containsAll(a.actors);
        boolean overlap = a.actors.stream().anyMatch(b.actors::contains);
        return subset || !aHappened && overlap;
    }

    /** What an agreement is about: the verb or noun the agreeing governs, or null. */
    private static String agreedOn(Cand c) {
        Doc.Sent s = c.sent;
        for (String rel : List.of("xcomp", "obj", "ccomp", "obl:on")) {
            for (int x : s.children(c.trigger, rel)) {
                return s.lemma(x);
            }
        }
        return null;
    }

    // ---------------------------------------------------------------- helpers

    private String phrase(Doc.Sent s, int head) {
        int from = head;
        int to = head + 1;
        for (IndexedWord d : s.graph().descendants(s.node(head))) {
            int i = d.index() - 1;
            if (Math.abs(i - head) <= 12) {
                from = Math.min(from, i);
                to = Math.max(to, i + 1);
            }
        }
        while (to - 1 > from && s.tag(to - 1).matches("[,.:]")) {
            to--;
        }
        // "over resumed talks on ...": drop the preposition and the act's own word in front
        while (from < head && (s.relation(from).equals("case") || LEX.isVerbTrigger(s.lemma(from))
                && s.relation(from).equals("amod"))) {
            from++;
        }
        return s.text(doc.article.text(), from, to);
    }

    private String phraseNoDet(Doc.Sent s, int head) {
        int from = head;
        for (String rel : List.of("compound", "amod")) {
            for (int c : s.children(head, rel)) {
                if (c < head) {
                    from = Math.min(from, c);
                }
            }
        }
        return s.text(doc.article.text(), from, head + 1);
    }

    /**
     * A statement that only carries news of an event ("the ministry said the talks will focus on ...",
     * "issued a statement saying the meeting will take place later", "announced that envoys will travel")
     * is the vehicle of that event, not an event of its own.
     */
    private boolean reportsAnEvent(Cand statement, List<Cand> found) {
        Doc.Sent s = statement.sent;
        int v = statement.trigger;
        if (!s.isVerb(v)) {
            return false;
        }
        List<Integer> content = new ArrayList<>(s.children(v, "ccomp"));
        content.addAll(s.children(v, "xcomp"));
        for (int o : s.children(v, "obj")) {
            content.addAll(s.children(o, "acl"));
        }
        Set<Integer> inside = new HashSet<>();
        for (int c : content) {
            inside.add(c);
            s.graph().descendants(s.node(c)).forEach(w -> inside.add(w.index() - 1));
        }
        for (Cand other : found) {
            if (other != statement && other.sent == s && other.type != EventType.STATEMENT && inside.contains(other.trigger)) {
                return true;
            }
        }
        for (int t : inside) {
            if (Set.of("send", "dispatch").contains(s.lemma(t)) && s.isVerb(t)) {
                return true;
            }
            boolean subject = s.relation(t).startsWith("nsubj");
            if (subject && EVENT_OBJECTS.contains(s.lemma(t)) && !negated(s, t)) {
                return true;
            }
        }
        return false;
    }

    /**
     * "spoke with Minister Lee to follow up on ...": the parser may take the partner for the subject of the
     * following clause. Returns the head of the named actor right after a "with" that follows the verb and
     * is not attached to it, or -1.
     */
    private int misattachedWith(Doc.Sent s, int v) {
        for (int j = v + 1; j < s.tokens().size() && j <= v + 3; j++) {
            if (!s.token(j).word().equalsIgnoreCase("with") || s.relation(j).equals("case") && s.parent(j) != v
                    && !s.relation(s.parent(j)).startsWith("nsubj")) {
                continue;
            }
            for (int k = j + 1; k < s.tokens().size() && k <= j + 8; k++) {
                if (s.isVerb(k) || s.tag(k).matches("[,.:]")) {
                    break;
                }
                if (actors.isNamed(s, k) && (k + 1 >= s.tokens().size() || !actors.isNamed(s, k + 1))) {
                    return k;
                }
            }
        }
        return -1;
    }

    private static int first(List<Integer> xs) {
        return xs.isEmpty() ? -1 : xs.get(0);
    }

    private static int firstWith(Doc.Sent s, List<Integer> toks, Set<String> lemmas) {
        for (int t : toks) {
            if (lemmas.contains(s.lemma(t)) || lemmas.contains(s.token(t).word().toLowerCase(java.util.Locale.ROOT))) {
                return t;
            }
        }
        return -1;
    }

    private static boolean isTreatyName(Doc.Sent s, int t) {
        String w = s.token(t).word();
        return w.matches("[A-Z]{2,}") || TREATY_OBJECTS.contains(s.lemma(t));
    }

    private static void addAll(List<ActorResolver.Draft> out, List<ActorResolver.Draft> more) {
        for (ActorResolver.Draft d : more) {
            if (d != null && !out.contains(d)) {
                out.add(d);
            }
        }
    }
}
