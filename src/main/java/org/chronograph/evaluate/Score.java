package org.chronograph.evaluate;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

/** True positives, false positives and false negatives of one kind, with the derived figures. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Score(int tp, int fp, int fn, Double dateAccuracy, Double statusAccuracy,
                    int dateMatches, int dateTotal, int statusMatches) {

    public static final Score ZERO = new Score(0, 0, 0, null, null, 0, 0, 0);
    /** The zero of event scores, which carry date and status accuracy. */
    public static final Score EVENTS_ZERO = new Score(0, 0, 0, 0.0, 0.0, 0, 0, 0);

    public Score plus(Score o) {
        boolean events = dateAccuracy != null || o.dateAccuracy != null;
        int dm = dateMatches + o.dateMatches;
        int dt = dateTotal + o.dateTotal;
        int sm = statusMatches + o.statusMatches;
        int pairs = tp + o.tp;
        return new Score(tp + o.tp, fp + o.fp, fn + o.fn,
                events ? (dt == 0 ? 0.0 : (double) dm / dt) : null,
                events ? (pairs == 0 ? 0.0 : (double) sm / pairs) : null, dm, dt, sm);
    }

    @JsonProperty
    public double precision() {
        return tp + fp == 0 ? 0.0 : (double) tp / (tp + fp);
    }

    @JsonProperty
    public double recall() {
        return tp + fn == 0 ? 0.0 : (double) tp / (tp + fn);
    }

    @JsonProperty
    public double f1() {
        double p = precision();
        double r = recall();
        return p + r == 0 ? 0.0 : 2 * p * r / (p + r);
    }

    @JsonProperty("date_accuracy")
    public Double dateAccuracy() {
        return dateAccuracy;
    }

    @JsonProperty("status_accuracy")
    public Double statusAccuracy() {
        return statusAccuracy;
    }
}
