package org.chronograph.evaluate;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.chronograph.model.Actor;
import org.chronograph.model.Event;
import org.chronograph.model.Extraction;
import org.chronograph.model.Names;
import org.chronograph.model.Participant;
import org.chronograph.model.Statement;

/** Scores one extraction against its gold file exactly as ../shared/GOLD-FORMAT.md, "Scoring", says. */
public final class Scorer {

    /** Scores of one article. */
    public record ArticleScore(String article, Score events, Score statements, Score actors,
                               List<String> differences) {
        public ArticleScore {
            differences = List.copyOf(differences);
        }
    }

    private Scorer() {
    }

    public static ArticleScore score(String article, Extraction x, Gold gold) {
        Map<String, Set<String>> actorForms = new HashMap<>();
        for (Actor a : x.actors()) {
            actorForms.put(a.id(), forms(a.name(), a.aliases()));
        }
        Map<String, Set<String>> goldForms = new HashMap<>();
        for (Gold.GoldActor g : gold.actors()) {
            goldForms.put(g.name(), forms(g.name(), g.aliases()));
        }
        List<String> diff = new ArrayList<>();
        Map<String, String> names = new HashMap<>();
        x.actors().forEach(a -> names.put(a.id(), a.name()));
        return new ArticleScore(article, events(x, gold, actorForms, goldForms, names, diff),
                statements(x, gold, actorForms, goldForms, names, diff),
                actors(x, gold, actorForms, goldForms, diff), diff);
    }

    private static Set<String> forms(String name, List<String> aliases) {
        Set<String> out = new HashSet<>();
        out.add(Names.normalize(name));
        aliases.forEach(a -> out.add(Names.normalize(a)));
        out.remove("");
        return out;
    }

    /** Rule 1: a predicted actor matches a gold actor when any normalised form of one equals one of the other. */
    private static boolean matches(Set<String> predicted, String goldName, Map<String, Set<String>> goldForms) {
        Set<String> g = goldForms.getOrDefault(goldName, Set.of(Names.normalize(goldName)));
        return predicted != null && predicted.stream().anyMatch(g::contains);
    }

    private static Score actors(Extraction x, Gold gold, Map<String, Set<String>> actorForms,
                                Map<String, Set<String>> goldForms, List<String> diff) {
        List<Actor> pred = x.actors();
        List<Gold.GoldActor> gs = gold.actors();
        boolean[][] ok = new boolean[pred.size()][gs.size()];
        for (int i = 0; i < pred.size(); i++) {
            for (int j = 0; j < gs.size(); j++) {
                ok[i][j] = matches(actorForms.get(pred.get(i).id()), gs.get(j).name(), goldForms);
            }
        }
        int[] match = maximumMatching(ok, pred.size(), gs.size());
        int tp = matched(match);
        unmatchedLeft(match, pred.size()).forEach(i -> diff.add("actor FP    " + pred.get(i).name()
                + " (" + pred.get(i).type() + ")"));
        unmatchedRight(match).forEach(j -> diff.add("actor FN    " + gs.get(j).name() + " (" + gs.get(j).type() + ")"));
        return new Score(tp, pred.size() - tp, gs.size() - tp, null, null, 0, 0, 0);
    }

    private static Score events(Extraction x, Gold gold, Map<String, Set<String>> actorForms,
                                Map<String, Set<String>> goldForms, Map<String, String> names, List<String> diff) {
        List<Event> pred = x.events();
        List<Gold.GoldEvent> gs = gold.events();
        record Pair(int p, int g, boolean date, boolean status) {
        }
        List<Pair> pairs = new ArrayList<>();
        for (int i = 0; i < pred.size(); i++) {
            Event e = pred.get(i);
            for (int j = 0; j < gs.size(); j++) {
                Gold.GoldEvent g = gs.get(j);
                if (!e.type().name().equals(g.type())) {
                    continue;
                }
                boolean actor = false;
                for (Participant p : e.participants()) {
                    for (String ga : g.actors()) {
                        actor |= matches(actorForms.get(p.actorId()), ga, goldForms);
                    }
                }
                if (actor) {
                    pairs.add(new Pair(i, j, dateMatches(e.date() == null ? null : e.date().value(), g.date()),
                            e.status().label().equals(g.status())));
                }
            }
        }
        pairs.sort(Comparator.comparing((Pair p) -> !p.date()).thenComparing(p -> !p.status())
                .thenComparingInt(Pair::g).thenComparingInt(Pair::p));
        boolean[] usedP = new boolean[pred.size()];
        boolean[] usedG = new boolean[gs.size()];
        int tp = 0;
        int dateTotal = 0;
        int dateOk = 0;
        int statusOk = 0;
        for (Pair p : pairs) {
            if (usedP[p.p()] || usedG[p.g()]) {
                continue;
            }
            usedP[p.p()] = true;
            usedG[p.g()] = true;
            tp++;
            if (gs.get(p.g()).date() != null) {
                dateTotal++;
                dateOk += p.date() ? 1 : 0;
            }
            statusOk += p.status() ? 1 : 0;
            Event e = pred.get(p.p());
            Gold.GoldEvent g = gs.get(p.g());
            if (g.date() != null && !p.date() || !p.status()) {
                diff.add("event ~     " + describe(e, names) + "  gold: " + g.date() + " " + g.status());
            }
        }
        for (int i = 0; i < pred.size(); i++) {
            if (!usedP[i]) {
                diff.add("event FP    " + describe(pred.get(i), names) + "  | " + pred.get(i).evidence().text());
            }
        }
        for (int j = 0; j < gs.size(); j++) {
            if (!usedG[j]) {
                Gold.GoldEvent g = gs.get(j);
                diff.add("event FN    " + g.type() + " " + g.actors() + " " + g.date() + " " + g.status()
                        + "  | " + g.sentence());
            }
        }
        return new Score(tp, pred.size() - tp, gs.size() - tp,
                dateTotal == 0 ? 0.0 : (double) dateOk / dateTotal, tp == 0 ? 0.0 : (double) statusOk / tp,
                dateOk, dateTotal, statusOk);
    }

