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
    public record ArticleScore(String article, Score events, Score statements, Score actors) {
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
        return new ArticleScore(article, events(x, gold, actorForms, goldForms),
                statements(x, gold, actorForms, goldForms), actors(x, gold, actorForms, goldForms));
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
                                Map<String, Set<String>> goldForms) {
        List<Actor> pred = x.actors();
        List<Gold.GoldActor> gs = gold.actors();
        boolean[][] ok = new boolean[pred.size()][gs.size()];
        for (int i = 0; i < pred.size(); i++) {
            for (int j = 0; j < gs.size(); j++) {
                ok[i][j] = matches(actorForms.get(pred.get(i).id()), gs.get(j).name(), goldForms);
            }
        }
        int tp = maximumMatching(ok, pred.size(), gs.size());
        return new Score(tp, pred.size() - tp, gs.size() - tp, null, null, 0, 0, 0);
    }

    private static Score events(Extraction x, Gold gold, Map<String, Set<String>> actorForms,
                                Map<String, Set<String>> goldForms) {
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
        }
        return new Score(tp, pred.size() - tp, gs.size() - tp,
                dateTotal == 0 ? 0.0 : (double) dateOk / dateTotal, tp == 0 ? 0.0 : (double) statusOk / tp,
                dateOk, dateTotal, statusOk);
    }

    /** Gold 2018-05 accepts 2018-05-26; gold 2018-05-26 does not accept 2018-05. */
    static boolean dateMatches(String predicted, String gold) {
        if (gold == null) {
            return predicted == null;
        }
        return predicted != null && predicted.startsWith(gold);
    }

    private static Score statements(Extraction x, Gold gold, Map<String, Set<String>> actorForms,
                                    Map<String, Set<String>> goldForms) {
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
        int tp = maximumMatching(ok, pred.size(), gs.size());
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

    /** Size of a maximum one-to-one matching (Kuhn's augmenting paths). */
    static int maximumMatching(boolean[][] ok, int left, int right) {
        int[] matchOfRight = new int[right];
        Arrays.fill(matchOfRight, -1);
        int size = 0;
        for (int l = 0; l < left; l++) {
            if (augment(l, ok, matchOfRight, new boolean[right])) {
                size++;
            }
        }
        return size;
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
