package org.chronograph.nlp;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Puts title-case headlines into sentence case before tagging, the way the article itself writes each word.
 * "Chile, Norway Resume Fisheries Talks" is tagged and parsed as a string of proper nouns; "Chile, Norway resume
 * fisheries talks" reads as a sentence. A capitalised word of such a line is lower-cased when the body of the same
 * article writes it (or a word it begins: "Cancels" → "cancelled") in lower case more often than capitalised in
 * mid-sentence; names the body capitalises ("Norway", "Trump"), words the body does not use, acronyms and the first
 * word stay as they are. Only the case of single letters changes, so the text keeps its length and every offset
 * CoreNLP reports stays an offset into the article (sentences and names are cut from the article's own text).
 */
public final class Headlines {

    private static final Pattern WORD = Pattern.compile("\\p{L}+(?:['’]\\p{L}+)?");
    /** A line at least this share of whose longer words are capitalised is a title-case headline. */
    private static final double TITLE_SHARE = 0.75;

    private static final int LOWER = 0;
    private static final int KEPT = 1;
    private static final int UNKNOWN = 2;
    /** Lower case in the headline itself: "of", "to", "the" say nothing of the word next to them. */
    private static final int WRITTEN_LOWER = 3;

    private Headlines() {
    }

    public static String sentenceCase(String text) {
        List<int[]> lines = new ArrayList<>();
        List<int[]> headlines = new ArrayList<>();
        int start = 0;
        for (int i = 0; i <= text.length(); i++) {
            if (i == text.length() || text.charAt(i) == '\n') {
                int[] line = {start, i};
                (isTitleCase(text, start, i) ? headlines : lines).add(line);
                start = i + 1;
            }
        }
        if (headlines.isEmpty()) {
            return text;
        }
        // how the body writes each word in mid-sentence: lower-case and capitalised counts
        // (and anywhere: a word the body uses only to open sentences, "Kerry said", is still its word), and the
        // pairs of capitalised words it writes together ("People's Republic", "Communist Party")
        Map<String, int[]> usage = new HashMap<>();
        java.util.Set<String> names = new java.util.HashSet<>();
        for (int[] line : lines) {
            Matcher m = WORD.matcher(text).region(line[0], line[1]);
            String previous = null;
            int previousEnd = -1;
            while (m.find()) {
                String w = m.group();
                boolean cap = Character.isUpperCase(w.charAt(0));
                int[] c = usage.computeIfAbsent(w.toLowerCase(java.util.Locale.ROOT), k -> new int[3]);
                c[2]++;
                if (midSentence(text, line[0], m.start())) {
                    c[cap ? 1 : 0]++;
                }
                if (cap && previous != null && text.substring(previousEnd, m.start()).isBlank()) {
                    names.add(previous + " " + w);
                }
                previous = cap ? w : null;
                previousEnd = m.end();
            }
        }
        StringBuilder out = new StringBuilder(text);
        for (int[] line : headlines) {
            List<int[]> words = new ArrayList<>();
            Matcher m = WORD.matcher(text).region(line[0], line[1]);
            while (m.find()) {
                words.add(new int[] {m.start(), m.end()});
            }
            // each word: lower case (as written, or as the body writes it), kept, or unknown to the body; an unknown
            // word goes to lower case next to a content word the body writes in lower case ("Upcoming Talks"), not
            // next to a function word ("From Secretary Esper", "on the Esper Doctrine"); a name among names stays
            int[] state = new int[words.size()];
            for (int k = 0; k < words.size(); k++) {
                String w = text.substring(words.get(k)[0], words.get(k)[1]);
                boolean inName = k > 0 && names.contains(pair(text, words.get(k - 1), words.get(k)))
                        || k + 1 < words.size() && names.contains(pair(text, words.get(k), words.get(k + 1)));
                state[k] = Character.isLowerCase(w.charAt(0)) ? WRITTEN_LOWER : k == 0 || inName ? KEPT : bodyCase(w, usage);
            }
            // (only next to a word whose case is known: a run of unknown words may be a name, "Chile" in "Norway,
            // Chile Resume Talks" over a body that never names Chile)
            for (int k = 1; k < words.size(); k++) {
                int at = words.get(k)[0];
                boolean lower = state[k] == LOWER || state[k] == UNKNOWN
                        && (contentLower(state, words, k - 1) || contentLower(state, words, k + 1));
                if (lower && Character.isUpperCase(text.charAt(at))) {
                    out.setCharAt(at, Character.toLowerCase(text.charAt(at)));
                }
            }
        }
        return out.toString();
    }

    /** Word {@code k} is a content word (five letters or more: not "From", "With") the body writes in lower case. */
    private static boolean contentLower(int[] state, List<int[]> words, int k) {
        return k >= 0 && k < words.size() && state[k] == LOWER && words.get(k)[1] - words.get(k)[0] >= 5;
    }

    /** Two adjacent words as the body's pairs are kept: "Communist Party" (null when not adjacent). */
    private static String pair(String text, int[] a, int[] b) {
        return text.substring(a[1], b[0]).isBlank() ? text.substring(a[0], a[1]) + " " + text.substring(b[0], b[1]) : null;
    }

    /**
     * LOWER for a capitalised word (not an acronym or "McName") that the body writes in lower case more often
     * than capitalised in mid-sentence, UNKNOWN for one it never uses, else KEPT.
     */
    private static int bodyCase(String w, Map<String, int[]> usage) {
        if (w.length() < 3 || !w.substring(1).chars().allMatch(c -> Character.isLowerCase(c) || c == '\'' || c == '’')) {
            return KEPT;
        }
        String lower = w.toLowerCase(java.util.Locale.ROOT);
        // the word and its inflections: its base (an ending -s, -ed or -ing cut) and up to three letters more
        // ("Cancels" → "cancelled", "Resumes" → "resumed", "Talks" → "talk"), not every word it begins
        String stem = lower.replaceFirst("['’]s$", "").replaceFirst("(?<=\\p{L}{3})(s|ed|ing)$", "");
        int low = 0;
        int cap = 0;
        int any = 0;
        for (Map.Entry<String, int[]> e : usage.entrySet()) {
            if (e.getKey().startsWith(stem) && e.getKey().length() <= stem.length() + 3) {
                low += e.getValue()[0];
                cap += e.getValue()[1];
                any += e.getValue()[2];
            }
        }
        return low > cap ? LOWER : any == 0 ? UNKNOWN : KEPT;
    }

    /** True when the word at {@code at} does not open a sentence or a quotation. */
    private static boolean midSentence(String text, int lineStart, int at) {
        int j = at - 1;
        while (j >= lineStart && (text.charAt(j) == ' ' || text.charAt(j) == '\t')) {
            j--;
        }
        if (j < lineStart) {
            return false;
        }
        char c = text.charAt(j);
        return ".!?:\"“‘'(—–".indexOf(c) < 0;
    }

    /** A line without a final full stop most of whose words of four letters or more are capitalised. */
    static boolean isTitleCase(String text, int begin, int end) {
        String line = text.substring(begin, end).strip();
        if (line.isEmpty() || line.endsWith(".")) {
            return false;
        }
        int words = 0;
        int capitalised = 0;
        Matcher m = WORD.matcher(line);
        while (m.find()) {
            String w = m.group();
            if (w.length() >= 4 && !w.chars().allMatch(Character::isUpperCase)) {
                words++;
                if (Character.isUpperCase(w.charAt(0))) {
                    capitalised++;
                }
            }
        }
        return words >= 3 && capitalised >= TITLE_SHARE * words;
    }
}