    private static String describe(Event e, Map<String, String> names) {
        return e.type() + " " + e.participants().stream().map(p -> names.getOrDefault(p.actorId(), p.actorId())).toList()
                + " " + (e.date() == null ? null : e.date().value()) + " " + e.status().label();
    }

    /** Gold 2018-05 accepts 2018-05-26; gold 2018-05-26 does not accept 2018-05. */
    static boolean dateMatches(String predicted, String gold) {
        if (gold == null) {
            return predicted == null;
        }
        return predicted != null && predicted.startsWith(gold);
    }

    private static Score statements(Extraction x, Gold gold, Map<String, Set<String>> actorForms,
                                    Map<String, Set<String>> goldForms, Map<String, String> names,
                                    List<String> diff) {
        List<Statement> pred = x.statements();
        List<Gold.GoldStatement> gs = gold.statements();
        boolean[][] ok = new boolean[pred.size()][gs.size()];
        for (int i = 0; i < pred.size(); i++) {
            Statement s = pred.get(i);
            for (int j = 0; j < gs.size(); j++) {
                Gold.GoldStatement g = gs.get(j);
                ok[i][j] = matches(actorForms.get(s.speakerId()), g.speaker(), goldForms)
                        && overlap(s.text(), g.quote()) >= 0.6;
            }
        }
        int[] match = maximumMatching(ok, pred.size(), gs.size());
        int tp = matched(match);
        unmatchedLeft(match, pred.size()).forEach(i -> diff.add("statement FP " + names.get(pred.get(i).speakerId())
                + ": \"" + pred.get(i).text() + "\""));
        unmatchedRight(match).forEach(j -> diff.add("statement FN " + gs.get(j).speaker() + ": \""
                + gs.get(j).quote() + "\""));
        return new Score(tp, pred.size() - tp, gs.size() - tp, null, null, 0, 0, 0);
    }

    /** |A ∩ B| / min(|A|, |B|) over sets of normalised word tokens. */
    static double overlap(String a, String b) {
        Set<String> sa = new HashSet<>(Arrays.asList(Names.normalize(a).split(" ")));
        Set<String> sb = new HashSet<>(Arrays.asList(Names.normalize(b).split(" ")));
        sa.remove("");
        sb.remove("");
        if (sa.isEmpty() || sb.isEmpty()) {
            return 0;
        }
        int min = Math.min(sa.size(), sb.size());
        sa.retainAll(sb);
        return (double) sa.size() / min;
    }

    /**
     * A maximum one-to-one matching (Kuhn's augmenting paths): for each right-hand item the index of its
     * left-hand partner, or -1.
     */
    static int[] maximumMatching(boolean[][] ok, int left, int right) {
        int[] matchOfRight = new int[right];
        Arrays.fill(matchOfRight, -1);
        for (int l = 0; l < left; l++) {
            augment(l, ok, matchOfRight, new boolean[right]);
        }
        return matchOfRight;
    }

    static int matched(int[] matchOfRight) {
        return (int) Arrays.stream(matchOfRight).filter(l -> l >= 0).count();
    }

    private static List<Integer> unmatchedLeft(int[] matchOfRight, int left) {
        Set<Integer> used = new HashSet<>();
        Arrays.stream(matchOfRight).forEach(used::add);
        return java.util.stream.IntStream.range(0, left).filter(i -> !used.contains(i)).boxed().toList();
    }

    private static List<Integer> unmatchedRight(int[] matchOfRight) {
        return java.util.stream.IntStream.range(0, matchOfRight.length).filter(j -> matchOfRight[j] < 0).boxed().toList();
    }

    private static boolean augment(int l, boolean[][] ok, int[] matchOfRight, boolean[] seen) {
        for (int r = 0; r < matchOfRight.length; r++) {
            if (ok[l][r] && !seen[r]) {
                seen[r] = true;
                if (matchOfRight[r] < 0 || augment(matchOfRight[r], ok, matchOfRight, seen)) {
                    matchOfRight[r] = l;
                    return true;
                }
            }
        }
        return false;
    }
}
