package org.chronograph.timeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** What an article's front matter or text says ends up in exports as text, never as a live link or markup. */
class HostileExportTests {

    static final List<String> HOSTILE_URLS = List.of("javascript:document.title='owned'",
            " JavaScript:alert(1)", "data:text/html,<script>document.title='owned'</script>",
            "vbscript:msgbox(1)", "file:///etc/passwd", "https://example.org/a\" onmouseover=\"document.title='owned'",
            "https://example.org/a)(javascript:alert(1)", "//example.org/no-scheme");

    static List<TimelineEntry> hostileEntries() {
        List<TimelineEntry> out = new java.util.ArrayList<>();
        int n = 0;
        for (String url : HOSTILE_URLS) {
            n++;
            out.add(new TimelineEntry("event", "event:h" + n, "MEET", "036", "CONSULT", "2024-03-0" + (n % 9 + 1), "day",
                    "happened", List.of(new TimelineEntry.ActorRef("<img src=x onerror=\"document.title='owned'\">",
                    "PERSON", null)), "<script>document.title='owned'</script>", null, null, null,
                    "Reyes met <b onclick=\"document.title='owned'\">Halvorsen</b> | [click](javascript:alert(1))", null,
                    List.of(new TimelineEntry.Source("article-" + n + "<script>", url, "\"><script>document.title='owned'</script>")),
                    1, List.of(), List.of(), "<i>storyline</i>"));
        }
        return out;
    }

    @Test
    void onlyHttpAddressesBecomeLinks() {
        for (String url : HOSTILE_URLS.subList(0, 5)) {
            assertThat(TimelineWriter.link(url)).as(url).isNull();
        }
        assertThat(TimelineWriter.link("//example.org/no-scheme")).isNull();
        assertThat(TimelineWriter.link("https://example.org/a)(javascript:alert(1)")).doesNotContain("(", ")");
        assertThat(TimelineWriter.link("https://example.org/news/2024/03/talks?id=7")).isEqualTo("https://example.org/news/2024/03/talks?id=7");
    }

    @Test
    void htmlMarkdownAndTimelineJsCarryNoLiveMarkupFromTheData() throws Exception {
        List<TimelineEntry> entries = hostileEntries();
        String html = TimelineWriter.render(entries, TimelineWriter.Format.html, "<script>x</script>");
        String body = html.substring(html.indexOf("<body"));
        assertThat(body).doesNotContainIgnoringCase("href=\"javascript").doesNotContainIgnoringCase("href=\"data:")
                .doesNotContain("<img").doesNotContain("<b onclick").doesNotContain("\" onmouseover=\"")
                .doesNotContain("<script>document").doesNotContain("<i>storyline");
        String md = TimelineWriter.render(entries, TimelineWriter.Format.markdown, "t");
        // a link in Markdown is an unescaped "](": each one must point at an http(s) address
        assertThat(md).doesNotContainPattern("(?<!\\\\)\\]\\((?!<https?://)")
                .doesNotContainPattern("(?<!\\\\)<(img|script|b )");
        String tl = TimelineWriter.render(entries, TimelineWriter.Format.timelinejs, "t");
        assertThat(tl).doesNotContain("<script").doesNotContain("<img").doesNotContainIgnoringCase("href=\\\"javascript");
    }
}
