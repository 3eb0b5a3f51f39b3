package org.chronograph.evaluate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The saga scoring of TIMELINE-FORMAT.md on small made-up sagas (no NLP, no database). */
class SagaScorerTests {

    private static final String A1 = "01-summit-set";
    private static final String A2 = "02-summit-off";
    private static final String A3 = "03-summit-held";

    private static Saga saga() {
        return new Saga("lima-2030", List.of(A1, A2, A3), Map.of(
                "Ana Rojas", new Saga.SagaActor("PERSON", List.of("Rojas", "President Rojas")),
                "Lars Berg", new Saga.SagaActor("PERSON", List.of("Berg"))),
                List.of(
                        entry("lima-summit", "MEET", List.of("Ana Rojas", "Lars Berg"), "2030-04-10", "Lima",
                                "happened", null, A1, A2, A3),
                        entry("lima-cancel", "CANCEL", List.of("Ana Rojas"), "2030-04-02", null, "happened",
                                "lima-summit", A2),
                        entry("trade-accord", "AGREE", List.of("Ana Rojas", "Lars Berg"), "2030-04", null,
                                "happened", null, A3)));
    }

    private static Saga.Entry entry(String id, String type, List<String> actors, String date, String place,
                                    String status, String actsOn, String... articles) {
        List<Saga.Report> reports = java.util.Arrays.stream(articles).map(a -> new Saga.Report(a, 0)).toList();
        return new Saga.Entry(id, type, actors, date, List.of(), place, status, List.of(), actsOn, List.of(), reports);
    }

    private static SagaScorer.Predicted pred(String id, String type, String date, String status, List<String> actors,
                                            Set<String> articles, List<String> actsOn) {
        return new SagaScorer.Predicted(id, type, date, status, null,
                actors.stream().map(n -> new SagaScorer.Actor(n, List.of())).toList(), articles, actsOn);
    }

    @Test
    void aWellMergedGraphScoresFullMarks() {
        SagaScorer.SagaScore s = SagaScorer.score(saga(), List.of(
                pred("e1", "MEET", "2030-04-10", "happened", List.of("Ana Rojas", "Lars Berg"), Set.of(A1, A2, A3), List.of()),
                pred("e2", "CANCEL", "2030-04-02", "happened", List.of("Rojas"), Set.of(A2), List.of("e1")),
                pred("e3", "AGREE", "2030-04-11", "happened", List.of("Berg"), Set.of(A3), List.of())));
        assertThat(s.matched()).isEqualTo(3);
        assertThat(s.f1()).isEqualTo(1.0);
        assertThat(s.dateExact()).isEqualTo(3);
        assertThat(s.statusCorrect()).isEqualTo(3);
        assertThat(s.actsLinked()).isEqualTo(1);
        assertThat(s.actsTotal()).isEqualTo(1);
        assertThat(s.fullyMerged()).isEqualTo(1);
        assertThat(s.multiArticleEntries()).isEqualTo(1);
        assertThat(s.duplicates() + s.spurious() + s.missed()).isZero();
    }

    @Test
    void aSummitSplitInTwoNodesIsOneMatchAndOneDuplicateAndNotFullyMerged() {
        SagaScorer.SagaScore s = SagaScorer.score(saga(), List.of(
                pred("e1", "MEET", "2030-04-10", "planned", List.of("Ana Rojas", "Lars Berg"), Set.of(A1, A2), List.of()),
                pred("e4", "MEET", null, "happened", List.of("Rojas", "Berg"), Set.of(A3), List.of()),
                pred("e2", "CANCEL", "2030-04-02", "happened", List.of("Ana Rojas"), Set.of(A2), List.of("e4"))));
        assertThat(s.matched()).isEqualTo(2);
        assertThat(s.duplicates()).isEqualTo(1);
        assertThat(s.missed()).isEqualTo(1);
        assertThat(s.spurious()).isZero();
        assertThat(s.fullyMerged()).isZero();
        // the better pair is the node citing two of the three reports; the act points at the other node
        assertThat(s.actsLinked()).isZero();
        assertThat(s.statusCorrect()).isEqualTo(1);
        assertThat(s.explain()).anyMatch(l -> l.startsWith("duplicate lima-summit"));
    }

