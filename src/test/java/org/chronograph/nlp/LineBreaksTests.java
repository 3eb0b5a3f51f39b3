package org.chronograph.nlp;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class LineBreaksTests {

    @Test
    void joinsTheLinesOfHardWrappedParagraphsKeepingEveryOffset() {
        String wrapped = "OSLO - Norway and Chile agreed on Monday to resume\n"
                + "talks on fishing quotas, a year after the last round\n"
                + "broke down over salmon.\n\n"
                + "The ministers will meet\nin Valparaiso next month.\n";
        String out = LineBreaks.unwrap(wrapped);
        assertThat(out).hasSameSizeAs(wrapped)
                .isEqualTo("OSLO - Norway and Chile agreed on Monday to resume "
                        + "talks on fishing quotas, a year after the last round "
                        + "broke down over salmon.\n\n"
                        + "The ministers will meet in Valparaiso next month.\n");
    }

    @Test
    void keepsLineBreaksOfTextLaidOutOneParagraphOrFieldPerLine() {
        String readout = "Readout of the Minister's Call\nOffice of the Spokesperson\nMarch 3, 2025\n"
                + "The Minister spoke today with her Chilean counterpart.\nThey agreed to meet again.\n";
        assertThat(LineBreaks.unwrap(readout)).isEqualTo(readout);
        assertThat(LineBreaks.unwrap("")).isEmpty();
    }
}
