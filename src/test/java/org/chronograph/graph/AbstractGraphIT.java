package org.chronograph.graph;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.chronograph.TestCorpus;
import org.chronograph.model.Article;
import org.chronograph.model.Extraction;
import org.chronograph.timeline.Timeline;
import org.chronograph.timeline.TimelineEntry;
import org.chronograph.timeline.TimelineFilter;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.Record;

/** Ingest, idempotency, updates and the timeline against a real Neo4j; subclasses say which one. */
abstract class AbstractGraphIT {

    abstract GraphStore store();

    @BeforeEach
    void emptyTheGraph() {
        try (var session = store().driver().session()) {
            session.run("MATCH (n) DETACH DELETE n").consume();
        }
    }

    private List<GraphWriter.Outcome> ingest(List<Article> articles) {
        GraphWriter writer = new GraphWriter(store());
        List<GraphWriter.Outcome> out = new ArrayList<>();
        for (Article a : articles) {
            out.add(writer.write(TestCorpus.extract(a)));
        }
        return out;
    }

    private long[] counts() {
        Record r = store().read("read/counts.cypher", Map.of()).get(0);
        return new long[] {r.get("nodes").asLong(), r.get("relationships").asLong()};
    }

    @Test
    void theSagaComesOutAsATimelineAndReingestChangesNothing() {
        List<Article> articles = TestCorpus.read();
        assertThat(ingest(articles)).containsOnly(GraphWriter.Outcome.WRITTEN);
        long[] first = counts();

        List<TimelineEntry> entries = new Timeline(store()).entries(TimelineFilter.all());
        assertThat(entries).anySatisfy(e -> {
            assertThat(e.type()).isEqualTo("MEET");
            assertThat(e.date()).isEqualTo("2025-03-14");
            assertThat(e.status()).isEqualTo("happened");
            assertThat(e.actors()).extracting(TimelineEntry.ActorRef::name).contains("Ingrid Halvorsen", "Tomás Reyes");
            assertThat(e.sources()).isNotEmpty();
        });
        assertThat(entries).anySatisfy(e -> {
            assertThat(e.type()).isEqualTo("CANCEL");
            assertThat(e.date()).isEqualTo("2025-03-03");
            assertThat(e.actors()).extracting(TimelineEntry.ActorRef::name).contains("Tomás Reyes");
        });
        assertThat(entries).anySatisfy(e -> assertThat(e.type()).isEqualTo("REVIVE"));
        assertThat(entries).anySatisfy(e -> {
            assertThat(e.kind()).isEqualTo("statement");
            assertThat(e.speaker()).isEqualTo("Ingrid Halvorsen");
        });
        // oldest first, undated last
        List<String> dates = entries.stream().map(TimelineEntry::date).filter(d -> d != null).toList();
        assertThat(dates).isSorted();

        // one actor node per person across the four articles
        assertThat(store().read("read/timeline-events.cypher",
                Map.of("actors", List.of("Ms Halvorsen", "Tomás Reyes"), "from", "2025-03-01", "to", "2025-03-31")))
                .isNotEmpty();
        Record actors = store().read("read/counts.cypher", Map.of()).get(0);
        assertThat(actors.get("nodes").asLong()).isPositive();

        assertThat(ingest(articles)).containsOnly(GraphWriter.Outcome.UNCHANGED);
        assertThat(counts()).containsExactly(first);
    }

    @Test
    void aChangedArticleReplacesItsOldEvidence() {
        Article a = TestCorpus.read().get(1);
        ingest(List.of(a));
        Article changed = new Article(a.id(), a.title(), a.source(), a.url(), a.published(),
                "Chilean President Tomás Reyes met Norwegian Prime Minister Ingrid Halvorsen in Santiago on Monday.",
                a.origin());
        assertThat(ingest(List.of(changed))).containsExactly(GraphWriter.Outcome.UPDATED);
        List<TimelineEntry> entries = new Timeline(store()).entries(TimelineFilter.all());
        assertThat(entries).extracting(TimelineEntry::type).doesNotContain("CANCEL").contains("MEET");
        assertThat(entries).allSatisfy(e -> assertThat(e.sources()).allSatisfy(
                s -> assertThat(s.sentence()).doesNotContain("cancelled")));
    }

    @Test
    void namesAndQuotesAreStoredLiterally() {
        String name = "O'Brien \"}) MATCH (n) DETACH DELETE n //";
        Article a = new Article("inject", null, null, null, LocalDate.of(2024, 1, 5),
                "Foreign Minister Liam O'Brien met President Anna Kowalski in Dublin on Thursday.\n\n"
                        + "\"We said {everything} \\\\ that MATCH (n) DELETE n needed saying,\" Mr O'Brien said.",
                name);
        Extraction x = TestCorpus.extract(a);
        assertThat(x.statements()).isNotEmpty();
        new GraphWriter(store()).write(x);
        List<Record> r = store().read("read/timeline-statements.cypher",
                Map.of("actors", List.of(), "from", (Object) "2000-01-01", "to", "2100-01-01"));
        List<TimelineEntry> entries = new Timeline(store()).entries(TimelineFilter.all());
        assertThat(entries).anySatisfy(e -> assertThat(e.text()).contains("{everything} \\\\ that MATCH (n) DELETE n"));
        assertThat(counts()[0]).isGreaterThan(3);
        assertThat(r).isNotNull();
    }
}
