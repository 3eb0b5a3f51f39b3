package org.chronograph.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.chronograph.evaluate.Evaluation;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** Scores the extractor against gold annotations (../shared/GOLD-FORMAT.md). */
@Command(name = "evaluate", mixinStandardHelpOptions = true,
        description = {"Score the extractor against gold files: a table per article and micro-averaged.",
                "With --timelines DIR: ingest each saga of DIR into a fresh store and score the merged graph against"
                        + " its gold timeline (../shared/TIMELINE-FORMAT.md): a table per saga and summed."})
final class EvaluateCommand implements Callable<Integer> {

    @Option(names = "--articles", paramLabel = "DIR", description = "Folder of articles (with --timelines: default"
            + " the articles folder beside it).")
    Path articles;

    @Option(names = "--gold", paramLabel = "DIR", description = "Folder of gold files (same base names).")
    Path gold;

    @Option(names = "--timelines", paramLabel = "DIR", description = "Folder of gold timelines (one saga per .json file):"
            + " score the merged graph of each saga instead of each article's extraction.")
    Path timelines;

    @Option(names = "--json", description = "Print the JSON object of GOLD-FORMAT.md instead of a table.")
    boolean json;

    @Option(names = "--explain", description = "After the table, list per article every missed, spurious and"
            + " mis-dated item (FN = in gold only, FP = extracted only, ~ = matched with another date or status).")
    boolean explain;

    @Option(names = "--nlp", paramLabel = "KEY=VALUE", description = "Change a CoreNLP property for this run, to"
            + " measure what another setting costs and buys, e.g. --nlp annotators=tokenize,ssplit,pos,lemma,ner,"
            + "depparse,coref,quote --nlp coref.algorithm=statistical. Repeatable.")
    java.util.Map<String, String> nlp = new java.util.LinkedHashMap<>();

    @Override
    public Integer call() throws Exception {
        if (timelines != null) {
            return sagas();
        }
        if (articles == null || gold == null) {
            System.err.println("chronograph evaluate: give --articles DIR and --gold DIR, or --timelines DIR");
            return Chronograph.USAGE;
        }
        for (Path p : new Path[] {articles, gold}) {
            if (!Files.isDirectory(p)) {
                System.err.println("chronograph evaluate: " + p + " is not a folder");
                return Chronograph.USAGE;
            }
        }
        Pipeline pipeline = new Pipeline(nlp);
        Evaluation.Result r = Evaluation.run(articles, gold, pipeline::extract);
        System.err.println(pipeline.timing());
        ExtractCommand.reportSkipped(r.skipped());
        if (json) {
            System.out.println(new ObjectMapper().writerWithDefaultPrettyPrinter().writeValueAsString(Evaluation.toJson(r)));
        } else {
            System.out.print(Evaluation.toTable(r));
            if (explain) {
                for (var s : r.perArticle()) {
                    System.out.println();
                    System.out.println("== " + s.article());
                    s.differences().forEach(d -> System.out.println("  " + d));
                }
            }
        }
        return r.skipped().isEmpty() ? Chronograph.OK : Chronograph.FAILURE;
    }

    private int sagas() throws Exception {
        Path articleDir = articles != null ? articles
                : timelines.toAbsolutePath().normalize().resolveSibling("articles");
        for (Path p : new Path[] {timelines, articleDir}) {
            if (!Files.isDirectory(p)) {
                System.err.println("chronograph evaluate: " + p + " is not a folder"
                        + (p == articleDir && articles == null ? " (the articles beside --timelines; give --articles DIR)" : ""));
                return Chronograph.USAGE;
            }
        }
        Pipeline pipeline = new Pipeline(nlp);
        TimelineEvaluation.Result r = TimelineEvaluation.run(timelines, articleDir, pipeline, System.err::println);
        r.problems().forEach(p -> System.err.println("chronograph evaluate: " + p));
        if (json) {
            System.out.println(new ObjectMapper().writerWithDefaultPrettyPrinter()
                    .writeValueAsString(TimelineEvaluation.json(r)));
        } else {
            System.out.print(TimelineEvaluation.table(r, explain));
        }
        return r.problems().isEmpty() ? Chronograph.OK : Chronograph.FAILURE;
    }
}
