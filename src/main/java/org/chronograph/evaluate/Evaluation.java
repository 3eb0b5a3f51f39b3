package org.chronograph.evaluate;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import org.chronograph.ingest.ArticleBatch;
import org.chronograph.ingest.ArticleReader;
import org.chronograph.ingest.Skipped;
import org.chronograph.model.Article;
import org.chronograph.model.Extraction;

/** Runs an extractor over a folder of articles and scores it against a folder of gold files. */
public final class Evaluation {

    /** The result: one score per article, their micro-average, and the inputs that could not be scored. */
    public record Result(List<Scorer.ArticleScore> perArticle, Score events, Score statements, Score actors,
                         List<Skipped> skipped) {
    }

    private static final ObjectMapper JSON = new ObjectMapper();

    private Evaluation() {
    }

    public static Result run(Path articles, Path goldDir, Function<Article, Extraction> extractor) {
        ArticleBatch batch = new ArticleReader(null).read(List.of(articles));
        List<Skipped> skipped = new ArrayList<>(batch.skipped());
        List<Scorer.ArticleScore> scores = new ArrayList<>();
        Score ev = Score.EVENTS_ZERO;
        Score st = Score.ZERO;
        Score ac = Score.ZERO;
        for (Article a : batch.articles()) {
            Path goldFile = goldDir.resolve(a.id() + ".json");
            if (!Files.isRegularFile(goldFile)) {
                skipped.add(new Skipped(a.origin(), "no gold file " + goldFile));
                continue;
            }
            Gold gold;
            try {
                gold = JSON.readValue(goldFile.toFile(), Gold.class);
            } catch (IOException e) {
                skipped.add(new Skipped(goldFile.toString(), "not a valid gold file: " + e.getMessage()));
                continue;
            }
            Article article = a.published() == null && gold.published() != null
                    ? a.withPublished(LocalDate.parse(gold.published())) : a;
            Extraction x;
            try {
                x = extractor.apply(article);
            } catch (RuntimeException e) {
                skipped.add(new Skipped(a.origin(), "extraction failed: " + e));
                continue;
            }
            Scorer.ArticleScore s = Scorer.score(a.id(), x, gold);
            scores.add(s);
            ev = ev.plus(s.events());
            st = st.plus(s.statements());
            ac = ac.plus(s.actors());
        }
        return new Result(scores, ev, st, ac, skipped);
    }

    /** The JSON object of GOLD-FORMAT.md. */
    public static ObjectNode toJson(Result r) {
        ObjectNode root = JSON.createObjectNode();
        root.put("articles", r.perArticle().size());
        root.set("events", JSON.valueToTree(r.events()));
        root.set("statements", plain(r.statements()));
        root.set("actors", plain(r.actors()));
        ArrayNode per = root.putArray("per_article");
        for (Scorer.ArticleScore s : r.perArticle()) {
            ObjectNode o = per.addObject();
            o.put("article", s.article());
            o.set("events", JSON.valueToTree(s.events()));
            o.set("statements", plain(s.statements()));
            o.set("actors", plain(s.actors()));
        }
        return root;
    }

    private static ObjectNode plain(Score s) {
        ObjectNode o = JSON.createObjectNode();
        o.put("tp", s.tp());
        o.put("fp", s.fp());
        o.put("fn", s.fn());
        o.put("precision", round(s.precision()));
        o.put("recall", round(s.recall()));
        o.put("f1", round(s.f1()));
        return o;
    }

    private static double round(double d) {
        return Math.round(d * 10000) / 10000.0;
    }

    /** A table per article and the micro-average, for the terminal. */
    public static String toTable(Result r) {
        StringBuilder b = new StringBuilder();
        String fmt = "%-44s %5s %5s %5s  %5s %5s %5s  %5s %5s %5s  %5s %5s%n";
        b.append(String.format(Locale.ROOT, fmt, "article", "ev.tp", "fp", "fn", "st.tp", "fp", "fn", "ac.tp", "fp",
                "fn", "date", "stat"));
        for (Scorer.ArticleScore s : r.perArticle()) {
            b.append(row(fmt, s.article(), s.events(), s.statements(), s.actors()));
        }
        b.append(row(fmt, "TOTAL (micro)", r.events(), r.statements(), r.actors()));
        b.append(String.format(Locale.ROOT, "%n%-12s %9s %9s %9s%n", "", "precision", "recall", "F1"));
        for (var e : List.of(List.of("events", r.events()), List.of("statements", r.statements()),
                List.of("actors", r.actors()))) {
            Score s = (Score) e.get(1);
            b.append(String.format(Locale.ROOT, "%-12s %9.3f %9.3f %9.3f%n", e.get(0), s.precision(), s.recall(), s.f1()));
        }
        b.append(String.format(Locale.ROOT, "event date accuracy %.3f, status accuracy %.3f (over %d matched events)%n",
                nz(r.events().dateAccuracy()), nz(r.events().statusAccuracy()), r.events().tp()));
        return b.toString();
    }

    private static double nz(Double d) {
        return d == null ? 0.0 : d;
    }

    private static String row(String fmt, String name, Score e, Score s, Score a) {
        String n = name.length() > 44 ? name.substring(0, 44) : name;
        return String.format(Locale.ROOT, fmt, n, e.tp(), e.fp(), e.fn(), s.tp(), s.fp(), s.fn(), a.tp(), a.fp(), a.fn(),
                e.dateTotal() == 0 ? "-" : e.dateMatches() + "/" + e.dateTotal(),
                e.tp() == 0 ? "-" : e.statusMatches() + "/" + e.tp());
    }
}
