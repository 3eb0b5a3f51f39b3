package org.chronograph.timeline;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.regex.Pattern;
import java.util.regex.Matcher;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.csv.CsvGenerator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * Writes a timeline in the formats other tools read: text for the terminal, JSON, TimelineJS3 JSON, a
 * self-contained HTML page, CSV (RFC 4180) and a Markdown table. Month- and year-precision dates are written as
 * such, never with a made-up day; undated entries are kept apart.
 */
public final class TimelineWriter {

    /** Output formats. */
    public enum Format { text, json, timelinejs, html, csv, markdown, plover }

    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
    /** One record per line (JSON Lines). */
    private static final ObjectMapper COMPACT = new ObjectMapper();

    private TimelineWriter() {
    }

    /** The whole output for these entries, ending with a line break. */
    public static String render(List<TimelineEntry> entries, Format format, String title) throws IOException {
        return switch (format) {
            case json -> JSON.writeValueAsString(Map.of("entries", entries.stream().map(TimelineWriter::json).toList()))
                    + "\n";
            case timelinejs -> JSON.writeValueAsString(timelineJs(entries, title)) + "\n";
            case html -> html(entries, title);
            case csv -> csv(entries);
            case markdown -> markdown(entries, title);
            case text -> text(entries);
            case plover -> plover(entries);
        };
    }

