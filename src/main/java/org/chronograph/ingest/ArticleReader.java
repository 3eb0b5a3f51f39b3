package org.chronograph.ingest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystemLoopException;
import java.nio.file.FileVisitOption;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.chronograph.model.Article;

/**
 * Reads articles from files and folders: {@code .txt} and {@code .md} with an optional YAML front-matter
 * block ({@code title}, {@code source}, {@code url}, {@code published}), {@code .html} pages (main text and meta
 * tags, {@link HtmlArticle}), and {@code .jsonl} with one article per line ({@code id}, {@code title},
 * {@code source}, {@code url}, {@code published}, {@code text}). English text only.
 * Every input that cannot be read becomes a {@link Skipped} naming the file (and line) and the reason;
 * the rest of the batch goes on.
 */
public final class ArticleReader {

    /**
     * Larger files are not news articles: refusing them keeps one bad file from exhausting the heap or holding a
     * batch for minutes without progress (CoreNLP reads a megabyte in some 30 s on two cores).
     */
    public static final long MAX_BYTES = 1024L * 1024;

    private static final YAMLMapper YAML = new YAMLMapper();
    private static final ObjectMapper JSON = new ObjectMapper();

    private static final String BROKEN_LINK = "symbolic link to a file or folder that does not exist";

    /** What to do about the limit. */
    static final String LIMIT_REASON = "a news article has 2-50 KB; split a longer document into parts";

    private final LocalDate defaultPublished;
    private int removedLines;
    private int cleanedArticles;

    /** @param defaultPublished the date for articles that give none; may be null */
    public ArticleReader(LocalDate defaultPublished) {
        this.defaultPublished = defaultPublished;
    }

    public ArticleBatch read(List<Path> paths) {
        List<Article> articles = new ArrayList<>();
        List<Skipped> skipped = new ArrayList<>();
        List<String> notes = new ArrayList<>();
        for (Path path : paths) {
            if (Files.isDirectory(path)) { // a symbolic link to a folder is followed
                if (isStore(path)) {
                    skipped.add(new Skipped(path.toString(), "is a Chronograph store folder, not a folder of articles"));
                    continue;
                }
                for (Path file : filesUnder(path, skipped, notes)) {
                    readFile(file, idUnder(path, file), articles, skipped);
                }
            } else if (Files.exists(path)) {
                readFile(path, baseName(path.getFileName().toString()), articles, skipped);
            } else if (Files.isSymbolicLink(path)) {
                skipped.add(new Skipped(path.toString(), BROKEN_LINK));
            } else {
                skipped.add(new Skipped(path.toString(), "no such file or folder"));
            }
        }
        if (removedLines > 0) {
            notes.add("removed " + removedLines + " line(s) of page furniture (captions, repeated lines, link blocks"
                    + " after the article) from " + cleanedArticles + " article(s)");
        }
        return new ArticleBatch(distinct(articles, skipped, notes), skipped, notes);
    }

    /**
     * One article per id and one per text: a second article with an id already read is skipped naming both
     * places (the first, in file order, is kept); the same text under a second name is read once.
     */
    private static List<Article> distinct(List<Article> articles, List<Skipped> skipped, List<String> notes) {
        Map<String, Article> byId = new LinkedHashMap<>();
        Map<String, Article> bySha = new HashMap<>();
        for (Article a : articles) {
            Article first = byId.get(a.id());
            if (first != null) {
                skipped.add(new Skipped(a.origin(), "article id '" + a.id() + "' is already used by " + first.origin()
                        + ", which is kept (ids must be unique: rename the file or change the id)"));
                continue;
            }
            Article same = bySha.putIfAbsent(a.sha256(), a);
            if (same != null) {
                notes.add(a.origin() + ": the same text and date as " + same.origin() + ", read once");
                continue;
            }
            byId.put(a.id(), a);
        }
        return new ArrayList<>(byId.values());
    }

