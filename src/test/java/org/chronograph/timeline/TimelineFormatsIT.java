package org.chronograph.timeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.chronograph.TestBrowser;
import org.chronograph.TestCorpus;
import org.chronograph.graph.GraphStore;
import org.chronograph.graph.GraphWriter;
import org.chronograph.ingest.ArticleReader;
import org.chronograph.model.Article;
import org.chronograph.model.EventType;
import org.chronograph.model.PartialDate;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.neo4j.driver.AuthTokens;
import org.neo4j.harness.Neo4j;
import org.neo4j.harness.Neo4jBuilders;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;

/**
 * Every export format on a graph of our Singapore articles (examples/articles/12-15), compared whole with golden
 * files in src/test/resources/golden (after a deliberate change, {@code mvn verify -Dgolden.update=true} writes
 * them again: then read the diff). The HTML page and the TimelineJS3 file are opened in Chromium.
 */
class TimelineFormatsIT {

    private static final String TITLE = "The Singapore summit, 2018";
    private static Neo4j neo4j;
    private static GraphStore store;
    private static List<TimelineEntry> entries;

    @TempDir
    Path tmp;

    @BeforeAll
    static void build() {
        neo4j = Neo4jBuilders.newInProcessBuilder().withDisabledServer().build();
        store = GraphStore.connect(neo4j.boltURI().toString(), AuthTokens.none());
        GraphWriter writer = new GraphWriter(store);
        for (Article a : new ArticleReader(null).read(List.of(Path.of("examples/articles"))).articles()) {
            if (a.id().matches("1[2-5]-.*")) {
                writer.write(TestCorpus.extract(a));
            }
        }
        entries = new Timeline(store).entries(TimelineFilter.all());
    }

    @AfterAll
    static void stop() {
        store.close();
        neo4j.close();
    }

    @Test
    void eachFormatIsWhatItsGoldenFileSays() throws Exception {
        assertThat(entries).hasSizeGreaterThanOrEqualTo(5);
        for (TimelineWriter.Format f : TimelineWriter.Format.values()) {
            String out = TimelineWriter.render(entries, f, TITLE);
            for (String vendored : TimelineWriter.vendorScripts()) {
                // the inlined libraries are checked by VendorTests; the golden file keeps our page
                out = out.replace(vendored, "/* " + vendored.length() + " characters of timeline/vendor */");
            }
            Path golden = Path.of("src/test/resources/golden/singapore." + extension(f));
            if (Boolean.getBoolean("golden.update")) {
                Files.writeString(golden, out, StandardCharsets.UTF_8);
            }
            assertThat(out).as("%s output against %s", f, golden)
                    .isEqualTo(Files.readString(golden, StandardCharsets.UTF_8));
        }
    }

    @Test
    void datesKeepTheirPrecisionAndUndatedEntriesComeLast() throws Exception {
        List<String> dates = entries.stream().map(TimelineEntry::date).toList();
        int firstUndated = dates.indexOf(null);
        if (firstUndated >= 0) {
            assertThat(dates.subList(firstUndated, dates.size())).containsOnlyNulls();
        }
        // date, then precision (a day before its month), then id
        assertThat(entries).isSortedAccordingTo(Timeline.ORDER);
        JsonNode tl = new ObjectMapper().readTree(TimelineWriter.render(entries, TimelineWriter.Format.timelinejs, TITLE));
        assertThat(tl.get("events")).hasSize((int) entries.stream().filter(e -> e.date() != null).count());
        for (JsonNode e : tl.get("events")) {
            String display = e.get("start_date").get("display_date").asText();
            assertThat(e.get("start_date").has("day")).isEqualTo(display.length() == 10);
            assertThat(e.get("start_date").has("month")).isEqualTo(display.length() >= 7);
        }
        String csv = TimelineWriter.render(entries, TimelineWriter.Format.csv, TITLE);
        assertThat(csv).startsWith(String.join(",", TimelineWriter.CSV_COLUMNS) + "\r\n");
        assertThat(csv.split("\r\n")).hasSize(entries.size() + 1);
    }

