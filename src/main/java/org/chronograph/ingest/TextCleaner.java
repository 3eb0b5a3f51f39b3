package org.chronograph.ingest;

import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Removes what a web page leaves around the news: photo captions and their repetitions, newsletter and
 * "related topics" blocks. Removed characters become newlines, so the text keeps its length and every
 * offset into it is still an offset into the original body, and removed lines act as paragraph breaks.
 */
public final class TextCleaner {

    /** A caption credit at the end of a line: "... (Picture: PA)", "(Photo: Reuters)", "Photo: AFP". */
    private static final Pattern CAPTION = Pattern.compile(
            "(?i)(\\((picture|photo|image|photograph|credit|pictured)s?\\s*:[^)]*\\)|^\\s*(photo|picture|image)\\s*(credit)?\\s*:.*)\\s*\\.?\\s*$");

    /** Lines after which a page holds only navigation and promotions. */
    private static final Set<String> END_OF_ARTICLE = Set.of(
            "related topics", "related stories", "related articles", "more on this story", "read more",
            "more from", "you may also like", "recommended", "share this article", "most read", "top stories");

    /** Single lines of page furniture. */
    private static final Set<String> FURNITURE = Set.of(
            "join our newsletter", "sign up to our newsletter", "advertisement", "share", "share this",
            "follow us", "skip to content", "watch", "listen", "print", "email", "comments");

    private TextCleaner() {
    }

    /** The cleaned text and how many non-blank lines were removed from it. */
    public record Cleaned(String text, int removedLines) {
    }

    public static String clean(String body) {
        return cleaned(body).text();
    }

    /**
     * Blanks captions, furniture lines and repeated lines; a line such as "Read more" or "Related stories" ends
     * the article only when no paragraph of prose follows it (it is then the head of a block of links);
     * in the middle of an article it is removed alone.
     */
    public static Cleaned cleaned(String body) {
        StringBuilder out = new StringBuilder(body.length());
        Set<String> seen = new HashSet<>();
        boolean ended = false;
        int removed = 0;
        int pos = 0;
        while (pos < body.length()) {
            int nl = body.indexOf('\n', pos);
            int lineEnd = nl < 0 ? body.length() : nl;
            String line = body.substring(pos, lineEnd);
            String key = line.strip().toLowerCase(Locale.ROOT).replaceAll("[:.]+$", "");
            boolean drop = ended;
            if (!drop && END_OF_ARTICLE.contains(key)) {
                ended = !proseFollows(body, lineEnd);
                drop = true;
            }
            if (!drop && !key.isEmpty()) {
                drop = FURNITURE.contains(key) || CAPTION.matcher(line).find() || !seen.add(key);
            }
            if (drop && !key.isEmpty()) {
                removed++;
            }
            out.append(drop ? "\n".repeat(line.length()) : line);
            if (nl >= 0) {
                out.append('\n');
            }
            pos = lineEnd + 1;
        }
        return new Cleaned(out.toString(), removed);
    }

    /** A paragraph of prose: twenty words or more ending as a sentence ends. Links and headlines are shorter. */
    private static final Pattern PROSE = Pattern.compile("(?m)^[ \\t]*(\\S+[ \\t]+){19,}\\S*[.!?][\"'\u201d\u2019)]?[ \\t]*$");

    private static boolean proseFollows(String body, int from) {
        return PROSE.matcher(body).region(Math.min(from, body.length()), body.length()).find();
    }
}
