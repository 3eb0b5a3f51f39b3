package org.chronograph.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.chronograph.graph.GraphStore;
import org.chronograph.graph.QueryResult;
import org.chronograph.timeline.TimelineWriter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** Runs a Cypher file (one of cypher/queries or the user's own) against the graph. */
@Command(name = "query", mixinStandardHelpOptions = true,
        description = {"Run a read query from a .cypher file against the graph and print its rows.",
                "FILE is a path, or the name of a library query (cypher/queries), e.g. actor-timeline.cypher."})
final class QueryCommand implements Callable<Integer> {

    /** Output formats. */
    enum Format { table, json, csv }

    @Parameters(index = "0", paramLabel = "FILE", description = "A .cypher file, or a library query's name.")
    String file;

    @Option(names = {"-p", "--param"}, paramLabel = "NAME=VALUE",
            description = "A query parameter (repeatable). VALUE is read as JSON when it is JSON (42, true, null,"
                    + " [\"a\",\"b\"], \"text\"), as text otherwise.")
    Map<String, String> params = new LinkedHashMap<>();

    @Option(names = "--format", defaultValue = "table", description = "table, json or csv (default: ${DEFAULT-VALUE}).")
    Format format;

    @Mixin
    GraphOptions graph;

    private static final ObjectMapper JSON = new ObjectMapper();

    @Override
    public Integer call() throws Exception {
        String cypher = load(file);
        if (cypher == null) {
            System.err.println("chronograph query: no file " + file + " and no library query of that name"
                    + " (see cypher/queries)");
            return Chronograph.USAGE;
        }
        Map<String, Object> values = new LinkedHashMap<>();
        params.forEach((k, v) -> values.put(k, value(v)));
        QueryResult result;
        try (GraphStore store = GraphStore.openExisting(graph.config())) {
            result = store.query(cypher, values);
        }
        switch (format) {
            case json -> System.out.println(JSON.writerWithDefaultPrettyPrinter().writeValueAsString(result.rows()));
            case csv -> System.out.print(csv(result));
            default -> System.out.print(table(result));
        }
        System.err.printf(Locale.ROOT, "%d row(s)%n", result.rows().size());
        return Chronograph.OK;
    }

    static String load(String name) throws IOException {
        Path p = Path.of(name);
        if (Files.isRegularFile(p)) {
            return Files.readString(p, StandardCharsets.UTF_8);
        }
        String base = p.getFileName().toString();
        try (InputStream in = QueryCommand.class.getClassLoader().getResourceAsStream(
                "cypher/queries/" + (base.endsWith(".cypher") ? base : base + ".cypher"))) {
            return in == null ? null : new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    static Object value(String text) {
        try {
            return JSON.readValue(text, Object.class);
        } catch (JsonProcessingException e) {
            return text;
        }
    }

    private static String cell(Object o) {
        if (o == null) {
            return "";
        }
        if (o instanceof String s) {
            return s;
        }
        try {
            return JSON.writeValueAsString(o);
        } catch (JsonProcessingException e) {
            return String.valueOf(o);
        }
    }

    static String csv(QueryResult r) throws IOException {
        List<Map<String, String>> rows = new ArrayList<>();
        for (Map<String, Object> row : r.rows()) {
            Map<String, String> m = new LinkedHashMap<>();
            row.forEach((k, v) -> m.put(k, cell(v)));
            rows.add(m);
        }
        return TimelineWriter.csv(r.columns(), rows);
    }

    static String table(QueryResult r) {
        List<String> cols = r.columns();
        int[] width = new int[cols.size()];
        List<List<String>> cells = new ArrayList<>();
        for (int i = 0; i < cols.size(); i++) {
            width[i] = cols.get(i).length();
        }
        for (Map<String, Object> row : r.rows()) {
            List<String> line = new ArrayList<>();
            for (int i = 0; i < cols.size(); i++) {
                String c = cell(row.get(cols.get(i))).replace('\n', ' ');
                if (c.length() > 80) {
                    c = c.substring(0, 77) + "...";
                }
                width[i] = Math.max(width[i], c.length());
                line.add(c);
            }
            cells.add(line);
        }
        StringBuilder b = new StringBuilder();
        appendLine(b, cols, width);
        List<String> rule = new ArrayList<>();
        for (int w : width) {
            rule.add("-".repeat(w));
        }
        appendLine(b, rule, width);
        cells.forEach(line -> appendLine(b, line, width));
        return b.toString();
    }

    private static void appendLine(StringBuilder b, List<String> cells, int[] width) {
        for (int i = 0; i < cells.size(); i++) {
            b.append(i == 0 ? "" : " | ").append(String.format(Locale.ROOT, "%-" + Math.max(1, width[i]) + "s", cells.get(i)));
        }
        b.append(System.lineSeparator());
    }
}
