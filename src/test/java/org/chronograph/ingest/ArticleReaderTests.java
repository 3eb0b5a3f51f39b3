package org.chronograph.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
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

    private Path write(String name, String content) throws IOException {
        return Files.writeString(dir.resolve(name), content);
    }
}
