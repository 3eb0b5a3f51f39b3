package org.chronograph.graph.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.chronograph.graph.Cypher;
import org.junit.jupiter.api.Test;

class BrowserGuideTests {

    @Test
    void theShippedStylesAreValidGrassWithoutOurComments() {
        String grass = BrowserGuide.grass();
        assertThat(grass).doesNotContain("\n#").doesNotStartWith("#")
                .contains("node.Event {", "caption: '{type} {date}'", "node.Cancelled {", "node.Actor {",
                        "caption: '{name}'", "node.Statement {", "caption: '{speaker}'");
    }

    @Test
    void aBadStyleRuleFailsNamingItsFileAndLine() {
        String text = "# ours\nnode.Actor {\n  caption: '{name}';\n}\nnode..Event {\n  color: #fff;\n}\n";
        assertThatThrownBy(() -> BrowserGuide.grass("mine.grass", text))
                .hasMessageContaining("mine.grass line 5").hasMessageContaining("node..Event");
        assertThatThrownBy(() -> BrowserGuide.grass("mine.grass", "node {\n  color #fff;\n}\n"))
                .hasMessageContaining("mine.grass line 1").hasMessageContaining("color #fff");
        assertThatThrownBy(() -> BrowserGuide.grass("mine.grass", "node {\n  color: #fff;\n"))
                .hasMessageContaining("mine.grass line 1").hasMessageContaining("closing '}'");
        assertThat(BrowserGuide.grass("mine.grass", "# a\nnode.Event {\n  caption: '{type}; {date}';\n}\n"))
                .isEqualTo("node.Event {\n  caption: '{type}; {date}';\n}\n");
    }

    @Test
    void everyLibraryQueryIsARunnableSlideWithItsParamLine() {
        String page = BrowserGuide.html(new BrowserGuide.Figures(3, 4, 5, 1, 2, 1,
                Map.of("actor", "Ingrid Halvorsen", "event", "event:00aa")), "http://localhost:7474");
        assertThat(Cypher.names("queries")).hasSizeGreaterThanOrEqualTo(5);
        for (String name : Cypher.names("queries")) {
            assertThat(page).as(name).contains("<h3>" + name.replace(".cypher", "") + "</h3>");
        }
        assertThat(page).contains("3 article(s), 4 actor(s), 5 event(s) (1 of them cancelled)")
                .contains(":param actor =&gt; &#39;Ingrid Halvorsen&#39;")
                .contains(":param event =&gt; &#39;event:00aa&#39;")
                .contains(":style http://localhost:7474/chronograph/style.grass")
                .doesNotContain("{{");
        long runnable = page.split("<pre class=\"runnable\">", -1).length - 1;
        assertThat(runnable).isGreaterThan(Cypher.names("queries").size());
    }

    @Test
    void withoutFiguresTheGuideSaysWhyAndKeepsTheExamples() {
        String page = BrowserGuide.html(null, "http://h:1");
        assertThat(page).contains("asks for a password").contains(":param actor =&gt; &#39;Ingrid Halvorsen&#39;");
    }

    @Test
    void sampleValuesAreCypherStringsWhateverTheyHold() {
        assertThat(BrowserGuide.withSamples(":param {actorA: 'X', actorB: 'Y'}",
                Map.of("actorA", "O'Neill \\ Co", "actorB", "$1 Group")))
                .isEqualTo(":param {actorA: 'O\\'Neill \\\\ Co', actorB: '$1 Group'}");
        assertThat(BrowserGuide.withSamples(":param limit => 10", Map.of("limit", "3"))).isEqualTo(":param limit => 10");
        java.util.Map<String, String> none = new java.util.HashMap<>();
        none.put("actor", null);
        assertThat(BrowserGuide.withSamples(":param actor => 'A'", none)).isEqualTo(":param actor => 'A'");
    }

    @Test
    void htmlInAStoreValueIsEscapedInTheGuide() {
        String page = BrowserGuide.html(new BrowserGuide.Figures(1, 1, 1, 0, 0, 0,
                Map.of("actor", "<script>alert(1)</script>")), "http://localhost:7474");
        assertThat(page).doesNotContain("<script>").contains("&lt;script&gt;");
    }

    @Test
    void nothingOfOursShadowsNeo4jBrowsersFolderOnTheClassPath() throws Exception {
        // Neo4j serves Browser from the class path folder 'browser/': a folder of that name of ours hides it (403)
        var urls = java.util.Collections.list(getClass().getClassLoader().getResources("browser/index.html"));
        assertThat(urls).isNotEmpty().allSatisfy(u -> assertThat(u.toString()).contains("neo4j-browser"));
        assertThat(getClass().getClassLoader().getResource("browser/")).hasToString(
                getClass().getClassLoader().getResource("browser/index.html").toString().replace("index.html", ""));
    }
}
