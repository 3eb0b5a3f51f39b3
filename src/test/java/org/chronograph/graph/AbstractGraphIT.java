package org.chronograph.graph;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.chronograph.ingest.ArticleReader;
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

    /** Extractions of examples/ (eleven articles), made once: CoreNLP is the slow part. */
    private static final Map<String, Extraction> EXAMPLES = new ConcurrentHashMap<>();

    private static List<Extraction> examples() {
        if (EXAMPLES.isEmpty()) {
            for (Article a : new ArticleReader(null).read(List.of(Path.of("examples/articles"))).articles()) {
                EXAMPLES.put(a.id(), TestCorpus.extract(a));
            }
        }
        List<Extraction> out = new ArrayList<>(EXAMPLES.values());
        out.sort((a, b) -> a.article().id().compareTo(b.article().id()));
        return out;
    }

    private void write(List<Extraction> xs) {
        GraphWriter writer = new GraphWriter(store());
        xs.forEach(writer::write);
    }

    /** Every event with its properties, participants, lifecycle links and statements, as text to compare. */
    private List<String> dump() {
        List<String> out = new ArrayList<>();
        for (var row : store().query("""
                MATCH (e:Event)
                RETURN e.id AS id, e.type AS type, e.date AS date, e.status AS status, e.place AS place,
                       e.sources AS sources, COLLECT { UNWIND labels(e) AS l RETURN l ORDER BY l } AS labels,
                       COLLECT { MATCH (a:Actor)-[:PARTICIPATED_IN]->(e) RETURN a.id ORDER BY a.id } AS actors,
                       COLLECT { MATCH (e)-[r]->(t:Event) RETURN type(r) + '>' + t.id ORDER BY t.id } AS links,
                       COLLECT { MATCH (st:Statement)-[:ABOUT]->(e) RETURN st.id ORDER BY st.id } AS about,
                       COLLECT { MATCH (e)-[:EVIDENCED_BY]->(s:Sentence) RETURN s.id ORDER BY s.id } AS evidence
                ORDER BY id""", Map.of()).rows()) {
            out.add(row.toString());
        }
        return out;
    }

    private List<Map<String, Object>> library(String name, Map<String, Object> params) throws Exception {
        String cypher = new String(getClass().getClassLoader().getResourceAsStream("cypher/queries/" + name)
                .readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        return store().query(cypher, params).rows();
    }

    @Test
    void anyIngestOrderGivesTheSameGraphWithOneEventPerRealEvent() {
        List<Extraction> xs = examples();
        write(xs);
        List<String> forward = dump();
        assertThat(forward).hasSizeGreaterThan(20);
        emptyTheGraph();
        List<Extraction> reversed = new ArrayList<>(xs);
        Collections.reverse(reversed);
        write(reversed);
        assertThat(dump()).isEqualTo(forward);
        emptyTheGraph();
        List<Extraction> shuffled = new ArrayList<>(xs);
        Collections.shuffle(shuffled, new java.util.Random(7));
        write(shuffled);
        assertThat(dump()).isEqualTo(forward);
    }

    @Test
    void articlesWrittenInBatchesGiveTheSameGraphAsOneByOne() {
        List<Extraction> xs = examples();
        write(xs);
        List<String> single = dump();
        emptyTheGraph();
        GraphWriter writer = new GraphWriter(store());
        List<Extraction> shuffled = new ArrayList<>(xs);
        Collections.shuffle(shuffled, new java.util.Random(11));
        // batches of 4, 1 and the rest, as a parallel ingest hands them over
        assertThat(writer.write(shuffled.subList(0, 4))).containsOnly(GraphWriter.Outcome.WRITTEN);
        assertThat(writer.write(shuffled.subList(4, 5))).containsExactly(GraphWriter.Outcome.WRITTEN);
        assertThat(writer.write(shuffled.subList(5, shuffled.size()))).containsOnly(GraphWriter.Outcome.WRITTEN);
        assertThat(dump()).isEqualTo(single);
        // a batch mixing unchanged articles and a changed one
        Extraction first = xs.get(0);
        Article changed = new Article(first.article().id(), first.article().title(), first.article().source(),
                first.article().url(), first.article().published(), first.article().text() + "\n\nNo comment was given.",
                first.article().origin());
        assertThat(writer.write(List.of(xs.get(1), TestCorpus.extract(changed), xs.get(2))))
                .containsExactly(GraphWriter.Outcome.UNCHANGED, GraphWriter.Outcome.UPDATED, GraphWriter.Outcome.UNCHANGED);
        assertThat(dump()).hasSameSizeAs(single);
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> writer.write(List.of(xs.get(1), xs.get(1))))
                .hasMessageContaining("twice");
    }

    @Test
    void transientFailuresAreRetriedByTheTransactionFunctions() {
        // the store's driver retries a transaction function that fails with a transient error (a deadlock, a
        // leader switch, a lost connection), with backoff; our writes are idempotent MERGEs, so a retry is safe
        java.util.concurrent.atomic.AtomicInteger attempts = new java.util.concurrent.atomic.AtomicInteger();
        try (var session = store().driver().session()) {
            session.executeWriteWithoutResult(tx -> {
                tx.run("MERGE (:Actor {id: 'test:retried', name: 'Retried'})").consume();
                if (attempts.incrementAndGet() < 3) {
                    throw new org.neo4j.driver.exceptions.TransientException(
                            "Neo.TransientError.Transaction.DeadlockDetected", "a deadlock made up by the test");
                }
            });
        }
        assertThat(attempts).hasValue(3);
        assertThat(store().query("MATCH (a:Actor {id: 'test:retried'}) RETURN count(a) AS n", Map.of()).rows())
                .singleElement().satisfies(r -> assertThat(r.get("n")).isEqualTo(1L));
    }

    @Test
    void twoIngestsAtOnceGiveTheSameGraphAsOneAfterTheOther() throws Exception {
        List<Extraction> xs = examples();
        write(xs);
        List<String> sequential = dump();
        emptyTheGraph();
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            List<Future<?>> done = new ArrayList<>();
            for (int half = 0; half < 2; half++) {
                int h = half;
                done.add(pool.submit(() -> {
                    GraphWriter writer = new GraphWriter(store());
                    for (int i = h; i < xs.size(); i += 2) {
                        writer.write(xs.get(i));
                    }
                }));
            }
            for (Future<?> f : done) {
                f.get();
            }
        } finally {
            pool.shutdown();
        }
        assertThat(dump()).isEqualTo(sequential);
    }

    @Test
    void theLibraryQueriesAnswerOnTheExamples() throws Exception {
        write(examples());
        // the saga: the Oslo summit announced, called off on 3 March, revived on 8 March, held on 14 March
        List<Map<String, Object>> chain = library("meet-cancel-revive.cypher", Map.of());
        assertThat(chain).hasSize(2);
        // four articles on four days: the Singapore summit set, called off on 24 May, back on 1 June, held 12 June
        Map<String, Object> singapore = chain.get(0);
        assertThat(singapore).containsEntry("meetingDate", "2018-06-12").containsEntry("place", "Singapore")
                .containsEntry("status", "happened").containsEntry("cancelledOn", "2018-05-24")
                .containsEntry("revivedOn", "2018-06-01");
        assertThat(singapore.get("cancelledBy")).asList().containsExactly("Donald Trump");
        Map<String, Object> oslo = chain.get(1);
        assertThat(oslo).containsEntry("meetingDate", "2025-03-14").containsEntry("place", "Oslo")
                .containsEntry("status", "happened").containsEntry("cancelledOn", "2025-03-03")
                .containsEntry("revivedOn", "2025-03-08");
        assertThat(oslo.get("participants")).asList().containsExactlyInAnyOrder("Ingrid Halvorsen", "Tomás Reyes");
        String meeting = (String) oslo.get("meeting");

        List<Map<String, Object>> history = library("event-history.cypher", Map.of("event", meeting));
        assertThat(history).extracting(r -> r.get("what"))
                .containsExactly("FIRST REPORTED", "CANCELS", "REVIVES", "HELD");
        assertThat(history).extracting(r -> r.get("statusAfter"))
                .containsExactly(null, "cancelled", "planned", "happened");
        assertThat(history.get(0)).containsEntry("date", "2025-02-20");

        assertThat(library("event-sources.cypher", Map.of("event", meeting)))
                .extracting(r -> r.get("article")).contains("01-oslo-summit-announced", "04-halvorsen-reyes-meet");
        assertThat(library("who-said-what.cypher", Map.of("event", meeting)))
                .anySatisfy(r -> assertThat(r).containsEntry("speaker", "Ingrid Halvorsen")
                        .containsEntry("quote", "This was the meeting we needed"));
        assertThat(library("actor-timeline.cypher", Map.of("actor", "ms halvorsen")))
                .extracting(r -> r.get("kind")).contains("event", "statement");
        assertThat(library("actors-between.cypher", Map.of("actorA", "Tomás Reyes", "actorB", "Ingrid Halvorsen")))
                .anySatisfy(r -> assertThat(r).containsEntry("type", "MEET").containsEntry("sources", 2L));
        assertThat(library("top-meeting-pairs.cypher", Map.of("limit", 3)).get(0))
                .containsEntry("actorA", "Ingrid Halvorsen").containsEntry("actorB", "Tomás Reyes")
                .containsEntry("meetings", 2L);
        assertThat(library("undated-events.cypher", Map.of())).allSatisfy(r -> assertThat(r.get("sentences")).isNotNull());
        assertThat(library("duplicate-events.cypher", Map.of())).isEmpty();
        // persons are affiliated with the state they serve
        assertThat(store().query("MATCH (:Actor {name: 'Tomás Reyes'})-[r:AFFILIATED_WITH]->(c:Actor) "
                + "RETURN c.name AS state, r.role AS role", Map.of()).rows())
                .anySatisfy(r -> assertThat(r).containsEntry("state", "Chile"));
    }

    private long[] counts() {
        Record r = store().read("read/counts.cypher", Map.of()).get(0);
        return new long[] {r.get("nodes").asLong(), r.get("relationships").asLong()};
    }

    @Test
    void eventsCarryTheirTypeAndStatusAsLabelsForBrowserStyles() {
        write(examples());
        var rows = store().query("""
                MATCH (e:Event)
                RETURN e.type AS type, e.status AS status,
                       COLLECT { UNWIND labels(e) AS l WITH l WHERE l <> 'Event' RETURN l ORDER BY l } AS labels""",
                Map.of()).rows();
        assertThat(rows).hasSizeGreaterThan(20).allSatisfy(r -> {
            String status = (String) r.get("status");
            String statusLabel = Character.toUpperCase(status.charAt(0)) + status.substring(1);
            assertThat((List<Object>) r.get("labels")).containsExactlyInAnyOrder(r.get("type"), statusLabel);
        });
        // the examples' saga leaves cancelled and held events: the status labels follow the acts
        assertThat(rows).extracting(r -> r.get("status")).contains("cancelled", "happened");
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
        assertThat(new Timeline(store()).entries(new TimelineFilter(List.of("Ms Halvorsen", "Tomás Reyes"),
                java.util.Set.of(), java.util.Set.of(), org.chronograph.model.PartialDate.parse("2025-03"), null, null, 0, 0)))
                .isNotEmpty().allSatisfy(e -> assertThat(e.date()).startsWith("2025-03"));
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
    void anActorNoArticleNamesAfterAnUpdateIsRemoved() {
        Article a = new Article("update-actors", null, null, null, LocalDate.of(2024, 4, 2),
                "Peruvian Foreign Minister Lucia Vargas met Finnish envoy Mikko Laine in Lima on Monday.", "update-actors.txt");
        Article other = new Article("other-article", null, null, null, LocalDate.of(2024, 4, 3),
                "Finnish envoy Mikko Laine flew to Quito on Tuesday for talks with Ecuador.", "other-article.txt");
        ingest(List.of(a, other));
        assertThat(actorNames()).contains("Lucia Vargas", "Mikko Laine");
        Article changed = new Article(a.id(), null, null, null, a.published(),
                "Chilean President Tomas Reyes met Norwegian Prime Minister Ingrid Halvorsen in Santiago on Monday.",
                a.origin());
        assertThat(ingest(List.of(changed))).containsExactly(GraphWriter.Outcome.UPDATED);
        // Vargas was named by the old text only; Laine is still named by the other article
        assertThat(actorNames()).doesNotContain("Lucia Vargas").contains("Mikko Laine", "Tomas Reyes");
    }

    private List<Object> actorNames() {
        return store().query("MATCH (x:Actor) RETURN x.name AS name", Map.of()).rows().stream()
                .map(r -> r.get("name")).toList();
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
        List<TimelineEntry> entries = new Timeline(store()).entries(TimelineFilter.all());
        assertThat(entries).anySatisfy(e -> assertThat(e.text()).contains("{everything} \\\\ that MATCH (n) DELETE n"));
        assertThat(entries).anySatisfy(e -> assertThat(e.actors() == null ? e.speaker() : "")
                .isEqualTo("Liam O'Brien"));
        // the origin's quotes and braces went in as a parameter and came back as written
        assertThat(store().query("MATCH (a:Article) RETURN a.id AS id", Map.of()).rows())
                .extracting(row -> row.get("id")).containsExactly("inject");
    }
}
