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
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
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

    /** Larger files are not news articles; refusing them keeps one bad file from exhausting the heap. */
    public static final long MAX_BYTES = 5L * 1024 * 1024;

    private static final YAMLMapper YAML = new YAMLMapper();
    private static final ObjectMapper JSON = new ObjectMapper();

    private final LocalDate defaultPublished;

    /** @param defaultPublished the date for articles that give none; may be null */
    public ArticleReader(LocalDate defaultPublished) {
        this.defaultPublished = defaultPublished;
    }

    public ArticleBatch read(List<Path> paths) {
        List<Article> articles = new ArrayList<>();
        List<Skipped> skipped = new ArrayList<>();
        for (Path path : paths) {
            if (Files.isDirectory(path)) {
                try (Stream<Path> walk = Files.walk(path)) {
                    walk.filter(Files::isRegularFile)
                            .filter(p -> !p.getFileName().toString().startsWith("."))
                            .sorted()
                            .forEach(p -> readFile(p, articles, skipped));
                } catch (IOException e) {
                    skipped.add(new Skipped(path.toString(), "cannot list folder: " + e.getMessage()));
                }
            } else if (Files.exists(path)) {
                readFile(path, articles, skipped);
            } else {
                skipped.add(new Skipped(path.toString(), "no such file or folder"));
            }
        }
        return new ArticleBatch(articles, skipped);
    }

    private void readFile(Path file, List<Article> articles, List<Skipped> skipped) {
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
                skipped.add(new Skipped(origin, "file is " + size / (1024 * 1024) + " MB, larger than the "
                        + MAX_BYTES / (1024 * 1024) + " MB an article may have"));
                return;
            }
            switch (ext) {
                case "txt", "md" -> {
                    String content = decode(Files.readAllBytes(file));
                    articles.add(checked(parseText(baseName(name), content, origin)));
                }
                case "html", "htm" -> articles.add(checked(parseHtml(baseName(name), decode(Files.readAllBytes(file)),
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

    private void readJsonLines(Path file, List<Article> articles, List<Skipped> skipped) throws IOException {
        // line by line: a batch file may hold thousands of articles; each line is held to the article limit
        var decoder = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        try (var in = new java.io.BufferedReader(new java.io.InputStreamReader(Files.newInputStream(file), decoder))) {
            int n = 0;
            String line;
            while (true) {
                try {
                    line = in.readLine();
                } catch (java.nio.charset.MalformedInputException e) {
                    skipped.add(new Skipped(file + ":" + (n + 1), "not UTF-8 text (save the file as UTF-8); the rest of the file is not read"));
                    return;
                }
                if (line == null) {
                    return;
                }
                n++;
                readJsonLine(line, file + ":" + n, articles, skipped);
            }
        }
    }

    private void readJsonLine(String line, String origin, List<Article> articles, List<Skipped> skipped) {
        if (line.isBlank()) {
            return;
        }
        try {
            if (line.length() > MAX_BYTES) {
                throw new InvalidArticleException("line is " + line.length() / (1024 * 1024) + " MB, larger than the "
                        + MAX_BYTES / (1024 * 1024) + " MB an article may have");
            }
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
                    published(text(node, "published")), TextCleaner.clean(text), origin)));
        } catch (JsonProcessingException e) {
            skipped.add(new Skipped(origin, "not valid JSON: " + e.getOriginalMessage()));
        } catch (InvalidArticleException | IllegalArgumentException e) {
            skipped.add(new Skipped(origin, e.getMessage()));
        }
    }

    /** Reads an HTML page's main text and metadata (jsoup); visible for tests. */
    Article parseHtml(String id, String html, String baseUri, String origin) {
        HtmlArticle.Parts parts = HtmlArticle.read(html, baseUri);
        if (parts.text().isBlank()) {
            throw new InvalidArticleException("HTML page has no text in its article, main or body");
        }
        return new Article(id, parts.title(), parts.source(), parts.url(), published(parts.published()),
                TextCleaner.clean(parts.text()), origin);
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
        return new Article(id, title, source, url, published(published), TextCleaner.clean(body), origin);
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
        return v == null || v.isNull() ? null : v.asText();
    }

    private static String decode(byte[] bytes) {
        for (int i = 0; i < Math.min(bytes.length, 8192); i++) {
            if (bytes[i] == 0) {
                throw new InvalidArticleException("binary file (contains NUL bytes), not a text article");
            }
        }
        try {
            return StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes)).toString().replace("\r\n", "\n");
        } catch (CharacterCodingException e) {
            throw new InvalidArticleException("not UTF-8 text (save the article as UTF-8)");
        }
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
