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

    public static String clean(String body) {
        StringBuilder out = new StringBuilder(body.length());
        Set<String> seen = new HashSet<>();
        boolean ended = false;
        int pos = 0;
        while (pos < body.length()) {
            int nl = body.indexOf('\n', pos);
            int lineEnd = nl < 0 ? body.length() : nl;
            String line = body.substring(pos, lineEnd);
            String key = line.strip().toLowerCase(Locale.ROOT).replaceAll("[:.]+$", "");
            boolean drop = ended;
            if (!drop && END_OF_ARTICLE.contains(key)) {
                ended = true;
                drop = true;
            }
            if (!drop && !key.isEmpty()) {
                drop = FURNITURE.contains(key) || CAPTION.matcher(line).find() || !seen.add(key);
            }
            out.append(drop ? "\n".repeat(line.length()) : line);
            if (nl >= 0) {
                out.append('\n');
            }
            pos = lineEnd + 1;
        }
        return out.toString();
    }
}
