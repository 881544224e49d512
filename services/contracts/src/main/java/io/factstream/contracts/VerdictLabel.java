package io.factstream.contracts;

/** Verdict labels as they appear on the wire (DESIGN.md §3). */
public enum VerdictLabel {
    VERIFIED_BY_REFERENCE,
    CORROBORATED,
    SINGLE_SOURCE,
    CONTRADICTED,
    DISPUTED,
    INSUFFICIENT_EVIDENCE,
    PENDING
}
