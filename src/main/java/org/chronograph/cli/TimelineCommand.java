package org.chronograph.cli;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.Callable;
import org.chronograph.graph.GraphStore;
import org.chronograph.model.EventStatus;
import org.chronograph.model.EventType;
import org.chronograph.model.PartialDate;
import org.chronograph.timeline.Timeline;
import org.chronograph.timeline.TimelineEntry;
import org.chronograph.timeline.TimelineFilter;
import org.chronograph.timeline.TimelineWriter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** Exports the timeline from the graph, filtered, in the formats other tools read. */
@Command(name = "timeline", mixinStandardHelpOptions = true,
        description = "Export the timeline: date order (then precision, then id), undated entries apart.")
final class TimelineCommand implements Callable<Integer> {

    @Option(names = "--actor", paramLabel = "NAME", description = "Only entries where this actor takes part (repeatable: all must).")
    List<String> actors;

    @Option(names = "--type", paramLabel = "TYPE", split = ",", description = "Only these event types (MEET, CANCEL, ...; repeatable or comma-separated). Leaves out statements.")
    List<String> types;

    @Option(names = "--status", paramLabel = "STATUS", split = ",", description = "Only events in these states (happened, planned, cancelled, hypothetical). Leaves out statements.")
    List<String> statuses;

    @Option(names = "--from", paramLabel = "DATE", description = "Only entries on or after this date: YYYY-MM-DD, YYYY-MM or YYYY.")
    String from;

    @Option(names = "--to", paramLabel = "DATE", description = "Only entries on or before this date: YYYY-MM-DD, YYYY-MM or YYYY.")
    String to;

    @Option(names = "--event", paramLabel = "ID", description = "The whole history of one event: its plans, cancellations, revivals, itself and statements about it.")
    String event;

    @Option(names = "--min-sources", paramLabel = "N", defaultValue = "0", description = "Only events reported by at least N articles.")
    int minSources;

    @Option(names = "--limit", paramLabel = "N", defaultValue = "0", description = "At most N entries (0: all).")
    int limit;

    @Option(names = "--format", defaultValue = "text", description = "text, json, timelinejs, html, csv, markdown or plover (PLOVER event records, one JSON object per line; default: ${DEFAULT-VALUE}).")
    TimelineWriter.Format format;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE", description = "Write to FILE instead of standard output.")
    Path output;

    @Option(names = "--title", defaultValue = "Chronograph timeline", description = "Title of the html, markdown and timelinejs outputs.")
    String title;

    @Mixin
    GraphOptions graph;

    @Override
    public Integer call() throws Exception {
        TimelineFilter filter;
        try {
            filter = new TimelineFilter(actors, enums(types, EventType::valueOf), enums(statuses, EventStatus::fromLabel),
                    date("--from", from), date("--to", to), event, minSources, limit);
        } catch (IllegalArgumentException e) {
            System.err.println("chronograph timeline: " + e.getMessage());
            return Chronograph.USAGE;
        }
        if (output != null) {
            // checked before the store opens: a typo in the folder costs nothing and says what is wrong
            Path folder = output.toAbsolutePath().getParent();
            if (folder != null && !Files.isDirectory(folder)) {
                System.err.println("chronograph timeline: cannot write --output " + output + ": the folder " + folder
                        + (Files.exists(folder) ? " is a file" : " does not exist") + " (create it first)");
                return Chronograph.FAILURE;
            }
            if (Files.isDirectory(output)) {
                System.err.println("chronograph timeline: --output " + output + " is a folder; give a file name in it");
                return Chronograph.FAILURE;
            }
        }
        List<TimelineEntry> entries;
        try (GraphStore store = GraphStore.openExisting(graph.config())) {
            entries = new Timeline(store).entries(filter);
        }
        String out = TimelineWriter.render(entries, format, title);
        if (output == null) {
            System.out.print(out);
            System.out.flush();
        } else {
            Files.writeString(output, out, StandardCharsets.UTF_8);
            System.err.printf(Locale.ROOT, "wrote %d entries to %s%n", entries.size(), output);
        }
        return Chronograph.OK;
    }

    private static PartialDate date(String option, String value) {
        if (value == null) {
            return null;
        }
        try {
            return PartialDate.parse(value);
        } catch (RuntimeException e) {
            throw new IllegalArgumentException(option + " " + value + " is not a date: give YYYY-MM-DD, YYYY-MM or YYYY");
        }
    }

    private static <T> Set<T> enums(List<String> values, java.util.function.Function<String, T> parse) {
        Set<T> out = new LinkedHashSet<>();
        if (values != null) {
            for (String v : values) {
                try {
                    out.add(parse.apply(v.strip().toUpperCase(Locale.ROOT)));
                } catch (IllegalArgumentException e) {
                    throw new IllegalArgumentException("unknown value '" + v + "' for --type or --status");
                }
            }
        }
        return out;
    }
}
