package org.chronograph.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;

/**
 * {@code chronograph serve} in a real browser: the examples are ingested, {@code serve} runs as its own process,
 * Debian's Chromium (driven through its chromedriver) opens Neo4j Browser, connects, runs a library query and
 * finds its result. A screenshot is kept in target/browser/. Needs /usr/bin/chromium and /usr/bin/chromedriver,
 * which .ci/run installs; elsewhere the test is skipped, saying so.
 */
class BrowserIT {

    @TempDir
    Path tmp;

    @Test
    void neo4jBrowserServedByServeRunsALibraryQuery() throws Exception {
        assumeTrue(org.chronograph.TestBrowser.available(),
                "Debian's chromium and chromium-driver are not installed (.ci/run installs them)");
        int bolt = TestStores.freePort();
        int http = TestStores.freePort();
        Process serve = serveExamples(bolt, http);
        WebDriver browser = null;
        try {
            waitForLine(serve, "Neo4j Browser:", Duration.ofSeconds(120));
            browser = org.chronograph.TestBrowser.start(tmp.resolve("chromium-profile"));
            String query = new String(getClass().getClassLoader()
                    .getResourceAsStream("cypher/queries/meet-cancel-revive.cypher").readAllBytes(), StandardCharsets.UTF_8);
            browser.get("http://localhost:" + http + "/browser/?dbms=" + enc("neo4j://localhost:" + bolt)
                    + "&preselectAuthMethod=NO_AUTH&cmd=edit&arg=" + enc(query));
            // Browser connects by itself with the URL's server and no authentication; a form left open is submitted
            List<String> tables = List.of();
            boolean ran = false;
            for (int i = 0; i < 120 && tables.stream().noneMatch(t -> t.contains("2025-03-08")); i++) {
                clickIfThere(browser, "[data-testid='connection-form-submit'], [data-testid='connect']");
                boolean connected = !browser.findElements(
                        By.cssSelector("[data-testid='connection-menu-connected-status']")).isEmpty()
                        || !browser.getPageSource().contains("Connecting...");
                if (connected && !ran) {
                    ran = clickIfThere(browser, "[data-testid='editor-Run']");
                }
                if (ran) {
                    clickIfThere(browser, "[data-testid='cypherFrameSidebarTable']");
                    tables = browser.findElements(By.cssSelector("[data-testid='frameContents']")).stream()
                            .map(e -> e.getText()).toList();
                }
                Thread.sleep(1000);
            }
            assertThat(String.join("\n", tables)).contains("Oslo", "2025-03-03", "2025-03-08", "Tomás Reyes");
        } finally {
            if (browser != null) {
                org.chronograph.TestBrowser.screenshot(browser, "serve-meet-cancel-revive.png");
                browser.quit();
            }
            stop(serve);
        }
    }

