package org.chronograph.timeline;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The data the html page's time axis draws: a day a point, a month or a year its whole span, acts linked. */
class HtmlPageTests {

    private static TimelineEntry event(String id, String type, String date, String status, List<TimelineEntry.Link> acts) {
        return new TimelineEntry("event", id, type, null, null, date, null, status,
                List.of(new TimelineEntry.ActorRef("Ingrid Halvorsen", "PERSON", null)), null, null, null, null,
                "summary", null, List.of(), 1, acts, List.of(), "Halvorsen — visit, Tromsø");
    }

    private static JsonNode axisData(String page) throws Exception {
        String open = "<script type=\"application/json\" id=\"entries-data\">";
        int from = page.indexOf(open) + open.length();
        return new ObjectMapper().readTree(page.substring(from, page.indexOf("</script>", from)));
    }

    @Test
    void aDayIsAPointAMonthAndAYearTheirWholeSpanAndUndatedStaysOffTheAxis() throws Exception {
        String page = TimelineWriter.render(List.of(
                event("event:a", "VISIT", "2026-02", "cancelled", List.of()),
                event("event:b", "CANCEL", "2026-01-20", "happened",
                        List.of(new TimelineEntry.Link("CANCELS", "event:a"))),
                event("event:c", "MEET", "2027", "planned", List.of()),
                event("event:d", "CALL", null, "happened", List.of())), TimelineWriter.Format.html, "t");
        JsonNode data = axisData(page);
        assertThat(data).hasSize(4);
        assertThat(data.get(0).get("start").asText()).isEqualTo("2026-02-01");
        assertThat(data.get(0).get("end").asText()).isEqualTo("2026-03-01");
        assertThat(data.get(0).get("classes").asText()).contains("month", "cancelled");
        assertThat(data.get(1).get("start").asText()).isEqualTo("2026-01-20");
        assertThat(data.get(1).has("end")).isFalse();
        assertThat(data.get(1).get("actsOn").get(0).get("event").asText()).isEqualTo("event-a");
        assertThat(data.get(2).get("end").asText()).isEqualTo("2028-01-01");
        assertThat(data.get(2).get("classes").asText()).contains("year", "planned");
        assertThat(data.get(3).has("start")).isFalse();
        assertThat(page).contains("1 of them undated (in the list only)");
    }

    @Test
    void theDataCannotEndItsScriptElement() throws Exception {
        TimelineEntry e = event("event:x", "MEET", "2026-05-04", "happened", List.of());
        e = new TimelineEntry(e.kind(), e.id(), e.type(), null, null, e.date(), null, e.status(),
                List.of(new TimelineEntry.ActorRef("</script><script>document.title='owned'</script>", "PERSON", null)),
                null, null, null, null, "s", null, List.of(), 1, List.of(), List.of(), "<!-- & -->");
        String page = TimelineWriter.render(List.of(e), TimelineWriter.Format.html, "t");
        JsonNode data = axisData(page);
        assertThat(data.get(0).get("actors").get(0).asText()).startsWith("</script>");
        assertThat(data.get(0).get("storyline").asText()).isEqualTo("<!-- & -->");
        String raw = page.substring(page.indexOf("id=\"entries-data\">"));
        assertThat(raw.substring(0, raw.indexOf("</script>"))).doesNotContain("<", "&");
    }
}
