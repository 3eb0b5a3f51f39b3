package org.chronograph.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class PartialDateTests {

    @Test
    void parsesEachPrecisionAndKnowsItsRange() {
        assertThat(PartialDate.parse("2018-05-26").precision()).isEqualTo(DatePrecision.DAY);
        PartialDate month = PartialDate.parse("2018-02");
        assertThat(month.precision()).isEqualTo(DatePrecision.MONTH);
        assertThat(month.end()).hasToString("2018-02-28");
        assertThat(PartialDate.parse("2018").start()).hasToString("2018-01-01");
        assertThat(month.contains(PartialDate.parse("2018-02-14"))).isTrue();
        assertThat(PartialDate.parse("2018-02-14").contains(month)).isFalse();
    }

    @Test
    void rejectsWhatIsNotADate() {
        assertThatThrownBy(() -> PartialDate.parse("2018-13-01")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("2018-13-01");
        assertThatThrownBy(() -> PartialDate.parse("May 2018")).hasMessageContaining("YYYY-MM-DD");
        assertThatThrownBy(() -> new PartialDate("2018-05", DatePrecision.DAY)).isInstanceOf(IllegalArgumentException.class);
    }
}