    @Test
    void theChronographGuideOpensOnConnectAndItsStorylinesDrawWithOurStyles() throws Exception {
        assumeTrue(org.chronograph.TestBrowser.available(),
                "Debian's chromium and chromium-driver are not installed (.ci/run installs them)");
        int bolt = TestStores.freePort();
        int http = TestStores.freePort();
        Process serve = serveExamples(bolt, http);
        WebDriver browser = null;
        try {
            waitForLine(serve, "Guide:", Duration.ofSeconds(120));
            browser = org.chronograph.TestBrowser.start(tmp.resolve("chromium-profile"));
            // no cmd in the address: Browser runs the post-connect commands, our styles and then our guide
            browser.get("http://localhost:" + http + "/browser/?dbms=" + enc("neo4j://localhost:" + bolt)
                    + "&preselectAuthMethod=NO_AUTH");
            String guide = "";
            // wait for the whole guide: its title can render a moment after its body text
            for (int i = 0; i < 120 && !(guide.contains("This store holds") && guide.contains("Chronograph")
                    && guide.contains("event(s)")); i++) {
                clickIfThere(browser, "[data-testid='connection-form-submit'], [data-testid='connect']");
                guide = browser.findElements(By.cssSelector("[data-testid='frameContents']")).stream()
                        .map(e -> e.getText()).reduce("", (a, b) -> a + "\n" + b);
                Thread.sleep(1000);
            }
            assertThat(guide).contains("Chronograph", "This store holds", "article(s)", "event(s)");
            org.chronograph.TestBrowser.screenshot(browser, "guide.png");

            // the storylines block on the guide's second page, put into the editor by clicking it, then run
            browser.findElement(By.cssSelector("[data-testid='nextSlide']")).click();
            String svg = "";
            boolean ran = false;
            for (int i = 0; i < 90 && !(svg.contains("2025-03-14") && svg.contains("(cancelle")); i++) {
                if (!ran) {
                    for (var pre : browser.findElements(By.cssSelector("pre.runnable"))) {
                        if (pre.getAttribute("textContent").contains("MATCH p = (e)<-[:CANCELS")) {
                            ((org.openqa.selenium.JavascriptExecutor) browser).executeScript(
                                    "arguments[0].scrollIntoView()", pre);
                            pre.click();
                            Thread.sleep(500);
                            ran = clickIfThere(browser, "[data-testid='editor-Run']");
                            break;
                        }
                    }
                }
                svg = browser.findElements(By.cssSelector("svg text")).stream()
                        .map(e -> e.getAttribute("textContent")).reduce("", (a, b) -> a + " " + b);
                Thread.sleep(1000);
            }
            if (!svg.contains("(cancelle")) {
                java.nio.file.Files.writeString(Path.of("target", "browser", "guide-page.html"), browser.getPageSource());
            }
            assertThat(ran).as("the guide's storylines block ran").isTrue();
            // captions from our styles: an event's type and date, a cancelled one saying so (cut short by Browser),
            // an actor's name
            assertThat(svg).contains("MEET", "2025-03-14", "CANCEL", "(cancelle", "Tomás Reyes");
            org.chronograph.TestBrowser.screenshot(browser, "guide-storylines.png");
        } finally {
            if (browser != null) {
                browser.quit();
            }
            stop(serve);
        }
    }

    /** The examples ingested into a fresh store, and {@code serve} on it as its own process. */
    private Process serveExamples(int bolt, int http) throws Exception {
        Path store = tmp.resolve("store");
        assertThat(Chronograph.commandLine().execute("ingest", "--store", store.toString(), "examples/articles"))
                .isEqualTo(Chronograph.OK);
        return new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx1g", "-cp", System.getProperty("java.class.path"), Chronograph.class.getName(), "serve",
                "--store", store.toString(), "--bolt-port", String.valueOf(bolt), "--http-port", String.valueOf(http))
                .redirectError(tmp.resolve("serve.err").toFile())
                .start();
    }

    private static void stop(Process serve) throws InterruptedException {
        serve.destroy();
        if (!serve.waitFor(30, TimeUnit.SECONDS)) {
            serve.destroyForcibly();
        }
    }

    private static boolean clickIfThere(WebDriver browser, String css) {
        for (var e : browser.findElements(By.cssSelector(css))) {
            try {
                if (e.isDisplayed() && e.isEnabled()) {
                    e.click();
                    return true;
                }
            } catch (RuntimeException ignored) {
                // the page changed under us; the next round looks again
            }
        }
        return false;
    }

    private static void waitForLine(Process p, String prefix, Duration timeout) throws Exception {
        BufferedReader out = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8));
        CompletableFuture<Boolean> seen = CompletableFuture.supplyAsync(() -> {
            try {
                String line;
                while ((line = out.readLine()) != null) {
                    if (line.startsWith(prefix)) {
                        return true;
                    }
                }
                return false;
            } catch (java.io.IOException e) {
                return false;
            }
        });
        assertThat(seen.get(timeout.toSeconds(), TimeUnit.SECONDS)).as("serve printed '%s'", prefix).isTrue();
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8).replace("+", "%20");
    }

}
