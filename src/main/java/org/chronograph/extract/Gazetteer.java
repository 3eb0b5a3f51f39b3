package org.chronograph.extract;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.chronograph.model.Names;

/**
 * States, their other names, seats of government and demonyms, and well-known organisations, loaded from
 * {@code gazetteer/*.tsv} on the class path. Lookups take any surface form and use {@link Names#normalize}.
 */
public final class Gazetteer {

    /** A state or organisation known by name. */
    public record Entry(String name, boolean state, String country) {
    }

    private final Map<String, Entry> names = new HashMap<>();
    private final Map<String, Entry> seats = new HashMap<>();
    private final Map<String, Entry> demonyms = new HashMap<>();
    private final Set<String> titles = new HashSet<>();
    private final Set<String> media = new HashSet<>();

    private static volatile Gazetteer instance;

    /** CoreNLP's first-name genders (models jar, dcoref): "ingrid FEMALE", "lars MALE". */
    static final String NAME_GENDERS = "edu/stanford/nlp/models/dcoref/namegender.combine.txt";
    private final Map<String, String> genders = new HashMap<>();

    public static Gazetteer get() {
        Gazetteer g = instance;
        if (g == null) {
            synchronized (Gazetteer.class) {
                if (instance == null) {
                    instance = new Gazetteer();
                }
                g = instance;
            }
        }
        return g;
    }

    private Gazetteer() {
        for (String[] row : rows("gazetteer/states.tsv")) {
            Entry e = new Entry(row[0], true, row[0]);
            once(names, row[0], e);
            for (String alias : split(row, 1)) {
                once(names, alias, e);
            }
            for (String seat : split(row, 2)) {
                once(seats, seat, e);
            }
            for (String demonym : split(row, 3)) {
                once(demonyms, demonym, e);
            }
        }
        for (String[] row : rows("gazetteer/organisations.tsv")) {
            String country = row.length > 2 && !row[2].isBlank() ? row[2] : null;
            Entry e = new Entry(row[0], false, country);
            names.put(Names.normalize(row[0]), e);
            for (String alias : split(row, 1)) {
                names.put(Names.normalize(alias), e);
            }
        }
        for (String[] row : rows(NAME_GENDERS)) {
            if (row.length == 2) {
                genders.putIfAbsent(row[0].strip().toLowerCase(java.util.Locale.ROOT), row[1].strip());
            }
        }
        for (String[] row : rows("gazetteer/media.txt")) {
            for (String n : row[0].split("\\|")) {
                media.add(Names.normalize(n));
            }
        }
        for (String[] row : rows("gazetteer/titles.txt")) {
            titles.add(row[0].strip().toLowerCase(java.util.Locale.ROOT));
        }
    }

    /** A state's name, seat or demonym, which no other state may have: a second one is a bad entry. */
    private static void once(Map<String, Entry> index, String key, Entry e) {
        Entry before = index.put(Names.normalize(key), e);
        if (before != null && !before.equals(e)) {
            throw new IllegalStateException("gazetteer/states.tsv: '" + key + "' is given to both " + before.name()
                    + " and " + e.name());
        }
    }

    /** A state or organisation by one of its names ("U.S.", "DPRK", "State Department"). */
    public Entry byName(String surface) {
        return names.get(Names.normalize(surface));
    }

    /** A state by its capital or seat of government ("Pyongyang", "Washington"). */
    public Entry bySeat(String surface) {
        return seats.get(Names.normalize(surface));
    }

    /** "MALE" or "FEMALE" for a first name CoreNLP's name list knows with one gender, else null. */
    public String genderOfFirstName(String first) {
        if (first == null) {
            return null;
        }
        // "Tomás" is listed as "tomas"
        String plain = java.text.Normalizer.normalize(first, java.text.Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        return genders.get(plain.toLowerCase(java.util.Locale.ROOT));
    }

    /** A state by its adjective or demonym ("South Korean", "Israeli"). */
    public Entry byDemonym(String surface) {
        return demonyms.get(Names.normalize(surface));
    }

    /** A news organisation ("VOA", "Reuters"): it reports and interviews, it does not act. */
    public boolean isMedia(String name) {
        return media.contains(Names.normalize(name));
    }

    public boolean isTitleWord(String word) {
        return titles.contains(word.toLowerCase(java.util.Locale.ROOT));
    }

    private static List<String> split(String[] row, int column) {
        if (row.length <= column || row[column].isBlank()) {
            return List.of();
        }
        return List.of(row[column].split("\\|"));
    }

    private static List<String[]> rows(String resource) {
        InputStream in = Gazetteer.class.getClassLoader().getResourceAsStream(resource);
        if (in == null) {
            throw new IllegalStateException("resource " + resource + " is missing from the class path");
        }
        List<String[]> rows = new ArrayList<>();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String line;
            while ((line = r.readLine()) != null) {
                if (!line.isBlank() && !line.startsWith("#")) {
                    rows.add(line.split("\t", -1));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + resource, e);
        }
        return rows;
    }
}
