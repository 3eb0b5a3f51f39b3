package org.chronograph.nlp;

/**
 * Mends paragraphs whose quotation marks do not pair: "He said, “We will meet again."" opens with a curly mark
 * and closes with a straight one, and CoreNLP's quote annotator then pairs the curly mark with the next curly close,
 * paragraphs later. In a paragraph with as many double quotation marks as pairs need (an even count) but unequal
 * curly opens and closes, every curly double mark becomes a straight one, which pair in turn. Each mark is one
 * character for one, so the text keeps its length and every offset stays an offset into the article.
 */
public final class QuoteMarks {

    private QuoteMarks() {
    }

    public static String mend(String text) {
        StringBuilder out = null;
        int start = 0;
        for (int i = 0; i <= text.length(); i++) {
            if (i == text.length() || text.charAt(i) == '\n') {
                int open = 0;
                int close = 0;
                int straight = 0;
                for (int j = start; j < i; j++) {
                    char c = text.charAt(j);
                    open += c == '\u201C' ? 1 : 0;
                    close += c == '\u201D' ? 1 : 0;
                    straight += c == '"' ? 1 : 0;
                }
                if (open != close && straight > 0 && (open + close + straight) % 2 == 0) {
                    if (out == null) {
                        out = new StringBuilder(text);
                    }
                    for (int j = start; j < i; j++) {
                        if (text.charAt(j) == '\u201C' || text.charAt(j) == '\u201D') {
                            out.setCharAt(j, '"');
                        }
                    }
                }
                start = i + 1;
            }
        }
        return out == null ? text : out.toString();
    }
}