    @Test
    void filtersNarrowTheTimeline() {
        Timeline t = new Timeline(store);
        assertThat(t.entries(filter(List.of(), Set.of(EventType.CANCEL), null, null, null, 0, 0)))
                .isNotEmpty().extracting(TimelineEntry::type).containsOnly("CANCEL");
        assertThat(t.entries(filter(List.of(), Set.of(), PartialDate.parse("2018-06"), PartialDate.parse("2018"), null, 0, 0)))
                .isNotEmpty().allSatisfy(e -> assertThat(e.date()).startsWith("2018-06"));
        assertThat(t.entries(filter(List.of(), Set.of(), null, null, null, 3, 0))).singleElement().satisfies(e -> {
            assertThat(e.type()).isEqualTo("MEET");
            assertThat(e.sourceCount()).isEqualTo(4);
        });
        assertThat(t.entries(filter(List.of(), Set.of(), null, null, null, 0, 2))).hasSize(2);
        String meeting = t.entries(filter(List.of("Kim Jong-un"), Set.of(EventType.MEET), null, null, null, 2, 0))
                .get(0).id();
        // the whole history of the summit: called off, revived, held
        assertThat(t.entries(filter(List.of(), Set.of(), null, null, meeting, 0, 0)))
                .extracting(TimelineEntry::type).containsSubsequence("CANCEL", "REVIVE", "MEET");
    }

    @Test
    void theHtmlPageAndTimelineJsRenderInChromium() throws Exception {
        assumeTrue(TestBrowser.available(), "Debian's chromium and chromium-driver are not installed (.ci/test-deps)");
        Path html = tmp.resolve("timeline.html");
        Files.writeString(html, TimelineWriter.render(entries, TimelineWriter.Format.html, TITLE), StandardCharsets.UTF_8);
        WebDriver browser = TestBrowser.start(tmp.resolve("profile"));
        try {
            browser.get(html.toUri().toString());
            assertThat(browser.findElements(By.cssSelector("#timeline article.entry"))).hasSize(entries.size());
            assertThat(browser.findElements(By.cssSelector("#timeline section.group h3"))).isNotEmpty();
            assertThat(browser.findElement(By.cssSelector("#timeline")).getText()).contains("2018-05-24", "Singapore");
            // the time axis: every dated entry on it once (lanes by storyline), and an arrow for each act's link
            long onAxis = entries.stream().filter(e -> e.date() != null).count();
            long links = entries.stream().filter(e -> e.date() != null).flatMap(e -> e.actsOn().stream())
                    .filter(l -> entries.stream().anyMatch(x -> x.id().equals(l.event()) && x.date() != null)).count();
            assertThat(links).isPositive();
            for (int i = 0; i < 20 && arrowsDrawn(browser) < links; i++) {
                Thread.sleep(250);
            }
            assertThat(browser.findElements(By.cssSelector("#axis .vis-item .vis-item-content"))).hasSize((int) onAxis);
            assertThat(browser.findElements(By.cssSelector("#axis .vis-item.vis-point.event")))
                    .isNotEmpty();
            assertThat(arrowsDrawn(browser)).isEqualTo(links);
            assertThat(browser.findElements(By.cssSelector("#axis .vis-label")).stream().map(e -> e.getAttribute("textContent").strip()))
                    .isNotEmpty();
            By item = By.cssSelector("#axis .vis-item.vis-point.event .vis-item-content");
            for (int i = 0; i < 20 && !browser.findElement(item).isDisplayed(); i++) {
                Thread.sleep(250); // vis-timeline draws on the next animation frames
            }
            Thread.sleep(500);
            TestBrowser.screenshot(browser, "timeline-html.png");
            // a click on an item shows it with its sources, and marks its card in the list
            browser.findElement(item).click();
            assertThat(browser.findElement(By.id("details")).isDisplayed()).isTrue();
            assertThat(browser.findElement(By.id("details")).getText()).contains("Sources:");
            assertThat(browser.findElements(By.cssSelector("#timeline article.entry.picked"))).hasSize(1);
            browser.findElement(By.cssSelector("button[data-group='actor']")).click();
            assertThat(browser.findElements(By.cssSelector("#axis .vis-label")).stream().map(e -> e.getAttribute("textContent").strip()))
                    .contains("Donald Trump", "Kim Jong-un");
            assertThat(browser.findElements(By.cssSelector("#timeline section.group h3")))
                    .extracting(e -> e.getText()).contains("Donald Trump", "Kim Jong-un");

            assumeTrue(Files.isDirectory(TestBrowser.TIMELINEJS), "TimelineJS3 from npm is not installed (.ci/test-deps)");
            String data = TimelineWriter.render(entries, TimelineWriter.Format.timelinejs, TITLE);
            Path page = tmp.resolve("timelinejs.html");
            Path dist = TestBrowser.TIMELINEJS.toAbsolutePath();
            Files.writeString(page, "<!DOCTYPE html><html><head><meta charset=\"utf-8\">"
                    + "<link rel=\"stylesheet\" href=\"" + dist.resolve("css/timeline.css").toUri() + "\">"
                    + "<script src=\"" + dist.resolve("js/timeline.js").toUri() + "\"></script></head>"
                    + "<body><div id=\"tl\" style=\"width:1200px;height:700px\"></div><script>"
                    + "window.tl = new TL.Timeline('tl', " + data + ");</script></body></html>", StandardCharsets.UTF_8);
            browser.get(page.toUri().toString());
            long dated = entries.stream().filter(e -> e.date() != null).count();
            for (int i = 0; i < 40 && browser.findElements(By.cssSelector(".tl-slide")).size() < dated + 1; i++) {
                Thread.sleep(500);
            }
            // a title slide and one slide per dated entry, with our headlines
            assertThat(browser.findElements(By.cssSelector(".tl-slide"))).hasSize((int) dated + 1);
            assertThat(browser.findElements(By.cssSelector(".tl-timemarker"))).hasSize((int) dated);
            assertThat(browser.getPageSource()).contains("CANCEL (happened)", TITLE);
            TestBrowser.screenshot(browser, "timeline-timelinejs.png");
        } finally {
            browser.quit();
        }
    }

