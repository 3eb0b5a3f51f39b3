package org.chronograph.extract;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.util.CoreMap;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.chronograph.model.Actor;
import org.chronograph.model.ActorType;
import org.chronograph.model.Names;

/**
 * Finds the actors of one article and resolves any token to the actor it refers to: names from NER merged
 * across variants ("Tomás Reyes", "Mr Reyes"), titles inside names ("Chilean President Tomás Reyes"),
 * states by their other names, seats of government and short forms ("Pyongyang", "the North", "US"),
 * organisations, descriptions ("the US leader", "White House officials") and pronouns ("He tweeted").
 */
final class ActorResolver {

    /** An actor being built from its mentions. */
    static final class Draft {
        String name;
        final ActorType type;
        final Set<String> aliases = new LinkedHashSet<>();
        String role;
        String country;
        List<String> key;
        /** A state counts as an actor once it is named outside a modifier or place position. */
        boolean active;

        Draft(String name, ActorType type) {
            this.name = name;
            this.type = type;
            this.key = nameKey(name);
        }

        String id() {
            return Names.actorId(type, name);
        }

        Actor toActor() {
            List<String> al = aliases.stream().filter(a -> !a.equals(name)).toList();
            return new Actor(id(), name, type, al, role, country);
        }
    }

    /** A place of a token in the text: sentence and token index. */
    record Pos(int sent, int tok) implements Comparable<Pos> {
        @Override
        public int compareTo(Pos o) {
            return sent != o.sent ? Integer.compare(sent, o.sent) : Integer.compare(tok, o.tok);
        }
    }

    private record Occurrence(Pos pos, Draft actor, boolean subject) {
    }

    private static final Set<String> GROUP_HEADS = Lexicon.get().words("group-head");
    /** Singular nouns for one person acting for a state ("the top Chilean diplomat"). */
    private static final Set<String> PERSON_HEADS = Lexicon.get().words("person-head");
    private static final Set<String> DIRECTIONS = Set.of("north", "south", "east", "west");
    private static final Set<String> NAME_PREFIXES = Set.of("mr", "mrs", "ms", "dr", "mr.", "mrs.", "ms.", "dr.", "sir");

    private final Doc doc;
    private final Gazetteer gaz = Gazetteer.get();
    private final List<Draft> drafts = new ArrayList<>();
    private final Map<Pos, Draft> byToken = new HashMap<>();
    private final Map<Pos, String> places = new HashMap<>();
    private final List<Occurrence> occurrences = new ArrayList<>();

    ActorResolver(Doc doc) {
        this.doc = doc;
        List<Object[]> pendingDirections = new ArrayList<>();
        for (Doc.Sent s : doc.sentences) {
            for (CoreMap m : s.mentions()) {
                List<CoreLabel> toks = m.get(CoreAnnotations.TokensAnnotation.class);
                int begin = toks.get(0).index() - 1;
                int end = toks.get(toks.size() - 1).index();
                String ner = m.get(CoreAnnotations.NamedEntityTagAnnotation.class);
                if (toks.stream().allMatch(t -> t.tag().startsWith("PRP") || t.tag().startsWith("WP"))) {
                    continue;
                }
                switch (ner) {
                    case "PERSON" -> person(s, begin, end);
                    case "MISC" -> misc(s, begin, end);
                    case "ORGANIZATION" -> organisation(s, begin, end);
                    case "LOCATION", "COUNTRY", "CITY", "STATE_OR_PROVINCE" -> {
                        if (!location(s, begin, end)) {
                            String w = s.text(doc.article.text(), begin, end);
                            if (end - begin == 1 && DIRECTIONS.contains(w.toLowerCase(Locale.ROOT))) {
                                pendingDirections.add(new Object[] {s, begin, w});
                            }
                        }
                    }
                    default -> {
                    }
                }
            }
            gazetteerScan(s);
        }
        surnamesNerMissed();
        for (Object[] p : pendingDirections) {
            Doc.Sent s = (Doc.Sent) p[0];
            int tok = (int) p[1];
            String dir = ((String) p[2]).toLowerCase(Locale.ROOT);
            drafts.stream().filter(d -> d.type == ActorType.GPE && d.name.toLowerCase(Locale.ROOT).startsWith(dir + " "))
                    .findFirst()
                    .ifPresent(d -> mark(s, tok, tok + 1, d, (tok > 0 ? s.token(tok - 1).word() + " " : "") + p[2]));
        }
        indexOccurrences();
    }

    // ---------------------------------------------------------------- mentions

