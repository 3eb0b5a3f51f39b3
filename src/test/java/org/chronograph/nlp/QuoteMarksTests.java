package org.chronograph.nlp;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class QuoteMarksTests {

    @Test
    void aCurlyMarkClosedByAStraightOneBecomesStraightInItsParagraphOnly() {
        String text = "He went on, \u201COur fleets will share these waters.\"\n\n"
                + "Halvorsen said: \u201CWe expect a frank conversation.\u201D\n";
        String out = QuoteMarks.mend(text);
        assertThat(out).hasSameSizeAs(text)
                .startsWith("He went on, \"Our fleets will share these waters.\"\n\n")
                .endsWith("Halvorsen said: \u201CWe expect a frank conversation.\u201D\n");
    }

    @Test
    void pairedMarksAndAQuoteThatRunsOnToTheNextParagraphAreLeftAlone() {
        String paired = "Reyes said \u201Cyes\u201D and Halvorsen said \"no\".";
        assertThat(QuoteMarks.mend(paired)).isSameAs(paired);
        String runsOn = "\u201COur fleets will share these waters.\n\n\u201CAnd the next generation too,\u201D she said.";
        assertThat(QuoteMarks.mend(runsOn)).isSameAs(runsOn);
    }
}
