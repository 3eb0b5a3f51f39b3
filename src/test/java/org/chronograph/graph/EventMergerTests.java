package org.chronograph.graph;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.YearMonth;
import java.util.List;
import org.chronograph.model.PartialDate;
import org.junit.jupiter.api.Test;

/** The blocks of the event merge: which dated months an undated or year-dated report may join. */
class EventMergerTests {

    private static EventMerger.Mention mention(String id, String article, String published, String date, String... actors) {
        return new EventMerger.Mention(id, article, published, "MEET", date == null ? null : PartialDate.parse(date),
                "happened", null, "met", null, null, null, List.of(actors), List.of(), null, null, null, null);
    }

    private static EventMerger.Bucket month(String ym) {
        return new EventMerger.Bucket("MEET", YearMonth.parse(ym));
    }

    @Test
    void anUndatedReportReachesTwoMonthsBackAndSixAhead() {
        EventMerger.Mention m = mention("a#e1", "a", "2024-03-10", null, "state:norway");
        assertThat(m.dated()).isFalse();
        assertThat(m.near(month("2024-01"))).isTrue();   // 31 January is within 62 days before 10 March
        assertThat(m.near(month("2023-12"))).isFalse();
        assertThat(m.near(month("2024-09"))).isTrue();   // 1 September is within 183 days after
        assertThat(m.near(month("2024-10"))).isFalse();
        assertThat(m.near(new EventMerger.Bucket("CALL", YearMonth.parse("2024-03")))).isFalse();
        assertThat(m.leftover()).isEqualTo(new EventMerger.Leftover("MEET", null, YearMonth.parse("2024-03")));
    }

    @Test
    void aYearDatedReportReachesItsYearOnly() {
        EventMerger.Mention m = mention("a#e2", "a", "2025-02-01", "2024", "state:norway");
        assertThat(m.near(month("2024-01"))).isTrue();
        assertThat(m.near(month("2024-12"))).isTrue();
        assertThat(m.near(month("2025-01"))).isFalse();
        assertThat(m.leftover()).isEqualTo(new EventMerger.Leftover("MEET", "2024", null));
    }

    @Test
    void aDatedReportIsGroupedInItsMonth() {
        EventMerger.Mention day = mention("a#e3", "a", "2024-06-20", "2024-06-12", "state:chile");
        EventMerger.Mention m = mention("b#e1", "b", "2024-06-02", "2024-06", "state:chile");
        assertThat(day.dated()).isTrue();
        assertThat(day.bucket()).isEqualTo(m.bucket()).isEqualTo(month("2024-06"));
        assertThat(EventMerger.group(List.of(day, m))).hasSize(1);
        // another day of the same month is another event
        EventMerger.Mention other = mention("c#e1", "c", "2024-06-20", "2024-06-14", "state:chile");
        assertThat(EventMerger.group(List.of(day, other))).hasSize(2);
    }

    @Test
    void anActPrefersTheEventItsArticleNamedThenSharedActorsThenOneAhead() {
        List<String> act = List.of("person:ana-ruiz", "state:peru");
        long named = EventMerger.score(act, List.of("x#e2"), "2024-05-01", List.of("state:peru"), List.of("x#e2"), "2024-04-01");
        long shared = EventMerger.score(act, List.of("x#e2"), "2024-05-01", act, List.of("y#e1"), "2024-06-01");
        long ahead = EventMerger.score(act, List.of(), "2024-05-01", List.of("state:peru"), List.of("y#e1"), "2024-06-01");
        long past = EventMerger.score(act, List.of(), "2024-05-01", List.of("state:peru"), List.of("y#e1"), "2024-04-30");
        assertThat(named).isGreaterThan(shared);
        assertThat(shared).isGreaterThan(ahead);
        assertThat(ahead).isGreaterThan(past);
    }
}
