package io.factstream.contracts;

/** What decided an evidence item's stance, and so how far a verdict may rest on it alone. */
public enum StanceBasis {
    /**
     * A rule that names what it compared: the same statement restated or quoted, or a conflict on one aligned slot of
     * the same event (a date, a number, a name, a denial). A fact-checker can check it from its reason.
     */
    RULE,
    /** The stance model's reading: a verdict never rests on one such refutation alone. */
    MODEL
}