    /**
     * "President Boric greeted Brandt": a proper noun the tagger left untagged (or took for a place or a body that
     * nothing resolved) that is the surname of exactly one
     * person the article names in full is that person (a title before it may stand; another name beside it not).
     */
    private void surnamesNerMissed() {
        Map<String, List<Draft>> bySurname = new HashMap<>();
        for (Draft d : drafts) {
            String[] parts = d.name.split("\\s+");
            if (d.type == ActorType.PERSON && parts.length > 1) {
                bySurname.computeIfAbsent(parts[parts.length - 1], k -> new ArrayList<>()).add(d);
            }
        }
        for (Doc.Sent s : doc.sentences) {
            for (int t = 0; t < s.tokens().size(); t++) {
                List<Draft> ds = bySurname.get(s.token(t).word());
                if (ds == null || ds.size() != 1 || !s.tag(t).equals("NNP") || byToken.containsKey(new Pos(s.index(), t))
                        || "PERSON".equals(s.token(t).ner()) || gaz.byName(s.token(t).word()) != null
                        || gaz.bySeat(s.token(t).word()) != null) {
                    continue;
                }
                boolean before = t > 0 && s.tag(t - 1).startsWith("NNP") && !gaz.isTitleWord(s.token(t - 1).word());
                boolean after = t + 1 < s.tokens().size() && s.tag(t + 1).startsWith("NNP");
                if (!before && !after) {
                    mark(s, t, t + 1, ds.get(0), s.token(t).word());
                }
            }
        }
    }

    private void person(Doc.Sent s, int begin, int end) {
        // "Mogadishu broke off contacts": a seat of government or a state tagged as a person
        String surface = s.text(doc.article.text(), begin, end);
        Gazetteer.Entry place = gaz.bySeat(surface);
        if (place == null && gaz.byName(surface) != null && gaz.byName(surface).state()) {
            place = gaz.byName(surface);
        }
        if (place != null) {
            mark(s, begin, end, entry(place), surface);
            return;
        }
        int b = begin;
        while (b < end && gaz.isTitleWord(s.token(b).word()) && end - b > 1) {
            b++;
        }
        if (gaz.isTitleWord(s.token(b).word())) {
            return;
        }
        addPerson(s, begin, b, end);
    }

    private void misc(Doc.Sent s, int begin, int end) {
        // "Chilean President Tomás Reyes": a title, then capitalised name tokens
        int lastTitle = -1;
        for (int i = begin; i < end; i++) {
            if (gaz.isTitleWord(s.token(i).word())) {
                lastTitle = i;
            }
        }
        if (lastTitle < 0 || lastTitle == end - 1) {
            return;
        }
        for (int i = lastTitle + 1; i < end; i++) {
            String w = s.token(i).word();
            if (!Character.isUpperCase(w.charAt(0)) && !w.equals("-")) {
                return;
            }
        }
        addPerson(s, begin, lastTitle + 1, end);
    }

    /** A person named by tokens [nameBegin, end), with title tokens from mentionBegin. */
    private void addPerson(Doc.Sent s, int mentionBegin, int nameBegin, int end) {
        String text = doc.article.text();
        String surface = s.text(text, nameBegin, end);
        List<String> key = nameKey(surface);
        if (key.isEmpty()) {
            return;
        }
        Draft d = findPerson(key, s.text(text, mentionBegin, nameBegin > mentionBegin ? nameBegin : mentionBegin + 1));
        if (d == null) {
            d = new Draft(cleanName(surface), ActorType.PERSON);
            drafts.add(d);
        } else if (key.size() > d.key.size()) {
            d.name = cleanName(surface);
            d.key = key;
        }
        // title and country before the name: "US Secretary of State Jane Doe", "Spokeswoman Ann Lee"
        int b = mentionBegin;
        while (b > 0) {
            String w = s.token(b - 1).word();
            boolean of = w.equalsIgnoreCase("of") && b > 1 && gaz.isTitleWord(s.token(b - 2).word());
            if (gaz.isTitleWord(w) || of || gaz.byDemonym(w) != null || isStateToken(s, b - 1)) {
                b--;
            } else {
                break;
            }
        }
        String role = null;
        String country = null;
        List<String> roleWords = new ArrayList<>();
        for (int i = b; i < nameBegin; i++) {
            String w = s.token(i).word();
            Gazetteer.Entry demonym = gaz.byDemonym(w);
            if (i + 1 < nameBegin && gaz.byDemonym(w + " " + s.token(i + 1).word()) != null) {
                demonym = gaz.byDemonym(w + " " + s.token(i + 1).word());
                i++;
            } else if (i + 1 < nameBegin && gaz.byName(w + " " + s.token(i + 1).word()) != null
                    && gaz.byName(w + " " + s.token(i + 1).word()).state()) {
                demonym = gaz.byName(w + " " + s.token(i + 1).word());
                i++;
            } else if (demonym == null && gaz.byName(w) != null && gaz.byName(w).state()) {
                demonym = gaz.byName(w);
            }
            if (demonym != null && demonym.state()) {
                country = demonym.name();
            } else if (!NAME_PREFIXES.contains(w.toLowerCase(Locale.ROOT))) {
                roleWords.add(w);
            }
        }
        if (!roleWords.isEmpty()) {
            role = String.join(" ", roleWords);
        }
        // "President Tomás Reyes of the Republic of Chile"
        if (end + 1 < s.tokens().size() && s.token(end).word().equals("of")) {
            for (int len = Math.min(5, s.tokens().size() - end - 1); len >= 1; len--) {
                Gazetteer.Entry e = gaz.byName(s.text(text, end + 1, end + 1 + len));
                if (e != null && e.state()) {
                    country = e.name();
                    break;
                }
            }
        }
        if (role != null && d.role == null) {
            d.role = role;
        }
        if (country != null && d.country == null) {
            d.country = country;
        }
        String alias = s.text(text, b, end);
        d.aliases.add(surface);
        d.aliases.add(alias);
        if (mentionBegin > 0 && NAME_PREFIXES.contains(s.token(mentionBegin - 1).word().toLowerCase(Locale.ROOT))) {
            d.aliases.add(s.text(text, mentionBegin - 1, end));
        }
        for (int i = nameBegin; i < end; i++) {
            byToken.put(new Pos(s.index(), i), d);
        }
    }

