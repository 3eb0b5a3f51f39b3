package org.chronograph.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class DatesTests {

    private static final LocalDate FRIDAY = LocalDate.of(2025, 12, 12);

    @Test
    void aWeekdayInPastContextIsTheLatestSuchDayOnOrBeforePublication() {
        // SUTime's value for "Thursday" in a Friday article is the coming Thursday
        assertThat(Dates.of("2025-12-18", "Thursday", FRIDAY, true).value()).isEqualTo("2025-12-11");
        assertThat(Dates.of("2025-12-18", "Thursday", FRIDAY, false).value()).isEqualTo("2025-12-18");
        // whatever SUTime chose (its direction carries over between documents), the tense decides
        assertThat(Dates.of("2025-12-11", "on Thursday", FRIDAY, false).value()).isEqualTo("2025-12-18");
        assertThat(Dates.of("2025-12-12", "Friday", FRIDAY, false).value()).isEqualTo("2025-12-12");
        assertThat(Dates.of("2025-12-12", "Friday", FRIDAY, true).value()).isEqualTo("2025-12-12");
    }

    @Test
    void aMonthWithoutYearIsTheLastOneForThePastAndTheNextOneForPlans() {
        assertThat(Dates.of("2025-06", "in June", FRIDAY, true).value()).isEqualTo("2025-06");
        assertThat(Dates.of("2026-06", "in June", FRIDAY, true).value()).isEqualTo("2025-06");
        assertThat(Dates.of("2025-03", "in March", FRIDAY, false).value()).isEqualTo("2026-03");
        assertThat(Dates.of("2024-03", "March 2024", FRIDAY, false).value()).isEqualTo("2024-03");
    }

    @Test
    void lastAndNextNameTheNearestSuchMonthBeforeOrAfterTheStorysMonth() {
        // SUTime reads "last June" in a December story as June of the year before
        assertThat(Dates.of("2024-06", "last June", FRIDAY, true).value()).isEqualTo("2025-06");
        assertThat(Dates.of("2024-12", "last December", FRIDAY, true).value()).isEqualTo("2024-12");
        assertThat(Dates.of("2026-03", "next March", FRIDAY, false).value()).isEqualTo("2026-03");
        assertThat(Dates.of("2025-12", "next December", FRIDAY, false).value()).isEqualTo("2026-12");
    }

    @Test
    void aMonthAndDayWithoutYearIsTheNextOneForPlansAndTheLastOneForThePast() {
        assertThat(Dates.of("2025-01-19", "January 19", FRIDAY, false).value()).isEqualTo("2026-01-19");
        assertThat(Dates.of("2025-12-20", "December 20", FRIDAY, true).value()).isEqualTo("2024-12-20");
        // a year in the text is never moved
        assertThat(Dates.of("2025-01-19", "January 19, 2025", FRIDAY, false).value()).isEqualTo("2025-01-19");
        assertThat(Dates.of("2025-12-11", "yesterday", FRIDAY, false).value()).isEqualTo("2025-12-11");
    }

    @Test
    void weeksAndSeasonsBecomeTheirMonthOrYear() {
        assertThat(Dates.of("2025-W51", "next week", FRIDAY, false).value()).isEqualTo("2025-12");
        assertThat(Dates.of("2026-SP", "next spring", FRIDAY, false).value()).isEqualTo("2026");
        assertThat(Dates.of("PRESENT_REF", "now", FRIDAY, true).value()).isEqualTo("2025-12-12");
        assertThat(Dates.of("P3D", "three days", FRIDAY, true)).isNull();
    }

    @Test
    void knowsTheExpressionsCountedFromTheStorysLastDate() {
        assertThat(Dates.isNarrativeRelative("A day earlier")).isTrue();
        assertThat(Dates.isNarrativeRelative("two days later")).isTrue();
        assertThat(Dates.isNarrativeRelative("the next day")).isTrue();
        assertThat(Dates.isNarrativeRelative("on Monday")).isFalse();
        assertThat(Dates.isNarrativeRelative("last week")).isFalse();
    }
}
