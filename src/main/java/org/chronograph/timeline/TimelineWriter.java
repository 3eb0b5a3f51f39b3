package org.chronograph.timeline;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.io.PrintStream;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Writes a timeline as text for the terminal or as JSON ({@code {"entries": [...]}}). */
public final class TimelineWriter {

    public enum Format { text, json }

    private TimelineWriter() {
    }

    public static void write(List<TimelineEntry> entries, Format format, PrintStream out) throws IOException {
        switch (format) {
            case json -> out.println(new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT)
                    .writeValueAsString(Map.of("entries", entries.stream().map(TimelineWriter::json).toList())));
            case text -> text(entries, out);
        }
    }

    /** The fields of each kind, every one present (null when unknown), in a stable order. */
    static Map<String, Object> json(TimelineEntry e) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("kind", e.kind());
        m.put("id", e.id());
        if (e.kind().equals("event")) {
            m.put("type", e.type());
            m.put("cameo", e.cameo());
            m.put("plover", e.plover());
            m.put("date", e.date());
            m.put("datePrecision", e.datePrecision());
            m.put("status", e.status());
            m.put("actors", e.actors());
            m.put("place", e.place());
            m.put("summary", e.summary());
            m.put("target", e.target());
        } else {
            m.put("date", e.date());
            m.put("datePrecision", e.datePrecision());
            m.put("speaker", e.speaker());
            m.put("text", e.text());
            m.put("channel", e.channel());
        }
        m.put("sources", e.sources());
        return m;
    }

    private static void text(List<TimelineEntry> entries, PrintStream out) {
        if (entries.isEmpty()) {
            out.println("(no entries)");
            return;
        }
        boolean undatedHeader = false;
        for (TimelineEntry e : entries) {
            if (e.date() == null && !undatedHeader) {
                out.println();
                out.println("Undated:");
                undatedHeader = true;
            }
            String date = e.date() == null ? "" : e.date();
            String what = e.kind().equals("event")
                    ? String.format(Locale.ROOT, "%-9s %-12s %s", e.type(), e.status(), e.summary())
                    : String.format(Locale.ROOT, "%-9s %-12s %s", "SAID", e.channel() == null ? "" : e.channel(), e.summary());
            String src = e.sources().isEmpty() ? "" : "  [" + e.sources().get(0).article()
                    + (e.sources().size() > 1 ? " +" + (e.sources().size() - 1) : "") + "]";
            out.println(String.format(Locale.ROOT, "%-10s  %s%s", date, what, src));
        }
    }
}
