package io.factstream.contracts;

public enum EvidenceKind {
    /** Another outlet's coverage of the same event. */
    CROSS_REFERENCE,
    /** A passage of the reference corpus. */
    REFERENCE
}
