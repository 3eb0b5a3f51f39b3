package org.chronograph.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.chronograph.model.Article;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ArticleReaderTests {

    @TempDir
    Path dir;

    @Test
    void readsFrontMatterAndKeepsOffsetsIntoTheBody() throws IOException {
        Path f = write("a.md", """
                ---
                title: Talks resume
                url: https://example.org/a
                published: 2024-03-02
                license: Public domain: a work of someone
                ---
                Leaders met on Friday.
                """);
        ArticleBatch b = new ArticleReader(null).read(List.of(f));
        assertThat(b.skipped()).isEmpty();
        Article a = b.articles().get(0);
        assertThat(a.id()).isEqualTo("a");
        assertThat(a.title()).isEqualTo("Talks resume");
        assertThat(a.published()).isEqualTo(LocalDate.of(2024, 3, 2));
        assertThat(a.text()).startsWith("Leaders met on Friday.");
    }

    @Test
    void publishedOptionFillsOnlyMissingDates() throws IOException {
        Path f = write("b.txt", "No front matter here. The ministers met.\n");
        Article a = new ArticleReader(LocalDate.of(2020, 1, 1)).read(List.of(f)).articles().get(0);
        assertThat(a.published()).isEqualTo(LocalDate.of(2020, 1, 1));
    }

    @Test
    void badInputsAreSkippedWithTheirReasonAndTheRestIsRead() throws IOException {
        write("good.txt", "The ministers met in Geneva.\n");
        write("empty.txt", "");
        Files.write(dir.resolve("binary.txt"), new byte[] {1, 0, 2, 3});
        write("notes.docx", "whatever");
        write("unclosed.md", "---\ntitle: x\nThe text.\n");
        write("bad-date.md", "---\npublished: yesterday\n---\nText.\n");
        write("batch.jsonl", """
                {"id": "j1", "text": "The envoys met.", "published": "2021-05-01"}
                {not json
                {"id": "j3"}
                """);
        ArticleBatch b = new ArticleReader(null).read(List.of(dir));
        assertThat(b.articles()).extracting(Article::id).containsExactlyInAnyOrder("good", "j1");
        assertThat(b.skipped()).extracting(Skipped::toString).anySatisfy(s -> assertThat(s).contains("empty.txt", "no text"))
                .anySatisfy(s -> assertThat(s).contains("binary.txt", "binary"))
                .anySatisfy(s -> assertThat(s).contains("notes.docx", "unsupported file type"))
                .anySatisfy(s -> assertThat(s).contains("unclosed.md", "never closed"))
                .anySatisfy(s -> assertThat(s).contains("bad-date.md", "yesterday"))
                .anySatisfy(s -> assertThat(s).contains("batch.jsonl:2", "not valid JSON"))
                .anySatisfy(s -> assertThat(s).contains("batch.jsonl:3", "text"));
        assertThat(new ArticleReader(null).read(List.of(dir.resolve("missing.txt"))).skipped())
                .extracting(Skipped::reason).containsExactly("no such file or folder");
    }

    private static final String ENGLISH = "The foreign ministers of the two countries met in Geneva on Tuesday and"
            + " said that they would resume the talks that had been suspended for a year. It was the first meeting"
            + " of its kind since the border dispute, and both sides said the atmosphere was good.";

    @Test
    void htmlPagesAreReadForTheirMainTextAndMetadata() throws IOException {
        Path f = write("page.html", """
                <!DOCTYPE html><html><head><title>Site | Ministers meet</title>
                <meta property="og:title" content="Ministers meet in Geneva">
                <meta property="og:site_name" content="Example News">
                <meta property="article:published_time" content="2024-05-07T09:30:00Z">
                <link rel="canonical" href="https://example.org/ministers-meet">
                <script>var tracking = "the the the";</script></head>
                <body><nav><a href="/">Home</a> <a href="/world">World</a></nav>
                <header>Subscribe now</header>
                <article><h1>Ministers meet in Geneva</h1><p>%s</p>
                <figure><img src="x.jpg"><figcaption>A photo caption</figcaption></figure>
                <p>Talks will continue in May.</p></article>
                <aside>Most read: something else</aside><footer>Copyright</footer></body></html>
                """.formatted(ENGLISH));
        ArticleBatch b = new ArticleReader(null).read(List.of(f));
        assertThat(b.skipped()).isEmpty();
        Article a = b.articles().get(0);
        assertThat(a.id()).isEqualTo("page");
        assertThat(a.title()).isEqualTo("Ministers meet in Geneva");
        assertThat(a.source()).isEqualTo("Example News");
        assertThat(a.url()).isEqualTo("https://example.org/ministers-meet");
        assertThat(a.published()).isEqualTo(LocalDate.of(2024, 5, 7));
        assertThat(a.text()).startsWith("Ministers meet in Geneva\n\nThe foreign ministers").contains("Talks will continue in May.")
                .doesNotContain("Home").doesNotContain("Subscribe").doesNotContain("tracking").doesNotContain("caption")
                .doesNotContain("Most read").doesNotContain("Copyright");
    }

    @Test
    void moreBadInputsAreSkippedEachWithOneClearLine() throws IOException {
        write("good.txt", ENGLISH);
        write("html-as-text.txt", "<!DOCTYPE html><html><body><p>" + ENGLISH + "</p></body></html>");
        write("french.txt", "Les ministres des affaires étrangères des deux pays se sont rencontrés à Genève mardi et"
                + " ont déclaré qu'ils reprendraient les négociations suspendues depuis un an. C'était la première"
                + " réunion de ce genre depuis le différend frontalier, et les deux parties ont salué l'ambiance.");
        write("future.md", "---\npublished: 2999-01-01\n---\n" + ENGLISH);
        write("no-such-day.md", "---\npublished: 2023-02-30\n---\n" + ENGLISH);
        write("malformed-front-matter.md", "---\ntitle: [unclosed\n  - : :\n---\n" + ENGLISH);
        Path big = dir.resolve("huge.txt");
        try (var out = Files.newBufferedWriter(big)) {
            for (int i = 0; i < 85_000; i++) {
                out.write(ENGLISH + "\n");
            }
        }
        assertThat(Files.size(big)).isGreaterThan(20L * 1024 * 1024);
        write("lines.jsonl", "{\"id\": \"ok\", \"text\": \"" + ENGLISH.replace("Geneva", "Bern") + "\"}\n"
                + "{\"id\": \"page\", \"text\": \"<html><body><p>x</p><p>y</p><div>a</div><div>b</div><p>c</p>"
                + "<p>d</p><p>e</p><p>f</p><p>g</p><p>h</p></body></html>\"}\n"
                + "[1, 2]\n");
        ArticleBatch b = new ArticleReader(null).read(List.of(dir));
        assertThat(b.articles()).extracting(Article::id).containsExactlyInAnyOrder("good", "ok");
        assertThat(b.skipped()).extracting(Skipped::toString)
                .anySatisfy(s -> assertThat(s).contains("html-as-text.txt", "HTML", ".html"))
                .anySatisfy(s -> assertThat(s).contains("french.txt", "not look like English"))
                .anySatisfy(s -> assertThat(s).contains("future.md", "2999-01-01", "future"))
                .anySatisfy(s -> assertThat(s).contains("no-such-day.md", "2023-02-30"))
                .anySatisfy(s -> assertThat(s).contains("malformed-front-matter.md", "front matter"))
                .anySatisfy(s -> assertThat(s).contains("huge.txt", "MB"))
                .anySatisfy(s -> assertThat(s).contains("lines.jsonl:2", "HTML"))
                .anySatisfy(s -> assertThat(s).contains("lines.jsonl:3", "not a JSON object"));
        assertThat(b.skipped()).hasSize(8);
    }

    @Test
    void anUnreadableFileIsNamedWithItsReason() throws IOException {
        Path f = write("locked.txt", ENGLISH);
        assertThat(f.toFile().setReadable(false, false)).isTrue();
        org.junit.jupiter.api.Assumptions.assumeFalse(Files.isReadable(f),
                "this user (root?) can read a file without read permission: nothing to test here");
        ArticleBatch b = new ArticleReader(null).read(List.of(dir));
        assertThat(b.skipped()).extracting(Skipped::toString).singleElement()
                .satisfies(s -> assertThat(s).contains("locked.txt", "not readable"));
    }

    @Test
    void ourOwnExamplesReadAsEnglish() {
        ArticleBatch b = new ArticleReader(null).read(List.of(Path.of("examples/articles")));
        assertThat(b.skipped()).isEmpty();
        assertThat(b.articles()).hasSizeGreaterThanOrEqualTo(15)
                .allSatisfy(a -> assertThat(English.share(a.text())).isGreaterThan(English.MIN_SHARE));
    }

    @Test
    void captionsAndPageLeftoversAreBlankedWithoutMovingOffsets() {
        String body = """
                Leaders meet again (Picture: PA).
                Leaders met in the village.

                Leaders meet again (Picture: PA).
                Related topics

                Join Our Newsletter
                """;
        String clean = TextCleaner.clean(body);
        assertThat(clean).hasSize(body.length());
        assertThat(clean).contains("Leaders met in the village.").doesNotContain("Picture").doesNotContain("Newsletter");
        assertThat(clean.indexOf("Leaders met")).isEqualTo(body.indexOf("Leaders met"));
    }

    @Test
    void filesOfTheSameNameInTwoFoldersAreTwoArticlesAndTrueCollisionsAreReported() throws IOException {
        Files.createDirectories(dir.resolve("a"));
        Files.createDirectories(dir.resolve("b"));
        write("a/report.txt", ENGLISH);
        write("b/report.txt", ENGLISH.replace("Geneva", "Lima"));
        write("note.txt", ENGLISH.replace("Geneva", "Oslo"));
        write("note.md", ENGLISH.replace("Geneva", "Quito"));
        write("lines.jsonl", "{\"id\": \"x1\", \"text\": \"" + ENGLISH + " One.\"}\n"
                + "{\"id\": \"x1\", \"text\": \"" + ENGLISH + " Two.\"}\n");
        ArticleBatch b = new ArticleReader(null).read(List.of(dir));
        assertThat(b.articles()).extracting(Article::id).containsExactlyInAnyOrder("a/report", "b/report", "note", "x1");
        assertThat(b.articles()).filteredOn(a -> a.id().equals("note")).singleElement()
                .satisfies(a -> assertThat(a.text()).contains("Quito")); // note.md comes first in path order
        assertThat(b.skipped()).extracting(Skipped::toString)
                .anySatisfy(s -> assertThat(s).contains("note.txt", "'note'", "note.md", "kept"))
                .anySatisfy(s -> assertThat(s).contains("lines.jsonl:2", "'x1'", "lines.jsonl:1"))
                .hasSize(2);
        // the same run again reads the same: the first in path order wins, not the faster thread
        assertThat(new ArticleReader(null).read(List.of(dir)).articles()).isEqualTo(b.articles());
    }

    @Test
    void theSameTextUnderTwoNamesIsReadOnce() throws IOException {
        write("one.txt", ENGLISH);
        write("copy-of-one.txt", ENGLISH);
        ArticleBatch b = new ArticleReader(null).read(List.of(dir));
        assertThat(b.articles()).extracting(Article::id).containsExactly("copy-of-one");
        assertThat(b.skipped()).isEmpty();
        assertThat(b.notes()).anySatisfy(n -> assertThat(n).contains("one.txt", "copy-of-one.txt", "read once"));
    }

    @Test
    void aBadByteInAJsonLinesFileCostsItsOwnLineOnly() throws IOException {
        byte[] good1 = ("{\"id\": \"l1\", \"text\": \"" + ENGLISH + "\"}\n").getBytes(StandardCharsets.UTF_8);
        byte[] bad = "{\"id\": \"l2\", \"text\": \"Caf\u00e9 talks.\"}\n".getBytes(StandardCharsets.ISO_8859_1);
        byte[] good3 = ("{\"id\": \"l3\", \"text\": \"" + ENGLISH.replace("Geneva", "Bern") + "\"}\r\n")
                .getBytes(StandardCharsets.UTF_8);
        var all = new java.io.ByteArrayOutputStream();
        all.writeBytes(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF});
        all.writeBytes(good1);
        all.writeBytes(bad);
        all.writeBytes(good3);
        Files.write(dir.resolve("batch.jsonl"), all.toByteArray());
        ArticleBatch b = new ArticleReader(null).read(List.of(dir));
        assertThat(b.articles()).extracting(Article::id).containsExactly("l1", "l3");
        assertThat(b.skipped()).extracting(Skipped::toString).singleElement()
                .satisfies(s -> assertThat(s).contains("batch.jsonl:2", "UTF-8"));
    }

    @Test
    void aReadMoreLineInTheMiddleRemovesItselfOnlyAndALinkBlockAtTheEndIsCounted() throws IOException {
        String body = "The two foreign ministers met in Geneva on Tuesday to discuss the border dispute that has"
                + " divided their countries for a decade.\n\nRead more\n\nThey agreed to meet again in May, and"
                + " officials on both sides said a joint commission would draw up a map of the disputed area.\n"
                + "\nRelated stories\nMinisters to meet\nBorder dispute explained\nA decade of talks\n";
        write("mid.txt", body);
        ArticleBatch b = new ArticleReader(null).read(List.of(dir));
        Article a = b.articles().get(0);
        assertThat(a.text()).hasSize(body.length()).contains("They agreed to meet again in May")
                .doesNotContain("Read more").doesNotContain("Related stories").doesNotContain("A decade of talks");
        assertThat(b.notes()).anySatisfy(n -> assertThat(n).contains("removed 5 line(s)", "1 article(s)"));
    }

    @Test
    void symbolicLinksAreFollowedAndALoopIsReportedOnce() throws IOException {
        Path real = Files.createDirectories(dir.resolve("real"));
        Files.writeString(real.resolve("linked.txt"), ENGLISH);
        Path top = Files.createDirectories(dir.resolve("top"));
        Files.writeString(top.resolve("own.txt"), ENGLISH.replace("Geneva", "Lima"));
        try {
            Files.createSymbolicLink(top.resolve("elsewhere"), real);
            Files.createSymbolicLink(real.resolve("back"), real);
            Files.createSymbolicLink(dir.resolve("alias"), top);
        } catch (UnsupportedOperationException | IOException e) {
            org.junit.jupiter.api.Assumptions.abort("no symbolic links on this file system: " + e);
        }
        ArticleBatch b = new ArticleReader(null).read(List.of(dir.resolve("alias")));
        assertThat(b.articles()).extracting(Article::id).containsExactlyInAnyOrder("own", "elsewhere/linked");
        assertThat(b.skipped()).isEmpty();
        assertThat(b.notes()).anySatisfy(n -> assertThat(n).contains("back", "not followed"));
    }

    @Test
    void theEncodingsAndLineEndingsEditorsSaveAreReadAlike() throws IOException {
        String text = "Caf\u00e9 diplomacy: the ministers met in Geneva on Tuesday.\nThey said the talks would resume"
                + " in May, and both sides said the atmosphere was good.\n";
        byte[] utf8 = text.getBytes(StandardCharsets.UTF_8);
        var bom = new java.io.ByteArrayOutputStream();
        bom.writeBytes(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF});
        bom.writeBytes(utf8);
        Files.write(dir.resolve("utf8-bom.txt"), bom.toByteArray());
        var le = new java.io.ByteArrayOutputStream();
        le.writeBytes(new byte[] {(byte) 0xFF, (byte) 0xFE});
        le.writeBytes(text.replace("Geneva", "Lima").getBytes(StandardCharsets.UTF_16LE));
        Files.write(dir.resolve("utf16-le-bom.txt"), le.toByteArray());
        Files.write(dir.resolve("utf16-be.txt"), text.replace("Geneva", "Bern").getBytes(StandardCharsets.UTF_16BE));
        Files.write(dir.resolve("windows.txt"), text.replace("Geneva", "Oslo").replace("\n", "\r\n")
                .getBytes(java.nio.charset.Charset.forName("windows-1252")));
        Files.write(dir.resolve("old-mac.md"), ("---\r" + "title: Old\r---\r" + text.replace("Geneva", "Quito")
                .replace("\n", "\r")).getBytes(StandardCharsets.ISO_8859_1));
        ArticleBatch b = new ArticleReader(null).read(List.of(dir));
        assertThat(b.skipped()).isEmpty();
        assertThat(b.articles()).hasSize(5).allSatisfy(a -> assertThat(a.text())
                .startsWith("Caf\u00e9 diplomacy").doesNotContain("\r").contains("\nThey said"));
        assertThat(b.articles()).filteredOn(a -> a.id().equals("old-mac")).singleElement()
                .satisfies(a -> assertThat(a.title()).isEqualTo("Old"));
    }

    @Test
    void frontMatterOfTheWrongShapeIsRefusedByName() throws IOException {
        write("list-title.md", "---\ntitle:\n  - one\n  - two\n---\n" + ENGLISH);
        write("list-id.jsonl", "{\"id\": [\"a\"], \"text\": \"" + ENGLISH + "\"}\n");
        ArticleBatch b = new ArticleReader(null).read(List.of(dir));
        assertThat(b.articles()).isEmpty();
        assertThat(b.skipped()).extracting(Skipped::toString)
                .anySatisfy(s -> assertThat(s).contains("list-title.md", "'title'", "list"))
                .anySatisfy(s -> assertThat(s).contains("list-id.jsonl:1", "'id'", "list"));
    }

    @Test
    void aStoreFolderIsNeverReadAsArticles() throws IOException {
        write("story.txt", ENGLISH);
        Files.createDirectories(dir.resolve("chronograph-data/data/databases/neo4j"));
        Files.writeString(dir.resolve("chronograph-data/logs.txt"), ENGLISH.replace("Geneva", "Lima"));
        ArticleBatch b = new ArticleReader(null).read(List.of(dir));
        assertThat(b.articles()).extracting(Article::id).containsExactly("story");
        assertThat(b.skipped()).isEmpty();
        assertThat(new ArticleReader(null).read(List.of(dir.resolve("chronograph-data"))).skipped())
                .extracting(Skipped::toString).singleElement().satisfies(s -> assertThat(s).contains("store folder"));
    }

    @Test
    void sizesAreGivenWithOneDecimal() {
        assertThat(ArticleReader.megabytes(ArticleReader.MAX_BYTES + 60_000)).isNotEqualTo(ArticleReader.megabytes(ArticleReader.MAX_BYTES));
    }

    private Path write(String name, String content) throws IOException {
        return Files.writeString(dir.resolve(name), content);
    }
}
