package org.chronograph.extract;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.chronograph.model.EventType;

/**
 * The rule data of the extractor, compiled once at start-up from resource files: the trigger lexicon
 * ({@code rules/triggers.tsv}: the words that name events, each with its type, CAMEO code and the frame its
 * arguments are read by) and the word classes the frames consult ({@code rules/word-classes.tsv}). A bad line
 * fails at start-up with an {@link IllegalArgumentException} naming the file and the line.
 */
public final class Lexicon {

    /** How a trigger's arguments are read; each is one branch of {@code EventExtractor}. */
    public enum Frame {
        /** subject acts; objects and "with" phrases are partners (meet, visit, threaten). */
        DIRECT,
        /** "hold talks": the object names the event. */
        HOLD_EVENT,
        /** "the talks took place": the subject names the event. */
        TAKE_PLACE,
        /** "opened talks", "wrapped up a visit": the object names the event. */
        START_EVENT,
        /** "spoke with", "talked by telephone". */
        SPEAK_WITH,
        /** "called Reyes to discuss quotas": the one called is a named person or state, with no second predicate. */
        CALL_OBJECT,
        /** "travelled to Lima": a place is required. */
        TRAVEL_TO,
        /** "sent envoys to Lima". */
        SEND_TO,
        /** "signed an accord": an agreement object is required. */
        SIGN_AGREEMENT,
        /** "reached a deal". */
        REACH_AGREEMENT,
        /** "cancelled the summit", "the talks were resumed": an act on the event named. */
        ACT_ON_EVENT,
        /** "the talks broke down", "walked out of the talks". */
        END_PROCESS,
        /** "pulled out of the talks", "withdrew from the treaty". */
        WITHDRAW_FROM,
        /** "the summit would go ahead after all". */
        GO_AHEAD,
        /** "warned that it would ...": a threat only when the warner says what it will do. */
        WARN,
        /** "imposed sanctions". */
        IMPOSE_SANCTION,
        /** "issued a statement", "expressed concern". */
        STATEMENT_OBJECT,
        /** "the government said": a named state or organisation only. */
        SAY,
        /** an event noun: participants from between, with, possessives, compounds. */
        EVENT_NOUN;

        static Frame parse(String s) {
            return valueOf(s.toUpperCase(Locale.ROOT).replace('-', '_'));
        }

        String fileName() {
            return name().toLowerCase(Locale.ROOT).replace('_', '-');
        }
    }

    /** One entry of the trigger lexicon. {@code particle} is empty for a verb without one. */
    public record Trigger(String lemma, String particle, boolean verb, EventType type, Frame frame, String cameo,
                          String example, String source) {
        /** The entry as written: "call off". */
        public String phrase() {
            return particle.isEmpty() ? lemma : lemma + " " + particle;
        }
    }

    static final String TRIGGERS = "rules/triggers.tsv";
    static final String CLASSES = "rules/word-classes.tsv";

    private static volatile Lexicon instance;

    private final List<Trigger> triggers;
    private final Map<String, Trigger> verbs = new HashMap<>();
    private final Map<String, Trigger> nouns = new HashMap<>();
    /** Any verb entry by its lemma alone, for the rules that only ask whether a verb names an event. */
    private final Map<String, Trigger> verbLemmas = new HashMap<>();
    private final Map<String, Set<String>> classes;

    public static Lexicon get() {
        Lexicon l = instance;
        if (l == null) {
            synchronized (Lexicon.class) {
                if (instance == null) {
                    instance = new Lexicon(read(TRIGGERS), TRIGGERS, read(CLASSES), CLASSES);
                }
                l = instance;
            }
        }
        return l;
    }

    /** Compiles rule files given as lines (for tests of the checks); {@code name} is used in messages. */
    static Lexicon of(List<String> triggerLines, String triggerName, List<String> classLines, String className) {
        return new Lexicon(triggerLines, triggerName, classLines, className);
    }

    private Lexicon(List<String> triggerLines, String triggerName, List<String> classLines, String className) {
        List<Trigger> all = new ArrayList<>();
        for (int i = 0; i < triggerLines.size(); i++) {
            String line = triggerLines.get(i);
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String where = triggerName + ":" + (i + 1);
            Trigger t = trigger(line, where);
            Map<String, Trigger> index = t.verb() ? verbs : nouns;
            Trigger before = index.putIfAbsent(t.phrase(), t);
            if (before != null) {
                throw new IllegalArgumentException(where + ": '" + t.phrase() + "' (" + (t.verb() ? "verb" : "noun")
                        + ") is already listed at " + before.source());
            }
            if (t.verb()) {
                verbLemmas.putIfAbsent(t.lemma(), t);
            }
            // the other spelling of the same word ("finalize" → "finalise") reads the same, unless listed itself
            String other = otherSpelling(t.lemma());
            if (!other.equals(t.lemma())) {
                index.putIfAbsent(t.particle().isEmpty() ? other : other + " " + t.particle(), t);
                if (t.verb()) {
                    verbLemmas.putIfAbsent(other, t);
                }
            }
            all.add(t);
        }
        this.triggers = List.copyOf(all);
        Map<String, Set<String>> cls = new LinkedHashMap<>();
        for (int i = 0; i < classLines.size(); i++) {
            String line = classLines.get(i);
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String where = className + ":" + (i + 1);
            String[] col = line.split("\t", -1);
            if (col.length != 3) {
                throw new IllegalArgumentException(where + ": expected 3 tab-separated columns (class, words, example), found "
                        + col.length);
            }
            String name = col[0].strip();
            if (!name.matches("[a-z][a-z-]*")) {
                throw new IllegalArgumentException(where + ": class name '" + name + "' must be lower-case words joined by '-'");
            }
            Set<String> words = Arrays.stream(col[1].strip().split("\\s+")).filter(w -> !w.isEmpty())
                    .map(w -> w.toLowerCase(Locale.ROOT))
                    .flatMap(w -> java.util.stream.Stream.of(w, otherSpelling(w)))
                    .collect(Collectors.toCollection(LinkedHashSet::new));
            if (words.isEmpty()) {
                throw new IllegalArgumentException(where + ": class '" + name + "' lists no words");
            }
            if (col[2].isBlank()) {
                throw new IllegalArgumentException(where + ": class '" + name + "' has no example");
            }
            if (cls.putIfAbsent(name, Collections.unmodifiableSet(words)) != null) {
                throw new IllegalArgumentException(where + ": class '" + name + "' is defined twice");
            }
        }
        this.classes = Collections.unmodifiableMap(cls);
    }

