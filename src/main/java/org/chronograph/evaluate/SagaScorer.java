package org.chronograph.evaluate;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.chronograph.model.Names;

/**
 * Scores the merged graph of one saga against its gold timeline exactly as ../shared/TIMELINE-FORMAT.md,
 * "Scoring", says: which predicted events fit and may be matched to which real events, one to one (most pairs
 * first, then the best pairs), and the counts that follow.
 */
public final class SagaScorer {

    /** A predicted actor: its name and the other names the graph knows it by. */
    public record Actor(String name, List<String> aliases) {
        public Actor {
            Objects.requireNonNull(name, "name");
            aliases = aliases == null ? List.of() : List.copyOf(aliases);
        }
    }

    /** An event of the graph that cites at least one of the saga's articles. */
    public record Predicted(String id, String type, String date, String status, String place, List<Actor> actors,
                            Set<String> articles, List<String> actsOn) {
        public Predicted {
            Objects.requireNonNull(id, "id");
            Objects.requireNonNull(type, "type");
            actors = actors == null ? List.of() : List.copyOf(actors);
            articles = articles == null ? Set.of() : Set.copyOf(articles);
            actsOn = actsOn == null ? List.of() : List.copyOf(actsOn);
        }
    }

    /** The scores of one saga, or of several summed. */
    public record SagaScore(String saga, int realEvents, int predicted, int matched, int duplicates, int missed,
                            int spurious, int datedMatched, int dateExact, int statusCorrect, int actsLinked,
                            int actsTotal, int fullyMerged, int multiArticleEntries, List<String> explain) {

        public SagaScore {
            explain = explain == null ? List.of() : List.copyOf(explain);
        }

        public double precision() {
            return predicted == 0 ? 0 : (double) matched / predicted;
        }

        public double recall() {
            return realEvents == 0 ? 0 : (double) matched / realEvents;
        }

        public double f1() {
            double p = precision();
            double r = recall();
            return p + r == 0 ? 0 : 2 * p * r / (p + r);
        }

        /** Sums the counts of several sagas. */
        public static SagaScore sum(String name, List<SagaScore> all) {
            int[] t = new int[13];
            for (SagaScore s : all) {
                int[] v = {s.realEvents, s.predicted, s.matched, s.duplicates, s.missed, s.spurious, s.datedMatched,
                        s.dateExact, s.statusCorrect, s.actsLinked, s.actsTotal, s.fullyMerged, s.multiArticleEntries};
                for (int i = 0; i < t.length; i++) {
                    t[i] += v[i];
                }
            }
            return new SagaScore(name, t[0], t[1], t[2], t[3], t[4], t[5], t[6], t[7], t[8], t[9], t[10], t[11],
                    t[12], List.of());
        }

        /** The keys of TIMELINE-FORMAT.md's JSON object (without "sagas" and "per_saga"). */
        public Map<String, Object> toJson() {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("saga", saga);
            m.put("real_events", realEvents);
            m.put("predicted", predicted);
            m.put("matched", matched);
            m.put("precision", round(precision()));
            m.put("recall", round(recall()));
            m.put("f1", round(f1()));
            m.put("duplicates", duplicates);
            m.put("missed", missed);
            m.put("spurious", spurious);
            m.put("date_exact", dateExact);
            m.put("dated_matched", datedMatched);
            m.put("status_correct", statusCorrect);
            m.put("acts_linked", actsLinked);
            m.put("acts_total", actsTotal);
            m.put("fully_merged", fullyMerged);
            m.put("multi_article_entries", multiArticleEntries);
            return m;
        }

        private static double round(double x) {
            return Math.round(x * 1000) / 1000.0;
        }
    }

    private final Saga saga;
    private final Map<String, Set<String>> goldForms = new HashMap<>();

    private SagaScorer(Saga saga) {
        this.saga = saga;
        saga.actors().forEach((name, a) -> {
            Set<String> forms = new HashSet<>();
            forms.add(Names.normalize(name));
            a.aliases().forEach(x -> forms.add(Names.normalize(x)));
            forms.remove("");
            goldForms.put(name, forms);
        });
    }

    public static SagaScore score(Saga saga, List<Predicted> predicted) {
        return new SagaScorer(saga).score(predicted);
    }

