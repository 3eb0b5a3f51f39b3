package org.chronograph.cli;

import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.Callable;
import org.chronograph.graph.GraphStore;
import org.chronograph.timeline.Timeline;
import org.chronograph.timeline.TimelineFilter;
import org.chronograph.timeline.TimelineWriter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** Prints the timeline from the graph, oldest first. */
@Command(name = "timeline", mixinStandardHelpOptions = true, description = "Print the timeline, oldest first.")
final class TimelineCommand implements Callable<Integer> {

    @Option(names = "--actor", paramLabel = "NAME", description = "Only entries where this actor takes part (repeatable: all must).")
    List<String> actors;

    @Option(names = "--from", paramLabel = "YYYY-MM-DD", description = "Only entries on or after this date.")
    LocalDate from;

    @Option(names = "--to", paramLabel = "YYYY-MM-DD", description = "Only entries on or before this date.")
    LocalDate to;

    @Option(names = "--format", defaultValue = "text", description = "text or json (default: ${DEFAULT-VALUE}).")
    TimelineWriter.Format format;

    @Mixin
    GraphOptions graph;

    @Override
    public Integer call() throws Exception {
        TimelineFilter filter = new TimelineFilter(actors, from, to);
        try (GraphStore store = GraphStore.open(graph.config())) {
            TimelineWriter.write(new Timeline(store).entries(filter), format, System.out);
        }
        return Chronograph.OK;
    }
}