    private static Trigger trigger(String line, String where) {
        String[] col = line.split("\t", -1);
        if (col.length != 6) {
            throw new IllegalArgumentException(where + ": expected 6 tab-separated columns (lemma, pos, type, frame, "
                    + "cameo, example), found " + col.length);
        }
        String[] words = col[0].strip().toLowerCase(Locale.ROOT).split("\\s+");
        if (words[0].isEmpty() || words.length > 2) {
            throw new IllegalArgumentException(where + ": lemma '" + col[0] + "' must be one word, or a verb and its particle");
        }
        boolean verb = switch (col[1].strip()) {
            case "verb" -> true;
            case "noun" -> false;
            default -> throw new IllegalArgumentException(where + ": pos '" + col[1] + "' must be verb or noun");
        };
        if (!verb && words.length > 1) {
            throw new IllegalArgumentException(where + ": only a verb can have a particle ('" + col[0] + "')");
        }
        EventType type;
        try {
            type = EventType.valueOf(col[2].strip());
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(where + ": unknown event type '" + col[2] + "' (known: "
                    + Arrays.toString(EventType.values()) + ")");
        }
        Frame frame;
        try {
            frame = Frame.parse(col[3].strip());
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(where + ": unknown frame '" + col[3] + "' (known: "
                    + Arrays.stream(Frame.values()).map(Frame::fileName).collect(Collectors.joining(", ")) + ")");
        }
        if (verb == (frame == Frame.EVENT_NOUN)) {
            throw new IllegalArgumentException(where + ": frame '" + frame.fileName() + "' does not take a "
                    + (verb ? "verb" : "noun"));
        }
        String cameo = col[4].strip();
        if (!cameo.matches("\\d{3,4}")) {
            throw new IllegalArgumentException(where + ": CAMEO code '" + cameo + "' must be 3 or 4 digits");
        }
        if (col[5].isBlank()) {
            throw new IllegalArgumentException(where + ": '" + col[0] + "' has no example sentence");
        }
        return new Trigger(words[0], words.length > 1 ? words[1] : "", verb, type, frame, cameo, col[5].strip(), where);
    }

    /**
     * The other spelling of a word, for the two regular differences between British and American news copy:
     * -ize ↔ -ise, -ization → -isation ("finalize", "characterize") and -llation → -lation
     * ("cancellation" → "cancelation"). A word with neither is returned as it is. Lemmas are listed once, in
     * either spelling; the other one is derived here.
     */
    static String otherSpelling(String w) {
        if (w.length() > 5 && w.endsWith("ize")) {
            return w.substring(0, w.length() - 3) + "ise";
        }
        if (w.length() > 5 && w.endsWith("ise")) {
            return w.substring(0, w.length() - 3) + "ize";
        }
        if (w.endsWith("ization")) {
            return w.substring(0, w.length() - 7) + "isation";
        }
        if (w.endsWith("llation")) {
            return w.substring(0, w.length() - 7) + "lation";
        }
        return w;
    }

    private static List<String> read(String resource) {
        try (InputStream in = Lexicon.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("the rule file " + resource + " is missing from the class path");
            }
            return new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)).lines().toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the rule file " + resource, e);
        }
    }

    /** Every entry, in file order. */
    public List<Trigger> triggers() {
        return triggers;
    }

    /** The verb entry for a lemma with its particle ("" for none), or null. */
    Trigger verb(String lemma, String particle) {
        return particle.isEmpty() ? verbs.get(lemma) : verbs.get(lemma + " " + particle);
    }

    /** The type of any verb entry with that lemma ("call" → CANCEL for "call off"), or null. */
    EventType verbType(String lemma) {
        Trigger t = verbLemmas.get(lemma);
        return t == null ? null : t.type();
    }

    boolean isVerbTrigger(String lemma) {
        return verbLemmas.containsKey(lemma);
    }

    Trigger noun(String lemma) {
        return nouns.get(lemma);
    }

    EventType nounType(String lemma) {
        Trigger t = nouns.get(lemma);
        return t == null ? null : t.type();
    }

    /** A word class of {@code rules/word-classes.tsv}; an unknown name is a programming error. */
    Set<String> words(String name) {
        Set<String> w = classes.get(name);
        if (w == null) {
            throw new IllegalStateException("no word class '" + name + "' in " + CLASSES);
        }
        return w;
    }
}
