package org.chronograph.timeline;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The PLOVER export: one record per event, actors split into source and recipient as the specification says. */
class PloverExportTests {

    private static TimelineEntry event(String id, String type, String plover, String date, String precision,
                                       String status, List<TimelineEntry.ActorRef> actors, List<TimelineEntry.Link> actsOn) {
        return new TimelineEntry("event", id, type, "000", plover, date, precision, status, actors, "Oslo", null, null,
                null, type + " summary", null, List.of(new TimelineEntry.Source("art-1", "https://example.org/1",
                "Reyes will visit Oslo in May.")), 1, actsOn, List.of(), "x");
    }

    @Test
    void visitsPointFromVisitorToHostMeetingsAreReciprocalAndMonthsKeepTheirSpan() throws Exception {
        var reyes = new TimelineEntry.ActorRef("Tomas Reyes", "PERSON", "agent");
        var norway = new TimelineEntry.ActorRef("Norway", "GPE", "partner");
        List<TimelineEntry> entries = List.of(
                event("event:1", "VISIT", "CONSULT", "2024-05", "month", "planned", List.of(reyes, norway), List.of()),
                event("event:2", "MEET", "CONSULT", "2024-05-14", "day", "happened", List.of(reyes, norway), List.of()),
                event("event:3", "CANCEL", "REJECT", "2024", "year", "happened", List.of(reyes),
                        List.of(new TimelineEntry.Link("CANCELS", "event:1"))),
                event("event:4", "STATEMENT", "OTHER", "2024-05-15", "day", "happened", List.of(norway), List.of()));
        List<JsonNode> lines = TimelineWriter.render(entries, TimelineWriter.Format.plover, "t").lines()
                .map(l -> {
                    try {
                        return new ObjectMapper().readTree(l);
                    } catch (Exception ex) {
                        throw new AssertionError("not one JSON object per line: " + l, ex);
                    }
                }).toList();
        assertThat(lines).hasSize(3); // comments (statements) are not PLOVER events
        JsonNode visit = lines.get(0);
        assertThat(visit.get("date").asText()).isEqualTo("2024-05-01");
        assertThat(visit.get("enddate").asText()).isEqualTo("2024-05-31");
        assertThat(visit.get("mode").asText()).isEqualTo("visit");
        assertThat(visit.get("context").toString()).isEqualTo("[\"future\"]");
        assertThat(visit.get("source").get(0).get("actor_text").asText()).isEqualTo("Tomas Reyes");
        assertThat(visit.get("recipient").get(0).get("actor_text").asText()).isEqualTo("Norway");
        assertThat(visit.get("event_text").get(0).asText()).contains("visit Oslo");
        assertThat(visit.get("event_loc").get("placename").asText()).isEqualTo("Oslo");
        JsonNode meet = lines.get(1);
        assertThat(meet.get("source")).hasSize(2);
        assertThat(meet.get("recipient")).isEmpty();
        JsonNode cancel = lines.get(2);
        assertThat(cancel.get("event").get(0).asText()).isEqualTo("REJECT");
        assertThat(cancel.get("link").asText()).isEqualTo("event:1");
        assertThat(cancel.get("enddate").asText()).isEqualTo("2024-12-31");
        // the CSV carries the same fields, flattened
        String csv = TimelineWriter.render(entries, TimelineWriter.Format.csv, "t");
        assertThat(csv.lines().findFirst().orElseThrow())
                .contains("end_date", "mode", "context", "source_actors", "recipient_actors", "articles", "event_text");
        assertThat(csv).contains("2024-05-31,visit,future,Tomas Reyes,Norway,art-1,Reyes will visit Oslo in May.");
    }
}
