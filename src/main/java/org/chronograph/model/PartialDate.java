package org.chronograph.model;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.Objects;

/**
 * A calendar date known to day, month or year precision, written {@code YYYY-MM-DD}, {@code YYYY-MM}
 * or {@code YYYY}. A month-precision date never gets a made-up day.
 */
public record PartialDate(String value, DatePrecision precision) implements Comparable<PartialDate> {

    public PartialDate {
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(precision, "precision");
        DatePrecision actual = precisionOf(value);
        if (actual != precision) {
            throw new IllegalArgumentException("date '" + value + "' does not have precision " + precision);
        }
    }

    /** Parses {@code YYYY-MM-DD}, {@code YYYY-MM} or {@code YYYY}. */
    public static PartialDate parse(String value) {
        return new PartialDate(value, precisionOf(value));
    }

    public static PartialDate of(LocalDate date) {
        return new PartialDate(date.toString(), DatePrecision.DAY);
    }

    public static PartialDate of(YearMonth month) {
        return new PartialDate(month.toString(), DatePrecision.MONTH);
    }

    private static DatePrecision precisionOf(String value) {
        try {
            if (value.matches("\\d{4}-\\d{2}-\\d{2}")) {
                LocalDate.parse(value);
                return DatePrecision.DAY;
            }
            if (value.matches("\\d{4}-\\d{2}")) {
                YearMonth.parse(value);
                return DatePrecision.MONTH;
            }
            if (value.matches("\\d{4}")) {
                return DatePrecision.YEAR;
            }
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("not a valid date: '" + value + "'", e);
        }
        throw new IllegalArgumentException("not a date of the form YYYY-MM-DD, YYYY-MM or YYYY: '" + value + "'");
    }

    /** The first day this date covers, for ordering and range filters. */
    public LocalDate start() {
        return switch (precision) {
            case DAY -> LocalDate.parse(value);
            case MONTH -> YearMonth.parse(value).atDay(1);
            case YEAR -> LocalDate.of(Integer.parseInt(value), 1, 1);
        };
    }

    /** The last day this date covers. */
    public LocalDate end() {
        return switch (precision) {
            case DAY -> LocalDate.parse(value);
            case MONTH -> YearMonth.parse(value).atEndOfMonth();
            case YEAR -> LocalDate.of(Integer.parseInt(value), 12, 31);
        };
    }

    /** True when this date, read at its own precision, contains the other one (2018-05 contains 2018-05-26). */
    public boolean contains(PartialDate other) {
        return !other.start().isBefore(start()) && !other.end().isAfter(end());
    }

    @Override
    public int compareTo(PartialDate o) {
        int c = start().compareTo(o.start());
        return c != 0 ? c : precision.compareTo(o.precision);
    }

    @Override
    public String toString() {
        return value;
    }
}
