package org.chronograph.ingest;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Whether a text is English, by the share of its words that are common English function words: about a third
 * in English news, a few percent in French, Spanish or German (whose own function words differ), none in
 * scripts without Latin letters. CoreNLP's English models read other languages as noise, so such articles are
 * refused rather than filling the graph with wrong actors.
 */
final class English {

    /** Below this share of function words (with enough words to judge), a text is not English. */
    static final double MIN_SHARE = 0.10;
    static final int MIN_WORDS = 30;

    private static final Set<String> FUNCTION_WORDS = Set.of("the", "of", "and", "to", "a", "in", "that", "is", "for",
            "on", "with", "said", "was", "as", "by", "at", "it", "he", "she", "from", "his", "her", "be", "has", "have",
            "an", "are", "not", "will", "this", "its", "were", "after", "but", "they", "who", "had", "their", "been",
            "which", "would", "or", "we", "there", "about", "than", "also", "into", "over", "could", "should");
    private static final Pattern WORD = Pattern.compile("\\p{L}+");

    private English() {
    }

    /** The share of function words among the words of the text, or -1 when it has too few words to judge. */
    static double share(String text) {
        Matcher m = WORD.matcher(text);
        int words = 0;
        int function = 0;
        while (m.find()) {
            words++;
            if (FUNCTION_WORDS.contains(m.group().toLowerCase(Locale.ROOT))) {
                function++;
            }
        }
        return words < MIN_WORDS ? -1 : (double) function / words;
    }
}
