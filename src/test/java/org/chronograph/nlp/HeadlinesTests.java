package org.chronograph.nlp;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class HeadlinesTests {

    private static final String BODY = "\n\nNorway and Chile resumed their fisheries talks in Oslo on Monday, a year after "
            + "the last round broke down. Prime Minister Ingrid Halvorsen said the talks would go on.\n";

    @Test
    void aTitleCaseHeadlineTakesTheCaseTheBodyGivesEachWordKeepingItsLength() {
        String text = "Norway, Chile Resume Fisheries Talks in Oslo" + BODY;
        String out = Headlines.sentenceCase(text);
        assertThat(out).hasSameSizeAs(text).startsWith("Norway, Chile resume fisheries talks in Oslo\n");
        assertThat(out.substring(44)).isEqualTo(text.substring(44));
    }

    @Test
    void namesTheBodyCapitalisesAndWordsItNeverUsesAmongNamesStay() {
        String text = "Tomás Reyes Joins Talks With the Andean Fisheries Council" + BODY.replace("Monday",
                "Monday with Tomás Reyes of the Andean Fisheries Council");
        // "Joins" is not in the body: next to "talks" it is a common word; "Fisheries" is lower case in the body but
        // written with "Andean" as a name
        assertThat(Headlines.sentenceCase(text)).startsWith("Tomás Reyes joins talks with the Andean Fisheries Council\n");
        String between = "Halvorsen Hails Reyes" + BODY.replace("Monday", "Monday with Reyes");
        assertThat(Headlines.sentenceCase(between)).as("an unknown word between names may be a name").startsWith("Halvorsen Hails Reyes\n");
    }

    @Test
    void sentencesAndHeadlinesInSentenceCaseAreLeftAlone() {
        String text = "Norway and Chile resume fisheries talks" + BODY;
        assertThat(Headlines.sentenceCase(text)).isEqualTo(text);
        assertThat(Headlines.isTitleCase("Norway And Chile Resumed Talks In Oslo.", 0, 39)).isFalse();
        assertThat(Headlines.sentenceCase("")).isEmpty();
    }
}