    private boolean isStateToken(Doc.Sent s, int i) {
        Gazetteer.Entry e = gaz.byName(s.token(i).word());
        return e != null && e.state() && Character.isUpperCase(s.token(i).word().charAt(0));
    }

    /**
     * The person a name refers to: an exact match, or one sharing the first or last name. Among several
     * ("Trump" after "Donald Trump" and "Ivanka Trump"), the one whose role the title before the name
     * repeats ("President Trump"), else the one named first.
     */
    private Draft findPerson(List<String> key, String title) {
        List<Draft> found = new ArrayList<>();
        for (Draft d : drafts) {
            if (d.type != ActorType.PERSON) {
                continue;
            }
            List<String> k = d.key;
            if (k.equals(key)) {
                return d;
            }
            boolean match = key.size() == 1 && (k.get(0).equals(key.get(0)) || k.get(k.size() - 1).equals(key.get(0)))
                    || k.size() == 1 && (key.get(0).equals(k.get(0)) || key.get(key.size() - 1).equals(k.get(0)))
                    || k.size() > 1 && key.size() > 1 && k.get(0).equals(key.get(0))
                    && k.get(k.size() - 1).equals(key.get(key.size() - 1));
            if (match) {
                found.add(d);
            }
        }
        if (found.size() > 1 && title != null) {
            String t = title.toLowerCase(Locale.ROOT);
            for (Draft d : found) {
                if (d.role != null && !t.isBlank() && t.contains(d.role.toLowerCase(Locale.ROOT).replaceAll(".* ", ""))) {
                    return d;
                }
            }
        }
        return found.isEmpty() ? null : found.get(0);
    }

    private void organisation(Doc.Sent s, int begin, int end) {
        String text = doc.article.text();
        String surface = s.text(text, begin, end);
        Gazetteer.Entry e = gaz.byName(surface);
        if (e != null) {
            mark(s, begin, end, entry(e), surface);
            return;
        }
        // "Defence" of "Defence Secretary", "State" of "Secretary of State"
        boolean allTitles = true;
        for (int i = begin; i < end; i++) {
            allTitles &= gaz.isTitleWord(s.token(i).word());
        }
        if (allTitles) {
            return;
        }
        int b = begin;
        if (s.token(b).word().equalsIgnoreCase("the") && end - b > 1) {
            b++;
        }
        String name = s.text(text, b, end);
        mark(s, begin, end, draft(name, ActorType.ORG), surface);
    }

    /** Returns true when the mention was taken as an actor (or a place). */
    private boolean location(Doc.Sent s, int begin, int end) {
        String text = doc.article.text();
        String surface = s.text(text, begin, end);
        Gazetteer.Entry e = gaz.byName(surface);
        if (e == null && begin > 0) {
            e = gaz.byName(s.token(begin - 1).word() + " " + surface);
        }
        if (e != null && !DIRECTIONS.contains(surface.toLowerCase(Locale.ROOT))) {
            mark(s, begin, end, entry(e), surface);
            return true;
        }
        Gazetteer.Entry seat = gaz.bySeat(surface);
        if (seat != null && agentPosition(s, end - 1)) {
            mark(s, begin, end, entry(seat), surface);
            places.put(new Pos(s.index(), end - 1), surface);
            return true;
        }
        if (!DIRECTIONS.contains(surface.toLowerCase(Locale.ROOT))) {
            places.put(new Pos(s.index(), end - 1), surface);
            return true;
        }
        return false;
    }

