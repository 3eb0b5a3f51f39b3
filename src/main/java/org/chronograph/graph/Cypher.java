package org.chronograph.graph;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** Queries kept as {@code .cypher} files under {@code cypher/} (on the class path), loaded once. */
public final class Cypher {

    private static final Map<String, String> CACHE = new ConcurrentHashMap<>();
    private static final Map<String, java.util.concurrent.atomic.LongAdder> NANOS = new ConcurrentHashMap<>();
    private static final Map<String, java.util.concurrent.atomic.LongAdder> CALLS = new ConcurrentHashMap<>();
    /** The suffix of a file's key in {@link #timings()} and {@link #calls()} for its first run (planning included). */
    public static final String FIRST = " (first run, with planning)";

    private Cypher() {
    }

    /** The text of {@code cypher/<name>}, e.g. {@code write/article.cypher}. */
    public static String load(String name) {
        return CACHE.computeIfAbsent(name, n -> {
            String resource = "cypher/" + n;
            try (InputStream in = Cypher.class.getClassLoader().getResourceAsStream(resource)) {
                if (in == null) {
                    throw new IllegalStateException("query file " + resource + " is missing from the class path");
                }
                return new String(in.readAllBytes(), StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read " + resource, e);
            }
        });
    }

    /**
     * Runs a query file in a transaction and returns its records, adding the time it took to the file's total
     * (what {@code chronograph bench} reports as where write time goes).
     */
    static List<org.neo4j.driver.Record> run(org.neo4j.driver.TransactionContext tx, String file, Map<String, Object> params) {
        long t0 = System.nanoTime();
        try {
            return tx.run(load(file), params).list();
        } finally {
            long d = System.nanoTime() - t0;
            String key = NANOS.putIfAbsent(file + FIRST, new java.util.concurrent.atomic.LongAdder()) == null
                    ? file + FIRST : file;
            NANOS.computeIfAbsent(key, f -> new java.util.concurrent.atomic.LongAdder()).add(d);
            CALLS.computeIfAbsent(key, f -> new java.util.concurrent.atomic.LongAdder()).increment();
        }
    }

    /** Seconds spent in each query file run through {@link #run}, since the start of the process or the last reset. */
    public static Map<String, Double> timings() {
        Map<String, Double> out = new java.util.TreeMap<>();
        NANOS.forEach((f, n) -> out.put(f, n.sum() / 1e9));
        return out;
    }

    /** How many times each query file was run through {@link #run}, keyed as {@link #timings()}. */
    public static Map<String, Long> calls() {
        Map<String, Long> out = new java.util.TreeMap<>();
        CALLS.forEach((f, n) -> out.put(f, n.sum()));
        return out;
    }

    public static void resetTimings() {
        NANOS.clear();
        CALLS.clear();
    }

    /**
     * The names of the query files in {@code cypher/<folder>} (e.g. {@code queries}), sorted, read from the class
     * path whether it is a folder (a build) or a jar.
     */
    public static List<String> names(String folder) {
        java.net.URL url = Cypher.class.getClassLoader().getResource("cypher/" + folder);
        if (url == null) {
            throw new IllegalStateException("query folder cypher/" + folder + " is missing from the class path");
        }
        try {
            java.net.URI uri = url.toURI();
            if (uri.getScheme().equals("jar")) {
                try (var fs = java.nio.file.FileSystems.newFileSystem(uri, Map.of())) {
                    return list(fs.provider().getPath(uri));
                } catch (java.nio.file.FileSystemAlreadyExistsException open) {
                    // another reader has the jar open (e.g. two guide requests at once): list through its file system
                    return list(java.nio.file.FileSystems.getFileSystem(uri).provider().getPath(uri));
                }
            }
            return list(java.nio.file.Path.of(uri));
        } catch (java.net.URISyntaxException | IOException e) {
            throw new IllegalStateException("cannot list cypher/" + folder + " on the class path: " + e.getMessage(), e);
        }
    }

    private static List<String> list(java.nio.file.Path dir) throws IOException {
        try (var files = java.nio.file.Files.list(dir)) {
            return files.map(f -> f.getFileName().toString()).filter(n -> n.endsWith(".cypher")).sorted().toList();
        }
    }

    /** The statements of a file holding several, separated by ';' at the end of a line. */
    public static List<String> statements(String name) {
        List<String> out = new ArrayList<>();
        StringBuilder cur = new StringBuilder();
        for (String line : load(name).split("\n")) {
            if (line.strip().startsWith("//")) {
                continue;
            }
            cur.append(line).append('\n');
            if (line.strip().endsWith(";")) {
                String st = cur.toString().strip();
                out.add(st.substring(0, st.length() - 1));
                cur.setLength(0);
            }
        }
        if (!cur.toString().isBlank()) {
            out.add(cur.toString().strip());
        }
        return out;
    }
}