    @Test
    void anIncompatibleDateOrANameOutsideTheAliasTableDoesNotFit() {
        SagaScorer.SagaScore s = SagaScorer.score(saga(), List.of(
                pred("e1", "MEET", "2030-05-10", "happened", List.of("Ana Rojas", "Lars Berg"), Set.of(A3), List.of()),
                pred("e2", "AGREE", "2030-04", "happened", List.of("Someone Else"), Set.of(A3), List.of()),
                pred("e3", "CANCEL", "2030-04-02", "happened", List.of("Rojas"), Set.of(A1), List.of())));
        assertThat(s.matched()).isZero();
        assertThat(s.spurious()).isEqualTo(3);
        assertThat(s.missed()).isEqualTo(3);
        assertThat(s.precision()).isZero();
    }

    @Test
    void aPostponementCountsAsACancellationAndAMonthIsNotAnExactDay() {
        SagaScorer.SagaScore s = SagaScorer.score(saga(), List.of(
                pred("e2", "POSTPONE", "2030-04", "happened", List.of("Rojas"), Set.of(A2), List.of())));
        assertThat(s.matched()).isEqualTo(1);
        assertThat(s.datedMatched()).isEqualTo(1);
        assertThat(s.dateExact()).isZero();
        assertThat(s.actsLinked()).isZero();
    }

    @Test
    void mostPairsComeBeforeBetterPairs() {
        // two meetings of Rojas: x reported by A1 and A3, y by A3. p1 cites A1 and A3, so x is its better pair;
        // p2 cites A1 only, so it can pair with x alone. Most pairs first: p1-y and p2-x, not p1-x and p2 left over
        Saga two = new Saga("two-meetings", List.of(A1, A3), Map.of("Ana Rojas", new Saga.SagaActor("PERSON", List.of())),
                List.of(entry("x", "MEET", List.of("Ana Rojas"), null, null, "happened", null, A1, A3),
                        entry("y", "MEET", List.of("Ana Rojas"), null, null, "happened", null, A3)));
        SagaScorer.SagaScore s = SagaScorer.score(two, List.of(
                pred("p1", "MEET", null, "happened", List.of("Ana Rojas"), Set.of(A1, A3), List.of()),
                pred("p2", "MEET", null, "happened", List.of("Ana Rojas"), Set.of(A1), List.of())));
        assertThat(s.matched()).isEqualTo(2);
        assertThat(s.explain()).anyMatch(l -> l.startsWith("pair      y") && l.contains("p1"))
                .anyMatch(l -> l.startsWith("pair      x") && l.contains("p2"));
        assertThat(SagaScorer.SagaScore.sum("TOTAL", List.of(s, s)).matched()).isEqualTo(4);
    }

    @Test
    void aSagaFileIsReadAndABadOneNamesTheFile(@TempDir Path dir) throws Exception {
        Path good = dir.resolve("good.json");
        Files.writeString(good, """
                {"saga": "x", "articles": ["a"], "actors": {"Ana Rojas": {"type": "PERSON", "aliases": ["Rojas"]}},
                 "events": [{"id": "m", "type": "MEET", "actors": ["Ana Rojas"], "date": null, "date_also": [],
                             "place": null, "status": "happened", "acts_on": null,
                             "mentions": [{"article": "a", "gold_index": 0}]}]}""");
        assertThat(Saga.read(good).events().get(0).reportedBy()).containsExactly("a");
        Path bad = dir.resolve("bad.json");
        Files.writeString(bad, "{\"saga\": \"x\", \"articles\": [\"a\"], \"events\": [{\"id\": \"c\", \"type\": \"CANCEL\","
                + " \"acts_on\": \"nothing\"}]}");
        assertThatThrownBy(() -> Saga.read(bad)).hasMessageContaining("bad.json").hasMessageContaining("nothing");
    }
}
