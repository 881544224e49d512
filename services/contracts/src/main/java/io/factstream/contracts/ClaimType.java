package io.factstream.contracts;

/** What kind of statement a claim is; it decides what a fact-checker looks for. */
public enum ClaimType {
    /** A quantity: a count, amount, share or rate. */
    STATISTIC,
    /** Words in quotation marks, given to a speaker. */
    QUOTE,
    /** Something that happened. */
    EVENT,
    /** Reported speech: what someone said, without quotation marks. */
    ATTRIBUTION,
    /** One thing caused another. */
    CAUSAL,
    /** Something that will or may happen; not checkable yet. */
    PREDICTION
}