    // ---------------------------------------------------------------- json

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
            m.put("actsOn", e.actsOn());
            m.put("actedOnBy", e.actedOnBy());
        } else {
            m.put("date", e.date());
            m.put("datePrecision", e.datePrecision());
            m.put("speaker", e.speaker());
            m.put("text", e.text());
            m.put("channel", e.channel());
        }
        m.put("storyline", e.storyline());
        m.put("sourceCount", e.sourceCount());
        m.put("sources", e.sources());
        return m;
    }

    // ---------------------------------------------------------------- TimelineJS3

    /**
     * Knight Lab TimelineJS3's JSON: a title slide and one slide per dated entry, {@code start_date} with only the
     * parts the date has, grouped by storyline. TimelineJS cannot show undated slides: they are listed in the
     * title slide's text.
     */
    static ObjectNode timelineJs(List<TimelineEntry> entries, String title) {
        ObjectNode root = JSON.createObjectNode();
        ObjectNode titleText = root.putObject("title").putObject("text");
        titleText.put("headline", title);
        List<TimelineEntry> undated = entries.stream().filter(e -> e.date() == null).toList();
        titleText.put("text", entries.size() + " entries from " + articles(entries) + " article(s)."
                + (undated.isEmpty() ? "" : " Undated: " + undated.stream().map(e -> escape(e.summary()))
                .collect(Collectors.joining("; ")) + "."));
        ArrayNode events = root.putArray("events");
        for (TimelineEntry e : entries) {
            if (e.date() == null) {
                continue;
            }
            ObjectNode ev = events.addObject();
            ObjectNode start = ev.putObject("start_date");
            String[] parts = e.date().split("-");
            start.put("year", Integer.parseInt(parts[0]));
            if (parts.length > 1) {
                start.put("month", Integer.parseInt(parts[1]));
            }
            if (parts.length > 2) {
                start.put("day", Integer.parseInt(parts[2]));
            }
            start.put("display_date", e.date());
            ObjectNode text = ev.putObject("text");
            text.put("headline", escape(headline(e)));
            text.put("text", "<p>" + escape(e.summary()) + "</p>" + sourcesHtml(e));
            ev.put("group", e.storyline());
            ev.put("unique_id", slug(e.id()));
        }
        return root;
    }

    private static String headline(TimelineEntry e) {
        return e.kind().equals("event") ? e.type() + " (" + e.status() + ")" : "Statement by " + e.speaker();
    }

    // ---------------------------------------------------------------- csv

    static final List<String> CSV_COLUMNS = List.of("date", "date_precision", "kind", "id", "type", "cameo", "plover",
            "status", "actors", "place", "speaker", "text", "channel", "summary", "target", "storyline",
            "source_count", "source_urls", "acts_on",
            // the PLOVER record's fields, flattened (see plover())
            "end_date", "mode", "context", "source_actors", "recipient_actors", "articles", "event_text");

    /** One row per entry, RFC 4180 (CRLF line ends, quotes only where needed). */
    static String csv(List<TimelineEntry> entries) throws IOException {
        List<Map<String, Object>> rows = new ArrayList<>();
        for (TimelineEntry e : entries) {
            Map<String, Object> r = new LinkedHashMap<>();
            r.put("date", e.date());
            r.put("date_precision", e.datePrecision());
            r.put("kind", e.kind());
            r.put("id", e.id());
            r.put("type", e.type());
            r.put("cameo", e.cameo());
            r.put("plover", e.plover());
            r.put("status", e.status());
            r.put("actors", e.actors() == null ? null
                    : e.actors().stream().map(TimelineEntry.ActorRef::name).collect(Collectors.joining("; ")));
            r.put("place", e.place());
            r.put("speaker", e.speaker());
            r.put("text", e.text());
            r.put("channel", e.channel());
            r.put("summary", e.summary());
            r.put("target", e.target());
            r.put("storyline", e.storyline());
            r.put("source_count", e.sourceCount());
            r.put("source_urls", String.join(" ", urls(e)));
            r.put("acts_on", e.actsOn().stream().map(l -> l.relation() + " " + l.event()).collect(Collectors.joining("; ")));
            r.put("end_date", endDate(e));
            r.put("mode", e.kind().equals("event") ? mode(e.type()) : null);
            r.put("context", e.kind().equals("event") ? String.join("; ", context(e.status())) : null);
            r.put("source_actors", names(sourceActors(e)));
            r.put("recipient_actors", names(recipientActors(e)));
            r.put("articles", String.join(" ", articleIds(e)));
            r.put("event_text", String.join(" | ", sentences(e)));
            rows.add(r);
        }
        return csv(CSV_COLUMNS, rows);
    }

    /**
     * Rows as RFC 4180 CSV with a header: CRLF line ends, quotes only where a value needs them, null as empty.
     * The one CSV writer of the project (timeline export and {@code chronograph query}).
     */
    public static String csv(List<String> columns, List<? extends Map<String, ?>> rows) throws IOException {
        CsvSchema.Builder schema = CsvSchema.builder().setUseHeader(true);
        columns.forEach(schema::addColumn);
        CsvMapper mapper = new CsvMapper();
        mapper.enable(CsvGenerator.Feature.STRICT_CHECK_FOR_QUOTING);
        return mapper.writer(schema.build().withLineSeparator("\r\n").withNullValue("")).writeValueAsString(rows);
    }

    // ---------------------------------------------------------------- PLOVER

    /** CONSULT events that are symmetric: every participant is a source (PLOVER's reciprocal events). */
    private static final java.util.Set<String> RECIPROCAL = java.util.Set.of("MEET", "CALL", "NEGOTIATE", "AGREE");

    /**
     * One JSON object per line in the field names of the PLOVER data interchange specification (Open Event Data
     * Alliance): id, date and enddate (a month or year as its first and last day, with {@code date_precision}
     * beside), source and recipient actor lists, event, mode (CONSULT: visit, phone), context (future,
     * hypothetical), event_loc, event_text (the evidence sentences), link (for an act, the event it acts on),
     * cite_info (articles and addresses) and coder; {@code cameo}, {@code status} and {@code chronograph_type}
     * are our own fields. Statements are left out: PLOVER does not code comments.
     */
    static String plover(List<TimelineEntry> entries) throws IOException {
        StringBuilder b = new StringBuilder();
        for (TimelineEntry e : entries) {
            if (!e.kind().equals("event") || "OTHER".equals(e.plover()) || e.plover() == null) {
                continue;
            }
            Map<String, Object> r = new LinkedHashMap<>();
            r.put("id", e.id());
            r.put("date", startDate(e));
            r.put("enddate", endDate(e));
            r.put("date_precision", e.datePrecision());
            r.put("source", sourceActors(e).stream().map(TimelineWriter::ploverActor).toList());
            r.put("recipient", recipientActors(e).stream().map(TimelineWriter::ploverActor).toList());
            r.put("event", List.of(e.plover()));
            r.put("mode", mode(e.type()));
            r.put("context", context(e.status()));
            r.put("event_loc", e.place() == null ? null : Map.of("placename", e.place()));
            r.put("event_text", sentences(e));
            r.put("link", e.actsOn().isEmpty() ? null : e.actsOn().get(0).event());
            Map<String, Object> cite = new LinkedHashMap<>();
            cite.put("articles", articleIds(e));
            cite.put("urls", urls(e));
            r.put("cite_info", cite);
            r.put("coder", "chronograph");
            r.put("cameo", e.cameo());
            r.put("status", e.status());
            r.put("chronograph_type", e.type());
            b.append(COMPACT.writeValueAsString(r)).append('\n');
        }
        return b.toString();
    }

    private static Map<String, Object> ploverActor(TimelineEntry.ActorRef a) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("actor_text", a.name());
        m.put("actor_type", a.type());
        return m;
    }

    /** Who acts: every participant of a reciprocal event, else the agent (the visitor, the one who cancels). */
    private static List<TimelineEntry.ActorRef> sourceActors(TimelineEntry e) {
        if (e.actors() == null) {
            return List.of();
        }
        if (RECIPROCAL.contains(e.type())) {
            return e.actors();
        }
        List<TimelineEntry.ActorRef> agents = e.actors().stream().filter(a -> "agent".equals(a.role())).toList();
        return agents.isEmpty() ? e.actors().subList(0, Math.min(1, e.actors().size())) : agents;
    }

    private static List<TimelineEntry.ActorRef> recipientActors(TimelineEntry e) {
        if (e.actors() == null || RECIPROCAL.contains(e.type())) {
            return List.of();
        }
        List<TimelineEntry.ActorRef> sources = sourceActors(e);
        return e.actors().stream().filter(a -> !sources.contains(a)).toList();
    }

    private static String names(List<TimelineEntry.ActorRef> actors) {
        return actors.stream().map(TimelineEntry.ActorRef::name).collect(Collectors.joining("; "));
    }

    private static List<String> articleIds(TimelineEntry e) {
        return e.sources().stream().map(TimelineEntry.Source::article).distinct().toList();
    }

    /** The articles' addresses, each once, in source order. */
    private static List<String> urls(TimelineEntry e) {
        return e.sources().stream().map(TimelineEntry.Source::url).filter(u -> u != null).distinct().toList();
    }

    /** The evidence sentences, each once, in source order. */
    private static List<String> sentences(TimelineEntry e) {
        return e.sources().stream().map(TimelineEntry.Source::sentence).filter(x -> x != null).distinct().toList();
    }

    private static String mode(String type) {
        return switch (type == null ? "" : type) {
            case "VISIT" -> "visit";
            case "CALL" -> "phone";
            default -> null;
        };
    }

    private static List<String> context(String status) {
        return switch (status == null ? "" : status) {
            case "planned" -> List.of("future");
            case "hypothetical" -> List.of("hypothetical");
            default -> List.of();
        };
    }

    /** The first day of the entry's date ("2018-05" → 2018-05-01), or null. */
    private static String startDate(TimelineEntry e) {
        if (e.date() == null) {
            return null;
        }
        String[] p = e.date().split("-");
        return p.length == 3 ? e.date() : p.length == 2 ? e.date() + "-01" : e.date() + "-01-01";
    }

    /** The last day of the entry's date ("2018-05" → 2018-05-31), or null. */
    private static String endDate(TimelineEntry e) {
        if (e.date() == null) {
            return null;
        }
        String[] p = e.date().split("-");
        if (p.length == 3) {
            return e.date();
        }
        if (p.length == 2) {
            return java.time.YearMonth.parse(e.date()).atEndOfMonth().toString();
        }
        return e.date() + "-12-31";
    }

    // ---------------------------------------------------------------- markdown

    /** A table fit for a report; undated entries in a second table. */
    static String markdown(List<TimelineEntry> entries, String title) {
        StringBuilder b = new StringBuilder("# ").append(md(title)).append("\n\n");
        List<TimelineEntry> dated = entries.stream().filter(e -> e.date() != null).toList();
        List<TimelineEntry> undated = entries.stream().filter(e -> e.date() == null).toList();
        table(b, dated);
        if (!undated.isEmpty()) {
            b.append("\n## Undated\n\n");
            table(b, undated);
        }
        return b.toString();
    }

    private static void table(StringBuilder b, List<TimelineEntry> entries) {
        b.append("| Date | What | Status | Who / what was said | Sources |\n|---|---|---|---|---|\n");
        for (TimelineEntry e : entries) {
            String what = e.kind().equals("event") ? e.type() : "statement";
            String sources = e.sources().stream().map(s -> link(s.url()) == null
                    ? md(s.article()) + (s.url() == null ? "" : " (" + md(s.url()) + ")")
                    : "[" + md(s.article()) + "](<" + link(s.url()) + ">)").distinct().collect(Collectors.joining(", "));
            b.append("| ").append(e.date() == null ? "" : e.date())
                    .append(" | ").append(what)
                    .append(" | ").append(e.status() == null ? "" : e.status())
                    .append(" | ").append(md(e.summary()))
                    .append(" | ").append(sources).append(" |\n");
        }
    }

    /** Markdown text: what a renderer would read as markup (tables, links, raw HTML) is escaped. */
    private static String md(String s) {
        return s == null ? "" : s.replace("\\", "\\\\").replace("|", "\\|").replace("<", "\\<").replace(">", "\\>")
                .replace("[", "\\[").replace("]", "\\]").replace("\n", " ");
    }

    /**
     * An article's address as a link target, or null when it must be shown as text: only absolute http(s)
     * addresses are linked (a "javascript:" or "data:" address from an article's front matter would run in the
     * reader's browser); characters that would end the link early are percent-encoded.
     */
    static String link(String url) {
        if (url == null) {
            return null;
        }
        String u = url.strip();
        try {
            java.net.URI uri = new java.net.URI(u.replace(" ", "%20"));
            String scheme = uri.getScheme();
            if (scheme == null || !(scheme.equalsIgnoreCase("http") || scheme.equalsIgnoreCase("https"))
                    || uri.getHost() == null || u.chars().anyMatch(c -> c < 0x20)) {
                return null;
            }
            return uri.toASCIIString().replace("(", "%28").replace(")", "%29").replace("<", "%3C").replace(">", "%3E");
        } catch (java.net.URISyntaxException e) {
            return null;
        }
    }

    // ---------------------------------------------------------------- text

    static String text(List<TimelineEntry> entries) {
        StringBuilder b = new StringBuilder();
        if (entries.isEmpty()) {
            return "(no entries)\n";
        }
        boolean undatedHeader = false;
        for (TimelineEntry e : entries) {
            if (e.date() == null && !undatedHeader) {
                b.append("\nUndated:\n");
                undatedHeader = true;
            }
            String date = e.date() == null ? "" : e.date();
            String what = e.kind().equals("event")
                    ? String.format(Locale.ROOT, "%-9s %-12s %s", e.type(), e.status(), e.summary())
                    : String.format(Locale.ROOT, "%-9s %-12s %s", "SAID", e.channel() == null ? "" : e.channel(), e.summary());
            String src = e.sources().isEmpty() ? "" : "  [" + e.sources().get(0).article()
                    + (e.sourceCount() > 1 ? " +" + (e.sourceCount() - 1) : "") + "]";
            b.append(String.format(Locale.ROOT, "%-10s  %s%s%n", date, what, src));
        }
        return b.toString();
    }

    // ---------------------------------------------------------------- html

    /**
     * One self-contained page (no network): a time axis (vis-timeline, inlined) with one lane per storyline or actor,
     * a day drawn as a point and a month or a year as a span of the whole period, cancelled and planned events
     * marked, each act drawn to the event it acts on, zoom and pan, a click showing the entry and its sources; below
     * it the list of entries grouped the same way (a switch), in date order, each with its sources as links and the
     * sentence as their title. The entries reach the page's script as JSON data, never as markup.
     */
    static String html(List<TimelineEntry> entries, String title) throws IOException {
        StringBuilder body = new StringBuilder();
        body.append("<h1>").append(escape(title)).append("</h1>\n");
        long undated = entries.stream().filter(e -> e.date() == null).count();
        body.append("<p class=\"meta\">").append(entries.size()).append(" entries from ").append(articles(entries))
                .append(" article(s)").append(undated == 0 ? "" : ", " + undated + " of them undated (in the list only)")
                .append(". Group by <button data-group=\"storyline\" class=\"on\">storyline</button>"
                        + "<button data-group=\"actor\">actor</button> Zoom <button data-zoom=\"-1\">&minus;</button>"
                        + "<button data-zoom=\"1\">+</button></p>\n");
        body.append("<p class=\"legend meta\"><span><i></i>happened</span><span><i class=\"planned\"></i>planned"
                + "</span><span><i class=\"cancelled\"></i>cancelled</span><span><i class=\"statement\"></i>statement"
                + "</span><span>a month or a year is drawn as a span; arrows run from an act to the event it acts on;"
                + " scroll to zoom, drag to pan, click for sources</span></p>\n");
        body.append("<div id=\"axis\"></div>\n<div id=\"details\" hidden></div>\n");
        body.append("<div id=\"timeline\">\n");
        ArrayNode data = COMPACT.createArrayNode();
        for (TimelineEntry e : entries) {
            List<String> names = names(e);
            body.append("<article class=\"entry ").append(e.kind()).append(e.date() == null ? " undated" : "")
                    .append("\" id=\"").append(escape(slug(e.id())))
                    .append("\" data-storyline=\"").append(escape(e.storyline()))
                    .append("\" data-actors=\"").append(escape(String.join("|", names))).append("\">\n");
            body.append("  <time").append(e.date() == null ? "" : " datetime=\"" + e.date() + "\"").append(">")
                    .append(e.date() == null ? "undated" : e.date()).append("</time>\n");
            body.append("  <h2>").append(escape(headline(e))).append("</h2>\n");
            body.append("  <p>").append(escape(e.summary())).append("</p>\n");
            if (!e.actsOn().isEmpty()) {
                body.append("  <p class=\"links\">").append(e.actsOn().stream().map(l -> l.relation().toLowerCase(Locale.ROOT)
                        + " <a href=\"#" + escape(slug(l.event())) + "\">" + escape(l.event()) + "</a>")
                        .collect(Collectors.joining(", "))).append("</p>\n");
            }
            body.append("  ").append(sourcesHtml(e)).append("\n</article>\n");
            data.add(axisItem(e, names));
        }
        body.append("</div>\n");
        // inside a script element only "</script" (or "<!--") could end it early: no '<' reaches the page raw
        String json = COMPACT.writeValueAsString(data).replace("<", "\\u003c").replace(">", "\\u003e")
                .replace("&", "\\u0026");
        return fill(resource("timeline/page.html"), Map.of("title", escape(title), "body", body.toString(),
                "data", json, "vis", vendor("vis-timeline-graph2d.min.js"), "arrows", arrows()));
    }

    /** What the page's script draws of an entry on the time axis: a point for a day, a span for a month or a year. */
    private static ObjectNode axisItem(TimelineEntry e, List<String> names) {
        ObjectNode d = COMPACT.createObjectNode();
        d.put("id", slug(e.id()));
        d.put("storyline", e.storyline() == null ? "(none)" : e.storyline());
        ArrayNode actors = d.putArray("actors");
        names.forEach(actors::add);
        String classes = e.kind();
        if (e.date() != null) {
            org.chronograph.model.PartialDate date = org.chronograph.model.PartialDate.parse(e.date());
            d.put("start", date.start().toString());
            if (date.precision() != org.chronograph.model.DatePrecision.DAY) {
                d.put("end", date.end().plusDays(1).toString());
                classes += " " + date.precision().name().toLowerCase(Locale.ROOT);
            }
        }
        if (e.status() != null) {
            classes += " " + e.status().toLowerCase(Locale.ROOT).replaceAll("[^a-z]", "");
        }
        d.put("classes", classes);
        String what = e.kind().equals("event")
                ? e.type() + (names.isEmpty() ? "" : ": " + String.join(", ", names))
                : (e.speaker() == null ? "statement" : e.speaker()) + ": " + shorten(e.text(), 60);
        d.put("label", what);
        ArrayNode acts = d.putArray("actsOn");
        e.actsOn().forEach(l -> acts.addObject().put("relation", l.relation()).put("event", slug(l.event())));
        return d;
    }

    /** An event's actors, or a statement's speaker: the lanes of the actor view. */
    private static List<String> names(TimelineEntry e) {
        if (e.kind().equals("event")) {
            return e.actors().stream().map(TimelineEntry.ActorRef::name).toList();
        }
        return e.speaker() == null ? List.of() : List.of(e.speaker());
    }

    private static String shorten(String s, int max) {
        if (s == null) {
            return "";
        }
        return s.length() <= max ? s : s.substring(0, max - 1).strip() + "\u2026";
    }

    /** The page template with each {{name}} filled in one pass: a value is never scanned for further names. */
    private static String fill(String template, Map<String, String> values) {
        Matcher m = PLACEHOLDER.matcher(template);
        StringBuilder out = new StringBuilder(template.length() + 600_000);
        while (m.find()) {
            String v = values.get(m.group(1));
            if (v == null) {
                throw new IllegalStateException("timeline/page.html: no value for {{" + m.group(1) + "}}");
            }
            m.appendReplacement(out, Matcher.quoteReplacement(v));
        }
        return m.appendTail(out).toString();
    }

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\{([a-z]+)\\}\\}");

    /** The vendored scripts as the page inlines them (timeline/vendor/README.md), for tests to set aside. */
    static List<String> vendorScripts() {
        return List.of(vendor("vis-timeline-graph2d.min.js"), arrows());
    }

    /** timeline-arrows is an ES module; inlined in a classic script, its one export becomes a plain class. */
    private static String arrows() {
        String text = vendor("timeline-arrows.js");
        String export = "export default class Arrow {";
        if (text.indexOf(export) < 0 || text.indexOf(export) != text.lastIndexOf(export)
                || text.replace(export, "").matches("(?sm).*^\\s*(export|import)\\s.*")) {
            throw new IllegalStateException("timeline/vendor/timeline-arrows.js: expected one '" + export
                    + "' and no other export or import (a new version? see timeline/vendor/README.md)");
        }
        return text.replace(export, "class Arrow {");
    }

    private static String vendor(String name) {
        String text = resource("timeline/vendor/" + name);
        if (text.toLowerCase(Locale.ROOT).contains("</script")) {
            throw new IllegalStateException("timeline/vendor/" + name + " contains '</script', which would end the"
                    + " page's script early");
        }
        return text;
    }

    private static final Map<String, String> RESOURCES = new java.util.concurrent.ConcurrentHashMap<>();

    private static String resource(String name) {
        return RESOURCES.computeIfAbsent(name, n -> {
            try (InputStream in = TimelineWriter.class.getClassLoader().getResourceAsStream(n)) {
                if (in == null) {
                    throw new IllegalStateException("resource " + n + " is missing from the class path");
                }
                return new String(in.readAllBytes(), StandardCharsets.UTF_8);
            } catch (IOException ex) {
                throw new java.io.UncheckedIOException("cannot read " + n, ex);
            }
        });
    }

    private static String sourcesHtml(TimelineEntry e) {
        Map<String, TimelineEntry.Source> byArticle = new TreeMap<>();
        e.sources().forEach(s -> byArticle.putIfAbsent(s.article(), s));
        return "<p class=\"sources\">Sources: " + byArticle.values().stream().map(s -> link(s.url()) == null
                ? "<span title=\"" + escape(s.sentence()) + "\">" + escape(s.article())
                  + (s.url() == null ? "" : " (" + escape(s.url()) + ")") + "</span>"
                : "<a href=\"" + escape(link(s.url())) + "\" rel=\"noopener noreferrer\" title=\"" + escape(s.sentence())
                  + "\">" + escape(s.article()) + "</a>")
                .collect(Collectors.joining(", ")) + "</p>";
    }

    // ---------------------------------------------------------------- helpers

    private static long articles(List<TimelineEntry> entries) {
        return entries.stream().flatMap(e -> e.sources().stream()).map(TimelineEntry.Source::article).distinct().count();
    }

    private static String slug(String id) {
        return id.replace(':', '-');
    }

    static String escape(String s) {
        if (s == null) {
            return "";
        }
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;")
                .replace("'", "&#39;");
    }
}