    /**
     * The article files under a folder, in path order: symbolic links are followed (a link back into a folder
     * being walked is reported and not followed again); hidden files and folders and store folders are left out.
     */
    private static List<Path> filesUnder(Path root, List<Skipped> skipped, List<String> notes) {
        List<Path> files = new ArrayList<>();
        try {
            Files.walkFileTree(root, EnumSet.of(FileVisitOption.FOLLOW_LINKS), Integer.MAX_VALUE, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
                    if (dir.equals(root)) {
                        return FileVisitResult.CONTINUE;
                    }
                    if (dir.getFileName().toString().startsWith(".")) {
                        return FileVisitResult.SKIP_SUBTREE;
                    }
                    if (isStore(dir)) {
                        notes.add(dir + ": a Chronograph store folder, not read as articles");
                        return FileVisitResult.SKIP_SUBTREE;
                    }
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
                    if (attrs.isRegularFile() && !file.getFileName().toString().startsWith(".")) {
                        files.add(file);
                    }
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFileFailed(Path file, IOException e) {
                    if (e instanceof FileSystemLoopException) {
                        notes.add(file + ": a symbolic link back to a folder already being read, not followed again");
                    } else if (Files.isSymbolicLink(file) && !Files.exists(file)) {
                        skipped.add(new Skipped(file.toString(), BROKEN_LINK));
                    } else {
                        skipped.add(new Skipped(file.toString(), "cannot read: " + e.getMessage()));
                    }
                    return FileVisitResult.CONTINUE;
                }
            });
        } catch (IOException e) {
            skipped.add(new Skipped(root.toString(), "cannot list folder: " + e.getMessage()));
        }
        files.sort(Comparator.comparing(p -> root.relativize(p).toString()));
        return files;
    }

    /** A folder that holds an embedded Neo4j store (what {@code ingest} creates), never articles. */
    public static boolean isStore(Path dir) {
        return Files.isDirectory(dir.resolve("data").resolve("databases"));
    }

    /** The id of a file read from a folder: its path inside the folder, without the extension ("a/report"). */
    private static String idUnder(Path root, Path file) {
        Path rel = root.relativize(file);
        StringBuilder id = new StringBuilder();
        for (int i = 0; i < rel.getNameCount() - 1; i++) {
            id.append(rel.getName(i)).append('/');
        }
        return id.append(baseName(rel.getFileName().toString())).toString();
    }

    private void readFile(Path file, String id, List<Article> articles, List<Skipped> skipped) {
        String name = file.getFileName().toString();
        String ext = name.contains(".") ? name.substring(name.lastIndexOf('.') + 1).toLowerCase(Locale.ROOT) : "";
        String origin = file.toString();
        try {
            if (!Files.isReadable(file)) {
                skipped.add(new Skipped(origin, "file is not readable (check its permissions)"));
                return;
            }
            long size = Files.size(file);
            if (size > MAX_BYTES && !ext.equals("jsonl")) {
                skipped.add(new Skipped(origin, "file is " + megabytes(size) + ", larger than the " + megabytes(MAX_BYTES)
                        + " an article may have (" + LIMIT_REASON + ")"));
                return;
            }
            switch (ext) {
                case "txt", "md" -> articles.add(checked(parseText(id, decode(Files.readAllBytes(file)), origin)));
                case "html", "htm" -> articles.add(checked(parseHtml(id, decode(Files.readAllBytes(file)),
                        file.toUri().toString(), origin)));
                case "jsonl" -> readJsonLines(file, articles, skipped);
                default -> skipped.add(new Skipped(origin, "unsupported file type '" + (ext.isEmpty() ? name : "." + ext)
                        + "' (expected .txt, .md, .html or .jsonl)"));
            }
        } catch (InvalidArticleException | IllegalArgumentException e) {
            skipped.add(new Skipped(origin, e.getMessage()));
        } catch (IOException e) {
            skipped.add(new Skipped(origin, "cannot read file: " + e));
        }
    }

    /** "5.0 MB", "0.5 MB": one decimal, so that a file just over the limit does not read as equal to it. */
    static String megabytes(long bytes) {
        return String.format(Locale.ROOT, "%.1f MB", bytes / (1024.0 * 1024.0));
    }

    /**
     * JSON Lines are UTF-8 (the format says so): read as bytes and decoded line by line, so that a bad byte
     * costs its own line only, named by its number. Each line is held to the article limit.
     */
    private void readJsonLines(Path file, List<Article> articles, List<Skipped> skipped) throws IOException {
        try (var in = new java.io.BufferedInputStream(Files.newInputStream(file), 1 << 16)) {
            var line = new java.io.ByteArrayOutputStream();
            int n = 0;
            boolean tooLong = false;
            while (true) {
                int b = in.read();
                if (b != '\n' && b != -1) {
                    if (line.size() <= MAX_BYTES) {
                        line.write(b);
                    } else {
                        tooLong = true;
                    }
                    continue;
                }
                if (b == -1 && line.size() == 0 && !tooLong) {
                    return;
                }
                n++;
                String origin = file + ":" + n;
                if (tooLong) {
                    skipped.add(new Skipped(origin, "line is larger than the " + megabytes(MAX_BYTES)
                            + " an article may have (" + LIMIT_REASON + ")"));
                } else {
                    byte[] bytes = line.toByteArray();
                    int from = n == 1 && startsWith(bytes, 0xEF, 0xBB, 0xBF) ? 3 : 0;
                    if (n == 1 && (startsWith(bytes, 0xFF, 0xFE) || startsWith(bytes, 0xFE, 0xFF))) {
                        skipped.add(new Skipped(file.toString(), "UTF-16 text; JSON Lines must be UTF-8 (save the file"
                                + " as UTF-8)"));
                        return;
                    }
                    try {
                        String text = decoder(StandardCharsets.UTF_8).decode(ByteBuffer.wrap(bytes, from, bytes.length - from))
                                .toString();
                        readJsonLine(text.endsWith("\r") ? text.substring(0, text.length() - 1) : text, origin,
                                articles, skipped);
                    } catch (CharacterCodingException e) {
                        skipped.add(new Skipped(origin, "line is not UTF-8 text (JSON Lines are UTF-8; the other lines"
                                + " are read)"));
                    }
                }
                line.reset();
                tooLong = false;
                if (b == -1) {
                    return;
                }
            }
        }
    }

    private void readJsonLine(String line, String origin, List<Article> articles, List<Skipped> skipped) {
        if (line.isBlank()) {
            return;
        }
        try {
            if (line.indexOf('\0') >= 0) {
                throw new InvalidArticleException("binary data (contains NUL characters), not a JSON article");
            }
            JsonNode node = JSON.readTree(line);
            if (!node.isObject()) {
                throw new InvalidArticleException("line is not a JSON object");
            }
            String text = text(node, "text");
            if (text == null || text.isBlank()) {
                throw new InvalidArticleException("no \"text\" field");
            }
            String id = text(node, "id");
            if (id == null || id.isBlank()) {
                throw new InvalidArticleException("no \"id\" field");
            }
            if (HtmlArticle.looksLikeHtml(text)) {
                throw new InvalidArticleException("\"text\" is an HTML page, not the article's text");
            }
            articles.add(checked(new Article(id.strip(), text(node, "title"), text(node, "source"), text(node, "url"),
                    published(text(node, "published")), clean(text), origin)));
        } catch (JsonProcessingException e) {
            skipped.add(new Skipped(origin, "not valid JSON: " + e.getOriginalMessage()));
        } catch (InvalidArticleException | IllegalArgumentException e) {
            skipped.add(new Skipped(origin, e.getMessage()));
        }
    }

    /** The body without page furniture ({@link TextCleaner}), counting what was removed for the summary. */
    private String clean(String body) {
        TextCleaner.Cleaned c = TextCleaner.cleaned(body);
        if (c.removedLines() > 0) {
            removedLines += c.removedLines();
            cleanedArticles++;
        }
        return c.text();
    }

    /** Reads an HTML page's main text and metadata (jsoup); visible for tests. */
    Article parseHtml(String id, String html, String baseUri, String origin) {
        HtmlArticle.Parts parts = HtmlArticle.read(html, baseUri);
        if (parts.text().isBlank()) {
            throw new InvalidArticleException("HTML page has no text in its article, main or body");
        }
        return new Article(id, parts.title(), parts.source(), parts.url(), published(parts.published()),
                clean(parts.text()), origin);
    }

    /** Refuses what CoreNLP's English models cannot read. */
    private static Article checked(Article a) {
        double share = English.share(a.text());
        if (share >= 0 && share < English.MIN_SHARE) {
            throw new InvalidArticleException(String.format(Locale.ROOT, "does not look like English (%.0f %% common"
                    + " English words, expected over %.0f %%); the NLP models read English only", 100 * share,
                    100 * English.MIN_SHARE));
        }
        return a;
    }

    /** Parses a text article with optional front matter; visible for tests. */
    Article parseText(String id, String content, String origin) {
        String body = content;
        String title = null;
        String source = null;
        String url = null;
        String published = null;
        String normalized = content.startsWith("\uFEFF") ? content.substring(1) : content;
        if (normalized.startsWith("---\n") || normalized.startsWith("---\r\n")) {
            int start = normalized.indexOf('\n') + 1;
            int close = findClosingFence(normalized, start);
            if (close < 0) {
                throw new InvalidArticleException("front matter opened with '---' is never closed");
            }
            String yaml = normalized.substring(start, close);
            JsonNode meta;
            try {
                meta = YAML.readTree(yaml);
            } catch (IOException e) {
                meta = simpleKeyValues(yaml, e);
            }
            if (meta != null && !meta.isNull() && !meta.isMissingNode()) {
                if (!meta.isObject()) {
                    throw new InvalidArticleException("front matter is not a set of 'key: value' lines");
                }
                title = text(meta, "title");
                source = text(meta, "source");
                url = text(meta, "url");
                published = text(meta, "published");
            }
            int bodyStart = normalized.indexOf('\n', close) + 1;
            body = bodyStart == 0 ? "" : normalized.substring(bodyStart);
        }
        if (body.isBlank()) {
            throw new InvalidArticleException("article has no text");
        }
        if (HtmlArticle.looksLikeHtml(body)) {
            throw new InvalidArticleException("looks like an HTML page saved as text; save it as .html to have its"
                    + " main text read");
        }
        return new Article(id, title, source, url, published(published), clean(body), origin);
    }

    /**
     * Front matter as people write it is not always valid YAML ("license: Public domain: work of ..."): when
     * every line is still "key: value", the value is the rest of the line.
     */
    private static JsonNode simpleKeyValues(String yaml, IOException yamlError) {
        var node = JSON.createObjectNode();
        int n = 0;
        for (String line : yaml.split("\n")) {
            n++;
            if (line.isBlank() || line.stripLeading().startsWith("#")) {
                continue;
            }
            int colon = line.indexOf(':');
            if (colon <= 0 || !line.substring(0, colon).strip().matches("[A-Za-z_][A-Za-z0-9_-]*")) {
                throw new InvalidArticleException("malformed front matter, line " + n + " is not 'key: value' ("
                        + firstLine(yamlError.getMessage()) + ")");
            }
            String value = line.substring(colon + 1).strip();
            if (value.length() >= 2 && (value.startsWith("\"") && value.endsWith("\"")
                    || value.startsWith("'") && value.endsWith("'"))) {
                value = value.substring(1, value.length() - 1);
            }
            node.put(line.substring(0, colon).strip(), value);
        }
        return node;
    }

    private static int findClosingFence(String s, int from) {
        int pos = from;
        while (pos < s.length()) {
            int nl = s.indexOf('\n', pos);
            String line = s.substring(pos, nl < 0 ? s.length() : nl).strip();
            if (line.equals("---") || line.equals("...")) {
                return pos;
            }
            if (nl < 0) {
                return -1;
            }
            pos = nl + 1;
        }
        return -1;
    }

    private LocalDate published(String value) {
        if (value == null || value.isBlank() || value.equalsIgnoreCase("unknown")) {
            return defaultPublished;
        }
        String v = value.strip();
        LocalDate date;
        try {
            date = LocalDate.parse(v.length() > 10 && v.charAt(10) == 'T' ? v.substring(0, 10) : v);
        } catch (DateTimeParseException e) {
            throw new InvalidArticleException("published date '" + value + "' is not a date of the form YYYY-MM-DD");
        }
        // a day of grace for time zones; later than that is a typo, and would date every relative expression wrong
        if (date.isAfter(LocalDate.now().plusDays(1))) {
            throw new InvalidArticleException("published date " + date + " is in the future");
        }
        return date;
    }

    private static String text(JsonNode node, String field) {
        JsonNode v = node.get(field);
        if (v != null && v.isContainerNode()) {
            throw new InvalidArticleException("field '" + field + "' is " + (v.isArray() ? "a list" : "a set of fields")
                    + ", expected a single value");
        }
        return v == null || v.isNull() ? null : v.asText();
    }

    /**
     * The text of a file as editors save it: UTF-8 with or without a byte-order mark, UTF-16 with one (or without,
     * recognised by its zero bytes), and otherwise Windows-1252 (which includes ISO-8859-1's letters); any line
     * ending becomes a newline. Anything else is refused naming what it looks like.
     */
    static String decode(byte[] bytes) {
        String text;
        if (startsWith(bytes, 0xEF, 0xBB, 0xBF)) {
            text = strict(StandardCharsets.UTF_8, bytes, 3, "UTF-8 (it starts with a UTF-8 byte-order mark)");
        } else if (startsWith(bytes, 0xFF, 0xFE, 0x00, 0x00) || startsWith(bytes, 0x00, 0x00, 0xFE, 0xFF)) {
            throw new InvalidArticleException("UTF-32 text, which is not read; save the article as UTF-8");
        } else if (startsWith(bytes, 0xFF, 0xFE)) {
            text = strict(StandardCharsets.UTF_16LE, bytes, 2, "UTF-16");
        } else if (startsWith(bytes, 0xFE, 0xFF)) {
            text = strict(StandardCharsets.UTF_16BE, bytes, 2, "UTF-16");
        } else {
            java.nio.charset.Charset utf16 = utf16WithoutMark(bytes);
            if (utf16 != null) {
                text = strict(utf16, bytes, 0, "UTF-16");
            } else {
                for (int i = 0; i < Math.min(bytes.length, 8192); i++) {
                    if (bytes[i] == 0) {
                        throw new InvalidArticleException("binary file (contains NUL bytes), not a text article");
                    }
                }
                try {
                    text = decoder(StandardCharsets.UTF_8).decode(ByteBuffer.wrap(bytes)).toString();
                } catch (CharacterCodingException e) {
                    text = strict(java.nio.charset.Charset.forName("windows-1252"), bytes, 0,
                            "UTF-8, nor Windows-1252 or ISO-8859-1");
                }
            }
        }
        if (text.indexOf('\0') >= 0) {
            throw new InvalidArticleException("binary data (contains NUL characters), not a text article");
        }
        return text.replace("\r\n", "\n").replace('\r', '\n');
    }

    /** UTF-16 saved without a byte-order mark: in English text every other byte is zero. */
    private static java.nio.charset.Charset utf16WithoutMark(byte[] bytes) {
        int n = Math.min(bytes.length, 8192) & ~1;
        if (n < 16) {
            return null;
        }
        int evenZero = 0;
        int oddZero = 0;
        for (int i = 0; i < n; i += 2) {
            evenZero += bytes[i] == 0 ? 1 : 0;
            oddZero += bytes[i + 1] == 0 ? 1 : 0;
        }
        if (oddZero > 0.9 * n / 2 && evenZero == 0) {
            return StandardCharsets.UTF_16LE;
        }
        if (evenZero > 0.9 * n / 2 && oddZero == 0) {
            return StandardCharsets.UTF_16BE;
        }
        return null;
    }

    private static String strict(java.nio.charset.Charset cs, byte[] bytes, int from, String what) {
        try {
            return decoder(cs).decode(ByteBuffer.wrap(bytes, from, bytes.length - from)).toString();
        } catch (CharacterCodingException e) {
            throw new InvalidArticleException("not " + what + " text; save the article as UTF-8");
        }
    }

    private static java.nio.charset.CharsetDecoder decoder(java.nio.charset.Charset cs) {
        return cs.newDecoder().onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
    }

    private static boolean startsWith(byte[] bytes, int... prefix) {
        if (bytes.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if ((bytes[i] & 0xff) != prefix[i]) {
                return false;
            }
        }
        return true;
    }

    private static String baseName(String fileName) {
        int dot = fileName.lastIndexOf('.');
        return dot > 0 ? fileName.substring(0, dot) : fileName;
    }

    private static String firstLine(String s) {
        return s == null ? "" : s.lines().findFirst().orElse("");
    }

    /** A problem with one input, reported as a {@link Skipped}. */
    static final class InvalidArticleException extends RuntimeException {
        InvalidArticleException(String message) {
            super(message);
        }
    }
}
