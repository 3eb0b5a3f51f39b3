package org.chronograph.graph;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.neo4j.driver.Record;
import org.neo4j.driver.TransactionContext;

/**
 * One actor per person across articles: a person named by surname only in an article ("Kerry") is counted, for
 * the event merge, as the one full-name person of the graph with that surname ("John Kerry"), when there is
 * exactly one and their countries do not disagree; with none or several it stays itself. The decision is made
 * again for a surname whenever a person of that surname is written, so the result depends only on the persons
 * stored, not on the order articles came in. The mention keeps the person as extracted ({@code surfaceActorIds});
 * its {@code actorIds} name the person it is; statements keep their speaker as written. Names whose family name
 * comes first ("Kim Jong Un", "Mr Kim") are not joined: the surname is taken as the last word.
 */
final class Surnames {

    private Surnames() {
    }

    /** The surname of a person id: its last word ("person:john-kerry" → "kerry"). */
    static String surname(String personId) {
        String slug = personId.substring(personId.indexOf(':') + 1);
        return slug.substring(slug.lastIndexOf('-') + 1);
    }

    /**
     * Decides the surname-only persons of these surnames and rewrites the mentions naming them; the ids of the
     * mentions whose actors changed are added to {@code changed}, and the actors they named before to
     * {@code changedFrom}, so that the merge decides them again.
     */
    static void resolve(TransactionContext tx, Set<String> surnames, Set<String> changed, Set<String> changedFrom) {
        if (surnames.isEmpty()) {
            return;
        }
        Map<String, List<Record>> bySurname = new TreeMap<>();
        for (Record r : Cypher.run(tx, "merge/surname-persons.cypher", Map.of("surnames", List.copyOf(new TreeSet<>(surnames))))) {
            bySurname.computeIfAbsent(r.get("surname").asString(), k -> new ArrayList<>()).add(r);
        }
        Map<String, String> canonical = new HashMap<>(); // surname-only person -> the person it counts as
        List<Map<String, Object>> links = new ArrayList<>();
        for (var e : bySurname.entrySet()) {
            String only = "person:" + e.getKey();
            Record k = e.getValue().stream().filter(r -> r.get("id").asString().equals(only)).findFirst().orElse(null);
            if (k == null) {
                continue;
            }
            List<Record> full = e.getValue().stream().filter(r -> !r.get("id").asString().equals(only)).toList();
            String to = only;
            if (full.size() == 1) {
                String kc = k.get("country").asString(null);
                String fc = full.get(0).get("country").asString(null);
                if (kc == null || fc == null || kc.equals(fc)) {
                    to = full.get(0).get("id").asString();
                    links.add(Map.of("from", only, "to", to));
                }
            }
            canonical.put(only, to);
        }
        if (canonical.isEmpty()) {
            return;
        }
        Cypher.run(tx, "merge/same-as.cypher", Map.of("persons", List.copyOf(canonical.keySet()), "links", links));
        List<Map<String, Object>> updates = new ArrayList<>();
        for (Record r : Cypher.run(tx, "merge/surname-mentions.cypher", Map.of("actorIds", List.copyOf(canonical.keySet())))) {
            List<String> surface = r.get("surface").asList(org.neo4j.driver.Value::asString);
            List<String> now = r.get("actorIds").asList(org.neo4j.driver.Value::asString);
            // position by position (roles[i] stays the role of actorIds[i]); persons not decided now keep theirs
            List<String> next = new ArrayList<>();
            for (int i = 0; i < surface.size(); i++) {
                String id = surface.get(i);
                next.add(canonical.containsKey(id) ? canonical.get(id) : i < now.size() ? now.get(i) : id);
            }
            if (!next.equals(now)) {
                updates.add(Map.of("id", r.get("id").asString(), "actorIds", next));
                changed.add(r.get("id").asString());
                changedFrom.addAll(now);
            }
        }
        if (!updates.isEmpty()) {
            Cypher.run(tx, "merge/set-mention-actors.cypher", Map.of("mentions", updates));
        }
    }
}
