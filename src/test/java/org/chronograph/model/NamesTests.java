package org.chronograph.model;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class NamesTests {

    @Test
    void normalisesAsTheGoldFormatSays() {
        assertThat(Names.normalize("Mr Kim Jong-Un")).isEqualTo("kim jong un");
        assertThat(Names.normalize("  Enrique   Peña Nieto ")).isEqualTo("enrique pena nieto");
        assertThat(Names.normalize("The U.S.")).isEqualTo("u s");
        assertThat(Names.normalize("Theresa May")).isEqualTo("theresa may");
    }

    @Test
    void actorIdsAgreeAcrossSpellings() {
        assertThat(Names.actorId(ActorType.PERSON, "Kim Jong-un")).isEqualTo(Names.actorId(ActorType.PERSON, "Kim Jong Un"));
        assertThat(Names.actorId(ActorType.GPE, "Chile")).isNotEqualTo(Names.actorId(ActorType.ORG, "Chile"));
    }
}
