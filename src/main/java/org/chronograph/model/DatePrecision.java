package org.chronograph.model;

/** How much of a {@link PartialDate} is known. Coarser precisions never invent a finer part. */
public enum DatePrecision {
    DAY, MONTH, YEAR
}