    private SagaScore score(List<Predicted> preds) {
        List<Saga.Entry> gold = saga.events();
        int n = preds.size();
        int m = gold.size();
        boolean[][] fits = new boolean[n][m];
        int[][] shared = new int[n][m];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < m; j++) {
                shared[i][j] = sharedActors(preds.get(i), gold.get(j));
                fits[i][j] = fits(preds.get(i), gold.get(j), shared[i][j]);
            }
        }
        // rule 2: matchable when it also cites an article that reports the entry, and only among the fitting
        // entries that share the most actors with it; weighted so that the most pairs come first, then the best
        long[][] weight = new long[n][m];
        // one more pair must outweigh any difference in quality over all pairs: most pairs first, then the best
        long onePair = 200_000_000L * (Math.min(n, m) + 1);
        for (int i = 0; i < n; i++) {
            boolean[] matchable = new boolean[m];
            int most = 0;
            for (int j = 0; j < m; j++) {
                matchable[j] = fits[i][j] && citesReport(preds.get(i), gold.get(j));
                if (matchable[j]) {
                    most = Math.max(most, shared[i][j]);
                }
            }
            for (int j = 0; j < m; j++) {
                if (matchable[j] && shared[i][j] == most) {
                    weight[i][j] = onePair + quality(preds.get(i), gold.get(j), shared[i][j]);
                }
            }
        }
        int[] pairOf = Assignment.maximumWeight(weight, n, m);
        List<String> explain = new ArrayList<>();
        int[] predOf = new int[m];
        java.util.Arrays.fill(predOf, -1);
        int matched = 0;
        int dated = 0;
        int dateExact = 0;
        int statusCorrect = 0;
        for (int i = 0; i < n; i++) {
            int j = pairOf[i];
            if (j < 0) {
                continue;
            }
            predOf[j] = i;
            matched++;
            Predicted p = preds.get(i);
            Saga.Entry g = gold.get(j);
            boolean exact = false;
            if (g.date() != null) {
                dated++;
                exact = dateExact(p.date(), g);
                dateExact += exact ? 1 : 0;
            }
            boolean status = Objects.equals(p.status(), g.status()) || g.statusAlso().contains(p.status());
            statusCorrect += status ? 1 : 0;
            explain.add(String.format(Locale.ROOT, "pair      %-28s %s %s %s  <- %s %s %s%s", g.id(), g.type(),
                    g.date(), g.status(), p.type(), p.date(), p.status(), describe(p))
                    + (g.date() != null && !exact ? "  (date)" : "") + (status ? "" : "  (status)"));
        }
        int duplicates = 0;
        for (int i = 0; i < n; i++) {
            if (pairOf[i] >= 0) {
                continue;
            }
            Predicted p = preds.get(i);
            int copyOf = -1;
            for (int j = 0; j < m; j++) {
                if (fits[i][j] && predOf[j] >= 0) {
                    copyOf = j;
                    break;
                }
            }
            if (copyOf >= 0) {
                duplicates++;
                explain.add("duplicate " + gold.get(copyOf).id() + "  <- " + p.type() + " " + p.date() + " "
                        + p.status() + describe(p));
            } else {
                explain.add("spurious  " + p.type() + " " + p.date() + " " + p.status() + describe(p));
            }
        }
        for (int j = 0; j < m; j++) {
            if (predOf[j] < 0) {
                Saga.Entry g = gold.get(j);
                explain.add("missed    " + g.id() + " " + g.type() + " " + g.actors() + " " + g.date() + " "
                        + g.status() + " " + g.reportedBy());
            }
        }
        Map<String, Integer> index = new HashMap<>();
        for (int j = 0; j < m; j++) {
            index.put(gold.get(j).id(), j);
        }
        int actsTotal = 0;
        int actsLinked = 0;
        for (int j = 0; j < m; j++) {
            Saga.Entry act = gold.get(j);
            if (act.actsOn() == null) {
                continue;
            }
            actsTotal++;
            boolean linked = false;
            if (predOf[j] >= 0) {
                List<String> targets = new ArrayList<>();
                targets.add(act.actsOn());
                targets.addAll(act.actsOnAlso());
                for (String t : targets) {
                    Integer tj = index.get(t);
                    if (tj != null && predOf[tj] >= 0
                            && preds.get(predOf[j]).actsOn().contains(preds.get(predOf[tj]).id())) {
                        linked = true;
                    }
                }
            }
            actsLinked += linked ? 1 : 0;
            explain.add("act       " + act.id() + " -> " + act.actsOn() + (linked ? "  linked" : predOf[j] < 0
                    ? "  (act not matched)" : index.get(act.actsOn()) == null || predOf[index.get(act.actsOn())] < 0
                    ? "  (target not matched)" : "  NOT linked"));
        }
        int multi = 0;
        int fullyMerged = 0;
        for (int j = 0; j < m; j++) {
            List<String> reportedBy = gold.get(j).reportedBy();
            if (reportedBy.size() < 2) {
                continue;
            }
            multi++;
            if (predOf[j] >= 0 && preds.get(predOf[j]).articles().containsAll(reportedBy)) {
                fullyMerged++;
            } else if (predOf[j] >= 0) {
                explain.add("unmerged  " + gold.get(j).id() + " reported by " + reportedBy + ", matched event cites "
                        + preds.get(predOf[j]).articles().stream().sorted().toList());
            }
        }
        return new SagaScore(saga.saga(), m, n, matched, duplicates, m - matched, n - matched - duplicates, dated,
                dateExact, statusCorrect, actsLinked, actsTotal, fullyMerged, multi, explain);
    }

    private static String describe(Predicted p) {
        return " " + p.actors().stream().map(Actor::name).toList() + (p.place() == null ? "" : " at " + p.place())
                + " " + p.articles().stream().sorted().toList() + " " + p.id();
    }

    /** Rule 1: same type (POSTPONE counts as CANCEL), one actor in common, compatible dates. */
    private boolean fits(Predicted p, Saga.Entry g, int sharedActors) {
        if (!type(p.type()).equals(type(g.type())) || sharedActors == 0) {
            return false;
        }
        if (p.date() == null || g.date() == null && g.dateAlso().isEmpty()) {
            return true;
        }
        List<String> accepted = new ArrayList<>();
        if (g.date() != null) {
            accepted.add(g.date());
        }
        accepted.addAll(g.dateAlso());
        return accepted.stream().anyMatch(d -> compatible(p.date(), d));
    }

    private static String type(String t) {
        return "POSTPONE".equals(t) ? "CANCEL" : t;
    }

    /** Equal at the coarser precision: "2018-06" and "2018-06-12". */
    static boolean compatible(String a, String b) {
        return a.length() <= b.length() ? b.startsWith(a) : a.startsWith(b);
    }

    /** The predicted date agrees at the gold precision and is at least as precise (date_also accepted). */
    private static boolean dateExact(String predicted, Saga.Entry g) {
        if (predicted == null) {
            return false;
        }
        List<String> accepted = new ArrayList<>();
        accepted.add(g.date());
        accepted.addAll(g.dateAlso());
        return accepted.stream().anyMatch(d -> predicted.length() >= d.length() && predicted.startsWith(d));
    }

    private boolean citesReport(Predicted p, Saga.Entry g) {
        return g.reportedBy().stream().anyMatch(p.articles()::contains);
    }

    /** How many of the entry's actors some predicted actor matches (names normalised, via the alias table). */
    private int sharedActors(Predicted p, Saga.Entry g) {
        int n = 0;
        for (String goldActor : g.actors()) {
            Set<String> forms = goldForms.getOrDefault(goldActor, Set.of(Names.normalize(goldActor)));
            boolean any = p.actors().stream().anyMatch(a -> forms.contains(Names.normalize(a.name()))
                    || a.aliases().stream().anyMatch(x -> forms.contains(Names.normalize(x))));
            n += any ? 1 : 0;
        }
        return n;
    }

    /** The best pairs: shared articles, place, exact date, equal status, shared actors, in that order. */
    private long quality(Predicted p, Saga.Entry g, int sharedActors) {
        long articles = g.reportedBy().stream().filter(p.articles()::contains).count();
        boolean place = p.place() != null && g.place() != null
                && Names.normalize(p.place()).equals(Names.normalize(g.place()));
        boolean exact = g.date() != null && dateExact(p.date(), g);
        boolean status = Objects.equals(p.status(), g.status());
        return Math.min(articles, 99) * 1_000_000L + (place ? 100_000 : 0) + (exact ? 10_000 : 0)
                + (status ? 1_000 : 0) + Math.min(sharedActors, 999);
    }
}
