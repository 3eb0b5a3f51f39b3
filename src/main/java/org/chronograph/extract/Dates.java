package org.chronograph.extract;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.util.CoreMap;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.IsoFields;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.chronograph.model.PartialDate;

/** Turns SUTime values into {@link PartialDate}s, resolved against the publication date. */
final class Dates {

    private static final Pattern DAY = Pattern.compile("^(\\d{4}-\\d{2}-\\d{2})");
    private static final Pattern MONTH = Pattern.compile("^(\\d{4}-\\d{2})$");
    private static final Pattern YEAR = Pattern.compile("^(\\d{4})$");
    private static final Pattern WEEK = Pattern.compile("^(\\d{4})-W(\\d{2})");
    private static final Pattern YEAR_PART = Pattern.compile("^(\\d{4})-(SP|SU|FA|WI|Q\\d|H\\d)");
    private static final Pattern RELATIVE_WORD = Pattern.compile(
            "\\b(last|next|ago|this|previous|coming|earlier|later|yesterday|today|tomorrow|tonight|past)\\b");
    private static final Pattern LAST_OR_NEXT_MONTH = Pattern.compile("(last|next|this past|past) (january|february|"
            + "march|april|may|june|july|august|september|october|november|december)");
    private static final List<String> WEEKDAYS = List.of("monday", "tuesday", "wednesday", "thursday", "friday",
            "saturday", "sunday");

    private Dates() {
    }

    /** A DATE mention of the sentence, as a date; null when SUTime could not resolve it to the calendar. */
    static PartialDate of(CoreMap dateMention, LocalDate published, boolean pastContext) {
        String value = dateMention.get(CoreAnnotations.NormalizedNamedEntityTagAnnotation.class);
        String text = dateMention.get(CoreAnnotations.TextAnnotation.class);
        return of(value, text, published, pastContext);
    }

    static PartialDate of(String value, String text, LocalDate published, boolean pastContext) {
        if (value == null) {
            return null;
        }
        if (value.equals("PRESENT_REF")) {
            return published == null ? null : PartialDate.of(published);
        }
        Matcher m = DAY.matcher(value);
        if (m.find()) {
            LocalDate d = LocalDate.parse(m.group(1));
            String lower = text == null ? "" : text.toLowerCase(Locale.ROOT);
            // "on Thursday": the latest Thursday on or before publication in past context, else the next one
            // on or after it. Computed here, not taken from SUTime, whose choice of direction carries over from
            // one document to the next (CoreNLP issue 1061) and would make results depend on ingest order.
            boolean weekdayOnly = WEEKDAYS.stream().anyMatch(lower::contains) && !lower.matches(".*\\d.*")
                    && !RELATIVE_WORD.matcher(lower).find();
            if (published != null && weekdayOnly) {
                DayOfWeek dow = d.getDayOfWeek();
                d = published.with(pastContext ? TemporalAdjusters.previousOrSame(dow) : TemporalAdjusters.nextOrSame(dow));
            }
            // "on January 19", "the night of" without a year: the next such day for what is to come, the last one for the past
            if (published != null && lower.matches(".*[a-z].*") && !lower.matches(".*\\b\\d{4}\\b.*")
                    && !WEEKDAYS.stream().anyMatch(lower::contains) && !RELATIVE_WORD.matcher(lower).find()) {
                if (!pastContext && d.isBefore(published.minusDays(1)) && d.plusYears(1).isBefore(published.plusYears(1))) {
                    d = d.plusYears(1);
                } else if (pastContext && d.isAfter(published)) {
                    d = d.minusYears(1);
                }
            }
            return PartialDate.of(d);
        }
        m = MONTH.matcher(value);
        if (m.find()) {
            String lower = text == null ? "" : text.toLowerCase(Locale.ROOT);
            Matcher named = LAST_OR_NEXT_MONTH.matcher(lower.strip());
            if (published != null && named.matches()) {
                // "last June": the latest June before the story's month (SUTime takes June of the year before,
                // even in an October story); "next March": the first March after it
                java.time.YearMonth now = java.time.YearMonth.from(published);
                java.time.YearMonth ym = java.time.YearMonth.parse(m.group(1)).withYear(now.getYear());
                if (named.group(1).equals("next")) {
                    ym = ym.isAfter(now) ? ym : ym.plusYears(1);
                } else {
                    ym = ym.isBefore(now) ? ym : ym.minusYears(1);
                }
                return PartialDate.parse(ym.toString());
            }
            if (published != null && lower.matches(".*[a-z].*") && !lower.matches(".*\\b\\d{4}\\b.*")
                    && !RELATIVE_WORD.matcher(lower).find()) {
                // "in June" without a year: the last June for the past, the next one for plans
                java.time.YearMonth ym = java.time.YearMonth.parse(m.group(1));
                java.time.YearMonth now = java.time.YearMonth.from(published);
                ym = ym.withYear(now.getYear());
                if (pastContext && ym.isAfter(now)) {
                    ym = ym.minusYears(1);
                } else if (!pastContext && ym.isBefore(now)) {
                    ym = ym.plusYears(1);
                }
                return PartialDate.parse(ym.toString());
            }
            return PartialDate.parse(m.group(1));
        }
        m = WEEK.matcher(value);
        if (m.find()) {
            // a week or weekend: the month it starts in
            LocalDate monday = LocalDate.of(Integer.parseInt(m.group(1)), 6, 1)
                    .with(IsoFields.WEEK_OF_WEEK_BASED_YEAR, Integer.parseInt(m.group(2)))
                    .with(DayOfWeek.MONDAY);
            return PartialDate.parse(monday.toString().substring(0, 7));
        }
        m = YEAR_PART.matcher(value);
        if (m.find()) {
            return PartialDate.parse(m.group(1));
        }
        m = YEAR.matcher(value);
        if (m.find()) {
            return PartialDate.parse(m.group(1));
        }
        return null;
    }

    private static final Pattern NARRATIVE_RELATIVE = Pattern.compile(
            "(?i)\\b((a|an|one|two|three|four|five|six|seven|\\d+) (day|days|week|weeks) (earlier|later|before|after)"
                    + "|the (next|following|previous) day|the day (before|after))\\b");

    /** "A day earlier", "two days later", "the next day": counted from the story's last date, not today. */
    static boolean isNarrativeRelative(String text) {
        return text != null && NARRATIVE_RELATIVE.matcher(text).find();
    }

    /** True for a DATE mention, or a TIME mention that names its day ("this evening", "Friday morning"). */
    static boolean isDate(CoreMap mention) {
        String ner = mention.get(CoreAnnotations.NamedEntityTagAnnotation.class);
        if ("DATE".equals(ner)) {
            return true;
        }
        String value = mention.get(CoreAnnotations.NormalizedNamedEntityTagAnnotation.class);
        return "TIME".equals(ner) && value != null && DAY.matcher(value).find();
    }

    static int headToken(CoreMap mention) {
        List<CoreLabel> toks = mention.get(CoreAnnotations.TokensAnnotation.class);
        return toks.get(toks.size() - 1).index() - 1;
    }
}
