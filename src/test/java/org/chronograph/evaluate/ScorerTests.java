package org.chronograph.evaluate;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.chronograph.model.Actor;
import org.chronograph.model.ActorType;
import org.chronograph.model.Article;
import org.chronograph.model.Channel;
import org.chronograph.model.Event;
import org.chronograph.model.EventStatus;
import org.chronograph.model.EventType;
import org.chronograph.model.Extraction;
import org.chronograph.model.PartialDate;
import org.chronograph.model.Participant;
import org.chronograph.model.Sentence;
import org.chronograph.model.Statement;
import org.junit.jupiter.api.Test;

class ScorerTests {

    private final Sentence s = new Sentence(0, "Kim and Moon met.", 0, 17);

    @Test
    void scoresEventsStatementsAndActorsAsTheGoldFormatSays() {
        Actor kim = new Actor("person:kim", "Kim Jong-Un", ActorType.PERSON, List.of("Mr Kim"), null, null);
        Actor moon = new Actor("person:moon", "Moon", ActorType.PERSON, List.of(), null, null);
        Actor extra = new Actor("gpe:x", "Atlantis", ActorType.GPE, List.of(), null, null);
        Event meet = event("e1", EventType.MEET, "2018-05-26", EventStatus.HAPPENED, "person:kim");
        Event duplicate = event("e2", EventType.MEET, "2018-05-26", EventStatus.HAPPENED, "person:moon");
        Event wrongType = event("e3", EventType.CALL, null, EventStatus.HAPPENED, "person:kim");
        Statement st = new Statement("s1", "person:kim", "we will meet again soon", Channel.PRESS, null, 0, 5, s);
        Extraction x = new Extraction(new Article("a", null, null, null, LocalDate.of(2018, 5, 26), "Kim and Moon met.", "a"),
                List.of(s), List.of(kim, moon, extra), List.of(meet, duplicate, wrongType), List.of(st));
        Gold gold = new Gold("a", "2018-05-26",
                List.of(new Gold.GoldActor("Kim Jong-un", "PERSON", List.of("Mr Kim"), null, null),
                        new Gold.GoldActor("Moon Jae-in", "PERSON", List.of("Moon"), null, null)),
                List.of(new Gold.GoldEvent("MEET", "met", s.text(), List.of("Kim Jong-un", "Moon Jae-in"), null,
                        "2018-05", null, "happened")),
                List.of(new Gold.GoldStatement("Kim Jong-un", "We will meet again", "press", null)));

        Scorer.ArticleScore score = Scorer.score("a", x, gold);

        assertThat(score.actors()).extracting(Score::tp, Score::fp, Score::fn).containsExactly(2, 1, 0);
        assertThat(score.events()).extracting(Score::tp, Score::fp, Score::fn).containsExactly(1, 2, 0);
        assertThat(score.events().dateAccuracy()).isEqualTo(1.0);
        assertThat(score.statements()).extracting(Score::tp, Score::fp, Score::fn).containsExactly(1, 0, 0);
        assertThat(score.events().f1()).isEqualTo(0.5);
        // what --explain prints: the spurious actor and events, nothing for what matched
        assertThat(score.differences()).containsExactlyInAnyOrder(
                "actor FP    Atlantis (GPE)",
                "event FP    MEET [Moon] 2018-05-26 happened  | Kim and Moon met.",
                "event FP    CALL [Kim Jong-Un] null happened  | Kim and Moon met.");
    }

    @Test
    void goldDatePrecisionDecides() {
        assertThat(Scorer.dateMatches("2018-05-26", "2018-05")).isTrue();
        assertThat(Scorer.dateMatches("2018-05", "2018-05-26")).isFalse();
        assertThat(Scorer.dateMatches(null, null)).isTrue();
        assertThat(Scorer.overlap("very good news", "that is very good news")).isEqualTo(1.0);
        assertThat(Scorer.overlap("very good", "bad news today")).isEqualTo(0.0);
    }

    private Event event(String id, EventType type, String date, EventStatus status, String actor) {
        return new Event(id, type, date == null ? null : PartialDate.parse(date), status, "met", null,
                List.of(new Participant(actor, "agent")), null, null, s);
    }
}