    /** Organisations of the gazetteer that NER left untagged ("Hamas", "the Pentagon"). */
    private void gazetteerScan(Doc.Sent s) {
        String text = doc.article.text();
        for (int i = 0; i < s.tokens().size(); i++) {
            if (byToken.containsKey(new Pos(s.index(), i)) || !Character.isUpperCase(s.token(i).word().charAt(0))) {
                continue;
            }
            for (int len = Math.min(4, s.tokens().size() - i); len >= 1; len--) {
                boolean free = true;
                for (int j = i; j < i + len; j++) {
                    free &= !byToken.containsKey(new Pos(s.index(), j)) && "O".equals(s.token(j).ner())
                            || "ORGANIZATION".equals(s.token(j).ner()) || "LOCATION".equals(s.token(j).ner());
                }
                Gazetteer.Entry e = free ? gaz.byName(s.text(text, i, i + len)) : null;
                if (e != null && !e.state()) {
                    mark(s, i, i + len, entry(e), s.text(text, i, i + len));
                    break;
                }
            }
        }
    }

    private boolean agentPosition(Doc.Sent s, int tok) {
        String rel = s.relation(tok);
        return rel.startsWith("nsubj") || rel.equals("obl:by") || rel.equals("nmod:by") || rel.equals("obl:agent")
                || rel.equals("nmod:poss") || rel.equals("conj:and") && s.relation(s.parent(tok)).startsWith("nsubj");
    }

    private Draft entry(Gazetteer.Entry e) {
        Draft d = draft(e.name(), e.state() ? ActorType.GPE : ActorType.ORG);
        if (d.country == null) {
            d.country = e.country();
        }
        if (d.role == null && e.state()) {
            d.role = "state";
        }
        return d;
    }

    private Draft draft(String name, ActorType type) {
        String id = Names.actorId(type, name);
        for (Draft d : drafts) {
            if (d.id().equals(id)) {
                return d;
            }
        }
        Draft d = new Draft(name, type);
        drafts.add(d);
        return d;
    }

    private static final Set<String> PASSIVE_RELATIONS = Set.of("compound", "amod", "obl:in", "obl:at", "obl:to",
            "nmod:in", "nmod:at", "nmod:to", "obl:into", "obl:from", "obl:for", "nmod:for", "nmod:on", "obl:on",
            "nmod:of", "obl:near", "nmod:near", "appos", "dep");

    private void mark(Doc.Sent s, int begin, int end, Draft d, String alias) {
        d.aliases.add(alias);
        if (!PASSIVE_RELATIONS.contains(s.relation(end - 1))) {
            d.active = true;
        }
        for (int i = begin; i < end; i++) {
            byToken.put(new Pos(s.index(), i), d);
        }
    }

    // ---------------------------------------------------------------- resolution

    private void indexOccurrences() {
        for (Doc.Sent s : doc.sentences) {
            for (int i = 0; i < s.tokens().size(); i++) {
                Pos p = new Pos(s.index(), i);
                Draft d = byToken.get(p);
                // a name right before its verb counts as a subject even where the parse went wrong
                boolean subject = s.relation(i).startsWith("nsubj") || i + 1 < s.tokens().size() && s.isVerb(i + 1);
                boolean direction = DIRECTIONS.contains(s.token(i).word().toLowerCase(Locale.ROOT))
                        && Character.isUpperCase(s.token(i).word().charAt(0));
                if (d == null && (subject || direction || s.isPronoun(i))) {
                    d = resolveAt(s, i);
                }
                if (d != null && (i + 1 >= s.tokens().size() || byToken.get(new Pos(s.index(), i + 1)) != d)) {
                    occurrences.add(new Occurrence(p, d, subject));
                }
            }
        }
    }

    /** True when the token is part of a name (not a pronoun or description). */
    boolean isNamed(Doc.Sent s, int tok) {
        return byToken.containsKey(new Pos(s.index(), tok));
    }

    /** The actor a token refers to, or null. */
    Draft resolve(Doc.Sent s, int tok) {
        Draft d = byToken.get(new Pos(s.index(), tok));
        return d != null ? d : resolveAt(s, tok);
    }

