package org.chronograph.model;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.Objects;

/**
 * One news article as read from disk. {@code text} is the body the extractor reads (page leftovers blanked
 * out, so offsets still point into the original body); {@code published} may be null when nothing says it.
 *
 * @param id        stable identifier: the file's base name, or the {@code id} of a JSONL line
 * @param origin    where it was read from, for messages ("file.txt", "batch.jsonl:12")
 */
public record Article(String id, String title, String source, String url, LocalDate published,
                      String text, String origin) {

    public Article {
        if (id == null || id.isBlank()) {
            throw new IllegalArgumentException("article from " + origin + " has no id");
        }
        Objects.requireNonNull(text, "text");
        if (text.isBlank()) {
            throw new IllegalArgumentException("article " + id + " from " + origin + " has no text");
        }
    }

    /** The same article with a publication date supplied from outside (a command option or a gold file). */
    public Article withPublished(LocalDate date) {
        return new Article(id, title, source, url, date, text, origin);
    }

    /** SHA-256 of everything that affects what is extracted: the text and the publication date. */
    public String sha256() {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            digest.update(text.getBytes(StandardCharsets.UTF_8));
            digest.update((byte) 0);
            digest.update(String.valueOf(published).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JVM", e);
        }
    }
}
