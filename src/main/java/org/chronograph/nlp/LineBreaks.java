package org.chronograph.nlp;

/**
 * Decides what a single line break means before sentence splitting. In hard-wrapped text (e-mail, wire copy,
 * plain-text archives) a line break is only a space; in text laid out one paragraph or one header field per line
 * (press releases: "Office of the Spokesperson" above the first sentence) it ends a sentence. The text keeps its
 * length, so every character offset CoreNLP reports stays an offset into the article.
 */
public final class LineBreaks {

    private LineBreaks() {
    }

    /**
     * Returns the text with the line breaks of wrapped paragraphs turned into spaces: all single line breaks
     * when the text looks hard-wrapped (at least three, a third of them followed by a lower-case word), else
     * those followed by a lower-case word.
     */
    public static String unwrap(String text) {
        int single = 0;
        int lower = 0;
        for (int i = 0; i < text.length(); i++) {
            if (isSingleBreak(text, i)) {
                single++;
                int j = i + 1;
                while (j < text.length() && (text.charAt(j) == ' ' || text.charAt(j) == '\t')) {
                    j++;
                }
                if (j < text.length() && Character.isLowerCase(text.charAt(j))) {
                    lower++;
                }
            }
        }
        boolean wrapped = single >= 3 && lower * 3 >= single;
        StringBuilder b = new StringBuilder(text);
        for (int i = 0; i < text.length(); i++) {
            // a line that goes on in lower case continues its sentence, wrapped text or not
            if (isSingleBreak(text, i) && (wrapped || nextIsLowerCase(text, i))) {
                b.setCharAt(i, ' ');
            }
        }
        return b.toString();
    }

    private static boolean nextIsLowerCase(String text, int i) {
        int j = i + 1;
        while (j < text.length() && (text.charAt(j) == ' ' || text.charAt(j) == '\t')) {
            j++;
        }
        return j < text.length() && Character.isLowerCase(text.charAt(j));
    }

    private static boolean isSingleBreak(String text, int i) {
        if (text.charAt(i) != '\n') {
            return false;
        }
        boolean before = i > 0 && text.charAt(i - 1) != '\n' && text.charAt(i - 1) != '\r';
        int j = i + 1;
        while (j < text.length() && (text.charAt(j) == ' ' || text.charAt(j) == '\t' || text.charAt(j) == '\r')) {
            j++;
        }
        return before && j < text.length() && text.charAt(j) != '\n';
    }
}