    private Draft resolveAt(Doc.Sent s, int tok) {
        Draft d = byToken.get(new Pos(s.index(), tok));
        if (d != null) {
            return d;
        }
        String w = s.token(tok).word().toLowerCase(Locale.ROOT);
        Pos here = new Pos(s.index(), tok);
        if (s.isPronoun(tok)) {
            // CoreNLP coreference, when the pipeline runs it: the nearest named mention of the chain
            List<int[]> chain = doc.corefChains.get(s.index() + ":" + tok);
            Draft named = null;
            if (chain != null) {
                for (int[] h : chain) {
                    Draft d2 = byToken.get(new Pos(h[0], h[1]));
                    if (d2 != null && (named == null || new Pos(h[0], h[1]).compareTo(here) < 0)) {
                        named = d2;
                    }
                }
            }
            if (named != null) {
                return named;
            }
        }
        switch (w) {
            case "he", "him", "his", "himself" -> {
                return lastOccurrence(here, ActorType.PERSON, "FEMALE");
            }
            case "she", "her", "herself" -> {
                return lastOccurrence(here, ActorType.PERSON, "MALE");
            }
            case "it", "its" -> {
                Draft gpe = lastOccurrence(here, ActorType.GPE);
                Draft org = lastOccurrence(here, ActorType.ORG);
                return gpe != null ? gpe : org;
            }
            default -> {
            }
        }
        if (!s.isNoun(tok)) {
            return null;
        }
        // "her Somali counterpart, Abdi Farah", "The bloc's chairperson, Amina Diallo": the apposition names it
        for (int a : s.children(tok, "appos")) {
            Draft named = byToken.get(new Pos(s.index(), a));
            if (named != null && named.type == ActorType.PERSON) {
                return named;
            }
        }
        // "South and North Korea": a direction coordinated with a state named by another direction
        if (DIRECTIONS.contains(w) && Character.isUpperCase(s.token(tok).word().charAt(0))) {
            List<Integer> partners = new ArrayList<>(s.children(tok, "conj"));
            if (s.relation(tok).startsWith("conj")) {
                partners.add(s.parent(tok));
            }
            for (int p : partners) {
                Draft other = byToken.get(new Pos(s.index(), p));
                if (other != null && other.type == ActorType.GPE) {
                    String[] parts = other.name.split(" ", 2);
                    if (parts.length == 2 && DIRECTIONS.contains(parts[0].toLowerCase(Locale.ROOT))) {
                        Gazetteer.Entry e = gaz.byName(s.token(tok).word() + " " + parts[1]);
                        if (e != null) {
                            return entry(e);
                        }
                    }
                }
            }
        }
        // "White House officials", "Israeli negotiators", "US officials": a group acting for an actor
        List<Integer> mods = new ArrayList<>(s.children(tok, "compound"));
        mods.addAll(s.children(tok, "amod"));
        mods.addAll(s.children(tok, "nmod:poss"));
        if (PERSON_HEADS.contains(w) && !isPairDescription(s, tok)
                && s.children(tok, "det").stream().anyMatch(x -> s.lemma(x).equals("the"))) {
            // "the top Chilean diplomat", "the Peruvian envoy": one person, the one of that country last named
            Draft person = lastPersonOf(countryOf(s, mods), here);
            if (person != null) {
                return person;
            }
        }
        if (GROUP_HEADS.contains(w) && !isPairDescription(s, tok)) {
            // "officials of Japan", "mediators from Egypt"
            for (String rel : List.of("nmod:of", "nmod:from")) {
                for (int m : s.children(tok, rel)) {
                    Draft a = byToken.get(new Pos(s.index(), m));
                    if (a != null && a.type != ActorType.PERSON) {
                        return a;
                    }
                }
            }
            for (int m : mods) {
                Draft a = byToken.get(new Pos(s.index(), m));
                if (a != null && a.type != ActorType.PERSON) {
                    return a;
                }
                Gazetteer.Entry e = gaz.byDemonym(s.token(m).word());
                if (e == null && m > 0) {
                    e = gaz.byDemonym(s.token(m - 1).word() + " " + s.token(m).word());
                }
                if (e != null) {
                    return entry(e);
                }
            }
        }
        // "the Palestinians", "the Chileans": a people acting is its state
        if (s.tag(tok).equals("NNPS") && w.endsWith("s") && s.relation(tok).matches("nsubj.*|conj.*|obj|obl:with")) {
            String people = s.token(tok).word();
            Gazetteer.Entry e = gaz.byDemonym(people);
            if (e == null) {
                e = gaz.byDemonym(people.substring(0, people.length() - 1));
            }
            if (e != null && e.state()) {
                return entry(e);
            }
        }
        // "the Chilean leader", "The Chilean President"
        if (gaz.isTitleWord(w) && !w.endsWith("s")) {
            String country = null;
            for (int m : mods) {
                Draft a = byToken.get(new Pos(s.index(), m));
                if (a != null && a.type == ActorType.GPE) {
                    country = a.name;
                }
                Gazetteer.Entry e = gaz.byDemonym(s.token(m).word());
                if (e == null && m > 0) {
                    e = gaz.byDemonym(s.token(m - 1).word() + " " + s.token(m).word());
                }
                if (e != null) {
                    country = e.name();
                }
            }
            boolean definite = s.children(tok, "det").stream().anyMatch(x -> s.lemma(x).equals("the"));
            if (country == null && definite) {
                // "the president": the person last named with that title
                Draft best = null;
                for (Occurrence o : occurrences) {
                    if (o.pos().compareTo(here) < 0 && o.actor().type == ActorType.PERSON && o.actor().role != null
                            && o.actor().role.toLowerCase(Locale.ROOT).contains(w)) {
                        best = o.actor();
                    }
                }
                return best;
            }
            if (country != null) {
                Draft best = null;
                for (Draft p : drafts) {
                    if (p.type == ActorType.PERSON && country.equals(p.country)
                            && (w.equals("leader") || p.role != null && p.role.toLowerCase(Locale.ROOT).contains(w))) {
                        Occurrence last = lastOccurrenceOf(p, here);
                        if (last != null && (best == null || lastOccurrenceOf(best, here).pos().compareTo(last.pos()) < 0)) {
                            best = p;
                        }
                    }
                }
                if (best == null) {
                    // "the Brazilian president", "Peru's foreign minister", no one of that title named: the office
                    // acts for its state (not a former holder, nor a title the parser split from its name)
                    Gazetteer.Entry state = gaz.byName(country);
                    boolean former = s.children(tok, "amod").stream()
                            .anyMatch(x -> Set.of("former", "ex", "late").contains(s.lemma(x).toLowerCase(Locale.ROOT)));
                    boolean namedBeside = s.children(tok, "conj").stream().map(x -> byToken.get(new Pos(s.index(), x)))
                            .anyMatch(x -> x != null && x.type == ActorType.PERSON);
                    if (state != null && state.state() && !former && !namedBeside) {
                        return entry(state);
                    }
                }
                return best;
            }
        }
        return null;
    }

