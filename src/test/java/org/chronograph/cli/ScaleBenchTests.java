package org.chronograph.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.chronograph.model.Actor;
import org.chronograph.model.ActorType;
import org.chronograph.model.Article;
import org.chronograph.model.Event;
import org.chronograph.model.EventStatus;
import org.chronograph.model.EventType;
import org.chronograph.model.Extraction;
import org.chronograph.model.Names;
import org.chronograph.model.PartialDate;
import org.chronograph.model.Participant;
import org.chronograph.model.Sentence;
import org.junit.jupiter.api.Test;

class ScaleBenchTests {

    private static final String TEXT = "Premier Ona Velt met President Ilse Varga of Norland in Tarsa on Friday.";

    private static Extraction source() {
        Article article = new Article("velt-varga", "Velt meets Varga", "test", null, LocalDate.of(2020, 3, 7), TEXT,
                "velt-varga.txt");
        Sentence s = new Sentence(0, TEXT, 0, TEXT.length());
        String velt = Names.actorId(ActorType.PERSON, "Ona Velt");
        String varga = Names.actorId(ActorType.PERSON, "Ilse Varga");
        String norland = Names.actorId(ActorType.GPE, "Norland");
        List<Actor> actors = List.of(new Actor(velt, "Ona Velt", ActorType.PERSON, List.of("Ona Velt", "Velt"),
                        "premier", null),
                new Actor(varga, "Ilse Varga", ActorType.PERSON, List.of("Ilse Varga"), "president", "Norland"),
                new Actor(norland, "Norland", ActorType.GPE, List.of("Norland"), null, null));
        Event meet = new Event("velt-varga-e1", EventType.MEET, PartialDate.parse("2020-03-06"), EventStatus.HAPPENED,
                "met", "Tarsa", List.of(new Participant(velt, "agent"), new Participant(varga, "partner"),
                new Participant(norland, "partner")), null, null, s);
        return new Extraction(article, List.of(s), actors, List.of(meet), List.of());
    }

    @Test
    void aCopyRenamesPersonsKeepsStatesAndMovesEveryDateByTheSameShift() {
        Extraction x = source();
        Extraction c = ScaleBench.copy(x, 7, 10);

        assertThat(c.article().id()).isNotEqualTo(x.article().id()).startsWith(x.article().id());
        long shift = c.article().published().toEpochDay() - x.article().published().toEpochDay();
        assertThat(shift).isNotZero();
        Event e = c.events().get(0);
        assertThat(e.date().start()).isEqualTo(x.events().get(0).date().start().plusDays(shift));
        assertThat(e.id()).isNotEqualTo(x.events().get(0).id());

        assertThat(c.actors()).extracting(Actor::name).doesNotContain("Ona Velt", "Ilse Varga").contains("Norland");
        List<String> ids = c.actors().stream().map(Actor::id).toList();
        assertThat(e.participants()).extracting(Participant::actorId).containsExactlyElementsOf(ids);
    }

    @Test
    void copiesOfOneCastShareTheirPersonsAndTheNextCastHasOthers() {
        Extraction x = source();
        String first = ScaleBench.copy(x, 0, 100).actors().get(0).name();
        assertThat(ScaleBench.copy(x, 3, 100).actors().get(0).name()).isEqualTo(first);
        assertThat(ScaleBench.copy(x, 4, 100).actors().get(0).name()).isNotEqualTo(first);
        assertThat(ScaleBench.rename("Ona Velt", 2).split(" ")).hasSize(2);
    }

    @Test
    void aMovedDateKeepsItsPrecision() {
        assertThat(ScaleBench.move(PartialDate.parse("2020-03"), 40)).isEqualTo(PartialDate.parse("2020-04"));
        assertThat(ScaleBench.move(PartialDate.parse("2020"), 400)).isEqualTo(PartialDate.parse("2021"));
        assertThat(ScaleBench.move(null, 5)).isNull();
    }
}
