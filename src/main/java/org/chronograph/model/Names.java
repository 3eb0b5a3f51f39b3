package org.chronograph.model;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/** Name normalisation shared by actor ids and scoring (../shared/GOLD-FORMAT.md, "Scoring"). */
public final class Names {

    private static final Pattern DIACRITICS = Pattern.compile("\\p{M}+");
    private static final Pattern PUNCT = Pattern.compile("[\\p{P}\\p{S}]+");
    private static final Pattern SPACES = Pattern.compile("\\s+");
    private static final Pattern LEADING = Pattern.compile("^(mr|mrs|ms|dr|the) ");

    private Names() {
    }

    /**
     * NFKD, drop diacritics, lower-case, hyphens and punctuation to spaces, collapse white space, drop a
     * leading mr, mrs, ms, dr or the.
     */
    public static String normalize(String name) {
        if (name == null) {
            return "";
        }
        String s = Normalizer.normalize(name, Normalizer.Form.NFKD);
        s = DIACRITICS.matcher(s).replaceAll("");
        s = s.toLowerCase(Locale.ROOT);
        s = PUNCT.matcher(s).replaceAll(" ");
        s = SPACES.matcher(s).replaceAll(" ").strip();
        return LEADING.matcher(s).replaceFirst("");
    }

    /** The id of an actor: its kind and normalised canonical name, stable across articles. */
    public static String actorId(ActorType type, String canonicalName) {
        return type.name().toLowerCase(Locale.ROOT) + ":" + normalize(canonicalName).replace(' ', '-');
    }
}