    /** The state that modifiers name ("U.S.", "Russian"), or null. */
    private String countryOf(Doc.Sent s, List<Integer> mods) {
        for (int m : mods) {
            Draft a = byToken.get(new Pos(s.index(), m));
            if (a != null && a.type == ActorType.GPE) {
                return a.name;
            }
            Gazetteer.Entry e = gaz.byDemonym(s.token(m).word());
            if (e == null) {
                e = gaz.byName(s.token(m).word());
            }
            if (e != null && e.state()) {
                return e.name();
            }
        }
        return null;
    }

    /** The person of that country mentioned last before {@code before}, or null. */
    private Draft lastPersonOf(String country, Pos before) {
        if (country == null) {
            return null;
        }
        Draft found = null;
        for (Occurrence o : occurrences) {
            if (o.pos().compareTo(before) < 0 && o.actor().type == ActorType.PERSON && country.equals(o.actor().country)) {
                found = o.actor();
            }
        }
        return found;
    }

    private Occurrence lastOccurrenceOf(Draft d, Pos before) {
        Occurrence found = null;
        for (Occurrence o : occurrences) {
            if (o.pos().compareTo(before) < 0 && o.actor() == d) {
                found = o;
            }
        }
        return found;
    }

    private Draft lastOccurrence(Pos before, ActorType type) {
        return lastOccurrence(before, type, null);
    }

    /**
     * The latest fitting mention before {@code before}, skipping persons known to be of {@code notGender} ("she"
     * is not the "Lars Dahl" or "Mr Reyes" named last): the gender from "Mr"/"Ms"/"Mrs" in an alias, else from the
     * first name through CoreNLP's name list; unknown genders fit either pronoun.
     */
    private Draft lastOccurrence(Pos before, ActorType type, String notGender) {
        Occurrence subject = null;
        Occurrence any = null;
        for (Occurrence o : occurrences) {
            if (o.pos().compareTo(before) >= 0 || o.actor().type != type
                    || notGender != null && notGender.equals(gender(o.actor()))) {
                continue;
            }
            any = o;
            if (o.subject()) {
                subject = o;
            }
        }
        // prefer the latest subject of this or the previous sentence, else the latest mention
        if (subject != null && before.sent() - subject.pos().sent() <= 2) {
            return subject.actor();
        }
        return any == null ? null : any.actor();
    }

    private String gender(Draft d) {
        for (String a : d.aliases) {
            String w = a.split("\\s+")[0].replace(".", "").toLowerCase(Locale.ROOT);
            if (w.equals("mr")) {
                return "MALE";
            }
            if (w.equals("ms") || w.equals("mrs")) {
                return "FEMALE";
            }
        }
        String[] parts = d.name.split("\\s+");
        return parts.length > 1 ? gaz.genderOfFirstName(parts[0]) : null;
    }