    @Test
    void hostileAddressesTitlesAndQuotesRunNoScriptInChromium() throws Exception {
        assumeTrue(TestBrowser.available(), "Debian's chromium and chromium-driver are not installed (.ci/test-deps)");
        Path html = tmp.resolve("hostile.html");
        Files.writeString(html, TimelineWriter.render(HostileExportTests.hostileEntries(), TimelineWriter.Format.html,
                "Hostile <b>page</b>"), StandardCharsets.UTF_8);
        WebDriver browser = TestBrowser.start(tmp.resolve("profile"));
        try {
            browser.get(html.toUri().toString());
            String title = browser.getTitle();
            assertThat(title).isEqualTo("Hostile <b>page</b>"); // shown as text; a script that ran would have changed it
            // every link there is goes to an http(s) address; clicking each one (in place) runs nothing
            var links = browser.findElements(By.cssSelector("#timeline a[href]"));
            for (var a : links) {
                assertThat(a.getAttribute("href")).matches("https?://.*|.*#.*");
            }
            for (var span : browser.findElements(By.cssSelector("#timeline p.sources span"))) {
                span.click();
            }
            for (var b : browser.findElements(By.cssSelector("#timeline article.entry p"))) {
                b.click();
            }
            // the time axis shows the same words as text: its lanes and items, clicked, run nothing either
            for (int i = 0; i < 20 && browser.findElements(By.cssSelector("#axis .vis-item-content")).isEmpty(); i++) {
                Thread.sleep(250);
            }
            assertThat(browser.findElements(By.cssSelector("#axis .vis-item-content"))).isNotEmpty();
            assertThat(browser.findElement(By.id("axis")).getAttribute("textContent")).contains("<img src=x");
            for (var item : browser.findElements(By.cssSelector("#axis .vis-item-content"))) {
                try {
                    item.click();
                } catch (org.openqa.selenium.WebDriverException hidden) {
                    // stacked under another item or outside the window: the rest are clicked
                }
            }
            assertThat(browser.getTitle()).isEqualTo(title).doesNotContain("owned");
            assertThat(browser.findElements(By.cssSelector("#timeline img, #timeline b, #timeline i, #axis img,"
                    + " #axis b, #axis i:not([class]), #details img, #details b"))).isEmpty();
            assertThat(browser.findElement(By.cssSelector("#timeline")).getText()).contains("javascript:", "<script>");
        } finally {
            browser.quit();
        }
    }

    /** The arrows timeline-arrows has drawn: its paths with a shape (the arrow heads' markers have none of ours). */
    private static long arrowsDrawn(WebDriver browser) {
        return browser.findElements(By.cssSelector("#axis svg > path")).stream()
                .filter(p -> p.getAttribute("d") != null && !p.getAttribute("d").isBlank()).count();
    }

    private static TimelineFilter filter(List<String> actors, Set<EventType> types, PartialDate from, PartialDate to,
                                         String event, int minSources, int limit) {
        return new TimelineFilter(actors, types, Set.of(), from, to, event, minSources, limit);
    }

    private static String extension(TimelineWriter.Format f) {
        return switch (f) {
            case text -> "txt";
            case json -> "json";
            case timelinejs -> "timelinejs.json";
            case html -> "html";
            case csv -> "csv";
            case markdown -> "md";
            case plover -> "plover.jsonl";
        };
    }
}
