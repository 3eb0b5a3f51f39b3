package org.chronograph.graph;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.neo4j.driver.Record;
import org.neo4j.driver.Value;
import org.neo4j.driver.types.Node;
import org.neo4j.driver.types.Path;
import org.neo4j.driver.types.Relationship;

/**
 * The rows of a query as plain Java values (strings, numbers, booleans, lists, maps, null), so that any query
 * can be printed as a table, JSON or CSV: nodes become their properties with {@code _labels}, relationships
 * their properties with {@code _type}, temporal values their ISO text.
 */
public record QueryResult(List<String> columns, List<Map<String, Object>> rows) {

    public QueryResult {
        columns = List.copyOf(columns);
        rows = List.copyOf(rows);
    }

    static QueryResult of(List<String> keys, List<Record> records) {
        List<Map<String, Object>> rows = new ArrayList<>();
        for (Record r : records) {
            Map<String, Object> row = new LinkedHashMap<>();
            for (String k : keys) {
                row.put(k, plain(r.get(k)));
            }
            rows.add(row);
        }
        return new QueryResult(keys, rows);
    }

    static Object plain(Value v) {
        if (v == null || v.isNull()) {
            return null;
        }
        switch (v.type().name()) {
            case "NODE" -> {
                Node n = v.asNode();
                Map<String, Object> m = new LinkedHashMap<>();
                m.put("_labels", List.copyOf((java.util.Collection<String>) toList(n.labels())));
                n.asMap(QueryResult::plain).forEach(m::put);
                return m;
            }
            case "RELATIONSHIP" -> {
                Relationship rel = v.asRelationship();
                Map<String, Object> m = new LinkedHashMap<>();
                m.put("_type", rel.type());
                rel.asMap(QueryResult::plain).forEach(m::put);
                return m;
            }
            case "PATH" -> {
                Path p = v.asPath();
                List<Object> out = new ArrayList<>();
                p.nodes().forEach(n -> out.add(n.asMap(QueryResult::plain)));
                return out;
            }
            case "LIST OF ANY?", "LIST" -> {
                return v.asList(QueryResult::plain);
            }
            case "MAP" -> {
                return v.asMap(QueryResult::plain);
            }
            case "DATE", "DATE_TIME", "LOCAL_DATE_TIME", "TIME", "LOCAL_TIME", "DURATION" -> {
                return v.asObject().toString();
            }
            default -> {
                return v.asObject();
            }
        }
    }

    private static List<String> toList(Iterable<String> it) {
        List<String> out = new ArrayList<>();
        it.forEach(out::add);
        return out;
    }
}
