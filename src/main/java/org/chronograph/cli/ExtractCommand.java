package org.chronograph.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.Callable;
import org.chronograph.ingest.ArticleBatch;
import org.chronograph.ingest.ArticleReader;
import org.chronograph.ingest.Skipped;
import org.chronograph.model.Actor;
import org.chronograph.model.Article;
import org.chronograph.model.Event;
import org.chronograph.model.Extraction;
import org.chronograph.model.Statement;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** Prints what the extractor finds in articles, without touching a database. */
@Command(name = "extract", mixinStandardHelpOptions = true,
        description = "Print the actors, events and statements found in articles (no database needed).")
final class ExtractCommand implements Callable<Integer> {

    @Parameters(arity = "1..*", paramLabel = "FILE", description = "Article files or folders.")
    List<Path> files;

    @Option(names = "--published", paramLabel = "YYYY-MM-DD", description = "Publication date for articles that give none.")
    LocalDate published;

    @Option(names = "--format", defaultValue = "text", description = "text or json (default: ${DEFAULT-VALUE}).")
    Format format;

    enum Format { text, json }

    @Override
    public Integer call() throws Exception {
        ArticleBatch batch = new ArticleReader(published).read(files);
        reportSkipped(batch.skipped());
        Pipeline pipeline = new Pipeline();
        ObjectMapper json = new ObjectMapper().registerModule(new JavaTimeModule())
                .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS).enable(SerializationFeature.INDENT_OUTPUT);
        for (Article a : batch.articles()) {
            Extraction x = pipeline.extract(a);
            if (format == Format.json) {
                System.out.println(json.writeValueAsString(x));
            } else {
                print(x);
            }
        }
        return batch.skipped().isEmpty() ? Chronograph.OK : Chronograph.FAILURE;
    }

    private static void print(Extraction x) {
        System.out.println("# " + x.article().id() + " (published " + x.article().published() + ")");
        System.out.println("actors:");
        for (Actor a : x.actors()) {
            System.out.println("  " + a.type() + " " + a.name() + "  aliases=" + a.aliases()
                    + (a.role() != null ? "  role=" + a.role() : "") + (a.country() != null ? "  country=" + a.country() : ""));
        }
        System.out.println("events:");
        for (Event e : x.events()) {
            System.out.println("  " + e.type() + " [" + e.status().label() + "] " + e.date() + " '" + e.trigger() + "' "
                    + e.participants().stream().map(p -> p.actorId()).toList()
                    + (e.place() != null ? " at " + e.place() : "")
                    + (e.target() != null ? " -> " + e.target() + (e.targetId() != null ? " (" + e.targetId() + ")" : "") : "")
                    + "\n      " + e.evidence().begin() + ": " + e.evidence().text().replace('\n', ' '));
        }
        System.out.println("statements:");
        for (Statement s : x.statements()) {
            System.out.println("  " + s.speakerId() + " [" + (s.channel() == null ? "-" : s.channel().label()) + ", "
                    + s.date() + "] \"" + s.text() + "\" @" + s.begin());
        }
    }

    static void reportSkipped(List<Skipped> skipped) {
        skipped.forEach(s -> System.err.println("skipped " + s));
    }
}