    /**
     * The actors a phrase headed by tok refers to, with its conjuncts ("Moon and Kim") and plural
     * descriptions ("the two leaders": the two persons last named together).
     */
    List<Draft> resolveGroup(Doc.Sent s, int tok) {
        List<Draft> out = new ArrayList<>();
        Draft d = resolve(s, tok);
        if (d != null) {
            out.add(d);
        } else if (isPairDescription(s, tok)) {
            String lemma = s.lemma(tok).toLowerCase(Locale.ROOT);
            int n = groupSize(s, tok);
            Pos here = new Pos(s.index(), tok);
            ActorType type = PAIRS_OF_STATES.contains(lemma) ? ActorType.GPE : ActorType.PERSON;
            ActorType other = type == ActorType.GPE ? ActorType.PERSON : ActorType.GPE;
            List<Draft> group = lastGroup(here, type, 2, n);
            if (group.isEmpty()) {
                group = salientGroup(here, type, n);
            }
            if (group.isEmpty()) {
                // "the three leaders" of states named only as states
                group = lastGroup(here, other, 4, n);
            }
            out.addAll(group);
        }
        List<Integer> conjuncts = new ArrayList<>(s.children(tok, "conj"));
        if (GROUP_HEADS.contains(s.token(tok).word().toLowerCase(Locale.ROOT))) {
            // "vice-ministers of South and North Korea", "mediators from the US, Egypt and Qatar"
            for (String rel : List.of("nmod:of", "nmod:from")) {
                for (int m : s.children(tok, rel)) {
                    conjuncts.add(m);
                    conjuncts.addAll(s.children(m, "conj"));
                }
            }
        }
        if (GROUP_HEADS.contains(s.token(tok).word().toLowerCase(Locale.ROOT))) {
            // "Israeli and Palestinian negotiators", "Norwegian, Chilean and Peruvian officials": each adjective
            // coordinated with the one that names the group's state names another
            for (int m : s.children(tok, "amod")) {
                for (int c : s.children(m, "conj")) {
                    Gazetteer.Entry e = gaz.byDemonym(s.token(c).word());
                    if (e != null && e.state() && !out.contains(entry(e))) {
                        if (out.isEmpty()) {
                            Gazetteer.Entry first = gaz.byDemonym(s.token(m).word());
                            if (first != null && first.state()) {
                                out.add(entry(first));
                            }
                        }
                        out.add(entry(e));
                    }
                }
            }
        }
        for (int c : conjuncts) {
            Draft cd = resolve(s, c);
            if (cd != null && cd.type != ActorType.PERSON && !out.contains(cd)
                    || cd != null && !out.contains(cd) && s.children(tok, "conj").contains(c)) {
                out.add(cd);
            }
        }
        return out;
    }

    private static final Set<String> PAIR_HEADS = Lexicon.get().words("pair-head");
    private static final Set<String> PAIRS_OF_STATES = Lexicon.get().words("pair-of-states");
    /** Singular nouns that name two: "the pair", "the duo". */
    private static final Set<String> PAIR_WORDS = Set.of("pair", "duo");

    private static final List<String> NUMBERS = List.of("two", "three", "four", "five", "six", "seven", "eight", "nine");

    /** "the two leaders", "both sides", "the three countries", "The two recommitted": a group last named. */
    private static boolean isPairDescription(Doc.Sent s, int tok) {
        String lemma = s.lemma(tok).toLowerCase(Locale.ROOT);
        if (!PAIR_HEADS.contains(lemma)) {
            return false;
        }
        if (lemma.equals("two")) {
            return s.relation(tok).startsWith("nsubj");
        }
        if (PAIR_WORDS.contains(lemma)) {
            // "the pair met for five hours"
            return s.children(tok, "det").stream().anyMatch(d -> s.lemma(d).equals("the"));
        }
        return s.tag(tok).equals("NNS") && groupSize(s, tok) > 0;
    }

    /** How many a plural description counts: "the three leaders" 3, "both sides" 2, else 0. */
    private static int groupSize(Doc.Sent s, int tok) {
        if (s.lemma(tok).equalsIgnoreCase("two") || PAIR_WORDS.contains(s.lemma(tok).toLowerCase(Locale.ROOT))) {
            return 2;
        }
        if (s.children(tok, "det").stream().anyMatch(n -> s.lemma(n).equals("both"))) {
            return 2;
        }
        for (int n : s.children(tok, "nummod")) {
            String w = s.lemma(n).toLowerCase(Locale.ROOT);
            int i = NUMBERS.indexOf(w);
            if (i >= 0) {
                return i + 2;
            }
            if (w.matches("[2-9]")) {
                return Integer.parseInt(w);
            }
        }
        return 0;
    }

    /**
     * The parties a process with no named participants is between ("relations had been warming, but the
     * meetings were cut off"): the two states last named together, else the two persons.
     */
    List<Draft> lastParties(Doc.Sent s, int tok) {
        // "Ties between the two states had improved, but the negotiations were then cut off"
        for (int i = 0; i < s.tokens().size(); i++) {
            for (int b : s.children(i, "nmod:between")) {
                List<Draft> named = resolveGroup(s, b);
                if (named.size() >= 2) {
                    return named;
                }
            }
        }
        Pos here = new Pos(s.index(), tok);
        List<Draft> pair = salientGroup(here, ActorType.GPE, 2);
        return pair.isEmpty() ? salientGroup(here, ActorType.PERSON, 2) : pair;
    }

    /** The n actors of a type named most often before a position. */
    private List<Draft> salientGroup(Pos before, ActorType type, int n) {
        Map<Draft, Integer> counts = new HashMap<>();
        for (Occurrence o : occurrences) {
            if (o.pos().compareTo(before) < 0 && o.actor().type == type) {
                counts.merge(o.actor(), 1, Integer::sum);
            }
        }
        List<Draft> top = counts.entrySet().stream().filter(e -> e.getValue() >= 1)
                .sorted(Map.Entry.<Draft, Integer>comparingByValue().reversed()).map(Map.Entry::getKey).limit(n).toList();
        return top.size() == n ? top : List.of();
    }

