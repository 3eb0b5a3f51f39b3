package org.chronograph.graph;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.chronograph.TestCorpus;
import org.chronograph.model.Article;
import org.chronograph.model.Extraction;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.AuthTokens;
import org.neo4j.harness.Neo4j;
import org.neo4j.harness.Neo4jBuilders;

/** A person named by surname only in one article is the full-name person of another, in either order. */
class SurnameMergeIT {

    private static final Article FULL = new Article("full-names", null, null, null, LocalDate.of(2024, 5, 7),
            "U.S. Secretary of State Daniel Whitmore met Peruvian Foreign Minister Ana Rojas in Lima on Monday.",
            "full-names.txt");
    private static final Article SURNAMES = new Article("surnames-only", null, null, null, LocalDate.of(2024, 5, 8),
            "Whitmore and Rojas met in Lima on Monday to discuss fishing rights, officials said.", "surnames-only.txt");
    private static final Article NAMESAKE = new Article("namesake", null, null, null, LocalDate.of(2024, 5, 9),
            "British envoy Laura Whitmore visited Quito on Wednesday.", "namesake.txt");

    @Test
    @SuppressWarnings("unchecked")
    void theSameMeetingIsOneEventWhicheverArticleComesFirstAndANamesakeUndoesTheJoin() {
        Extraction full = TestCorpus.extract(FULL);
        Extraction surnames = TestCorpus.extract(SURNAMES);
        assertThat(surnames.actors()).extracting(a -> a.name()).contains("Whitmore", "Rojas");
        List<Map<String, Object>> oneOrder;
        List<Map<String, Object>> otherOrder;
        try (Neo4j a = Neo4jBuilders.newInProcessBuilder().withDisabledServer().build();
             GraphStore s = GraphStore.connect(a.boltURI().toString(), AuthTokens.none())) {
            GraphWriter w = new GraphWriter(s);
            w.write(full);
            w.write(surnames);
            oneOrder = meetings(s);
            assertThat(oneOrder).singleElement().satisfies(m -> {
                assertThat((List<Object>) m.get("actors")).containsExactlyInAnyOrder("Daniel Whitmore", "Ana Rojas");
                assertThat((List<Object>) m.get("articles")).containsExactlyInAnyOrder("full-names", "surnames-only");
            });
            assertThat(sameAs(s)).contains("Whitmore -> Daniel Whitmore", "Rojas -> Ana Rojas");

            // a second full-name Whitmore makes "Whitmore" ambiguous: that join is undone, Rojas's stays
            w.write(TestCorpus.extract(NAMESAKE));
            assertThat(sameAs(s)).contains("Rojas -> Ana Rojas").doesNotContain("Whitmore -> Daniel Whitmore");
            assertThat(meetings(s)).singleElement().satisfies(m ->
                    assertThat((List<Object>) m.get("articles")).containsExactlyInAnyOrder("full-names", "surnames-only"));
        }
        try (Neo4j b = Neo4jBuilders.newInProcessBuilder().withDisabledServer().build();
             GraphStore s = GraphStore.connect(b.boltURI().toString(), AuthTokens.none())) {
            GraphWriter w = new GraphWriter(s);
            w.write(surnames);
            w.write(full);
            otherOrder = meetings(s);
        }
        assertThat(otherOrder).isEqualTo(oneOrder);
    }

    private static List<Map<String, Object>> meetings(GraphStore s) {
        return s.query("MATCH (e:Event {type: 'MEET'}) RETURN e.id AS id, e.date AS date, "
                + "[(x:Actor)-[:PARTICIPATED_IN]->(e) | x.name] AS actors, "
                + "[(m:Mention)-[:OF]->(e) | m.article] AS articles ORDER BY id", Map.of()).rows();
    }

    private static List<String> sameAs(GraphStore s) {
        return s.query("MATCH (k:Actor)-[:SAME_AS]->(f:Actor) RETURN k.name + ' -> ' + f.name AS link", Map.of()).rows()
                .stream().map(r -> (String) r.get("link")).toList();
    }
}
