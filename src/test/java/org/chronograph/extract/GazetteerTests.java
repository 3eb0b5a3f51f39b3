package org.chronograph.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class GazetteerTests {

    private final Gazetteer gaz = Gazetteer.get();

    @Test
    void knowsStatesBeyondTheDevelopmentArticles() {
        // news of any region: the states of the Americas, Africa, Europe and the Pacific by name, seat and demonym
        assertThat(gaz.byName("Bolivia").name()).isEqualTo("Bolivia");
        assertThat(gaz.byName("Côte d'Ivoire").name()).isEqualTo("Ivory Coast");
        assertThat(gaz.byName("Swaziland").name()).isEqualTo("Eswatini");
        assertThat(gaz.bySeat("Tegucigalpa").name()).isEqualTo("Honduras");
        assertThat(gaz.bySeat("Vilnius").name()).isEqualTo("Lithuania");
        assertThat(gaz.byDemonym("Ivorian").name()).isEqualTo("Ivory Coast");
        assertThat(gaz.byDemonym("Fijian").name()).isEqualTo("Fiji");
        assertThat(gaz.byName("Bolivia").state()).isTrue();
    }

    @Test
    void aDemonymSharedByTwoStatesIsGivenToNeither() {
        // "Congolese" could be either Congo: only the Democratic Republic's row may claim it, or none
        Gazetteer.Entry congolese = gaz.byDemonym("Congolese");
        assertThat(congolese == null || congolese.name().equals("Democratic Republic of the Congo")).isTrue();
        assertThat(gaz.byName("Congo-Brazzaville").name()).isEqualTo("Republic of the Congo");
    }
}