    /** The n actors of a type last named together in one sentence, looking back from a position. */
    private List<Draft> lastGroup(Pos before, ActorType type, int sentencesBack, int n) {
        for (int si = before.sent(); si >= 0 && si >= before.sent() - sentencesBack; si--) {
            List<Draft> found = new ArrayList<>();
            for (Occurrence o : occurrences) {
                if (o.pos().sent() == si && o.pos().compareTo(before) < 0 && o.actor().type == type
                        && !found.contains(o.actor())) {
                    found.add(o.actor());
                }
            }
            if (found.size() >= n) {
                return found.subList(0, n);
            }
        }
        return List.of();
    }

    /** The person a reader takes as speaking at this point: the latest subject just before, else the latest named. */
    Draft lastPerson(Doc.Sent s, int tok) {
        return lastOccurrence(new Pos(s.index(), tok), ActorType.PERSON);
    }

    /** A place named at token tok (a city or venue that is not acting as an actor), or null. */
    String placeAt(Doc.Sent s, int tok) {
        return places.get(new Pos(s.index(), tok));
    }

    /**
     * The actors that act or speak without a quote or an event of their own: subjects of verbs
     * ("the ministry said ..."), spokespersons named in a readout, and the issuer of a document
     * (a signature line that is only a name, "Statement from Minister Ana Ruiz").
     */
    Set<Draft> voices() {
        Set<Draft> out = new LinkedHashSet<>();
        for (Doc.Sent s : doc.sentences) {
            for (int i = 0; i < s.tokens().size(); i++) {
                Draft d = byToken.get(new Pos(s.index(), i));
                if (d != null && d.type == ActorType.PERSON && d.role != null
                        && d.role.toLowerCase(Locale.ROOT).matches(".*\\b(spokes\\w*|press secretary)\\b.*")) {
                    out.add(d);
                }
                final int tok = i;
                // the subject of a verb acts ("Russia has failed to comply", "the ministry said")
                if (s.heads(i, "nsubj").stream().anyMatch(s::isVerb)) {
                    resolveGroup(s, i).forEach(out::add);
                }
                if (s.heads(i, "nmod").stream().anyMatch(h -> StatementExtractor.DOCUMENTS.contains(s.lemma(h))
                        && s.relation(tok).matches("nmod:(from|by)"))) {
                    resolveGroup(s, i).forEach(out::add);
                }
            }
            // a signature line: the sentence is one person's name and nothing else
            List<Draft> named = new ArrayList<>();
            boolean onlyName = s.tokens().size() <= 5;
            for (int i = 0; i < s.tokens().size() && onlyName; i++) {
                Draft d = byToken.get(new Pos(s.index(), i));
                onlyName = d != null && d.type == ActorType.PERSON || s.tag(i).equals("NNP") && i == 0;
                if (d != null && !named.contains(d)) {
                    named.add(d);
                }
            }
            if (onlyName && named.size() == 1) {
                out.add(named.get(0));
            }
        }
        return out;
    }

    /** The actors of the article: those that take part in its events or statements, or speak (see voices()). */
    List<Actor> actors(Set<Draft> involved) {
        return drafts.stream().filter(involved::contains).filter(d -> !gaz.isMedia(d.name))
                .sorted(Comparator.comparing(Draft::id)).map(Draft::toActor).toList();
    }

    // ---------------------------------------------------------------- names

    static List<String> nameKey(String name) {
        List<String> out = new ArrayList<>();
        for (String t : Names.normalize(name).split(" ")) {
            if (t.length() > 1 && !NAME_PREFIXES.contains(t)) {
                out.add(t);
            }
        }
        return out;
    }

    /**
     * "Kim Jong-Un" → "Kim Jong-un": short romanised syllables after a hyphen are written lower-case;
     * "Antony J. Blinken" → "Antony Blinken": a middle initial is left to the aliases, so that articles that
     * write it and articles that do not name one actor.
     */
    static String cleanName(String surface) {
        StringBuilder b = new StringBuilder();
        String trimmed = surface.strip();
        String[] words = trimmed.split("\\s+");
        if (words.length >= 3) {
            List<String> kept = new ArrayList<>();
            for (int i = 0; i < words.length; i++) {
                boolean initial = i > 0 && i < words.length - 1 && words[i].matches("\\p{Lu}\\.?");
                if (!initial) {
                    kept.add(words[i]);
                }
            }
            trimmed = String.join(" ", kept);
        }
        String[] parts = trimmed.split("-", -1);
        for (int i = 0; i < parts.length; i++) {
            String p = parts[i];
            if (i > 0) {
                b.append('-');
                if (p.length() <= 3 && p.chars().allMatch(Character::isLetter)) {
                    p = p.toLowerCase(Locale.ROOT);
                }
            }
            b.append(p);
        }
        return b.toString();
    }
}
