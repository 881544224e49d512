package io.factstream.contracts;

public enum EvidenceKind {
    /** Another outlet's coverage of the same event. */
    CROSS_REFERENCE,
    /** A passage of the reference corpus. */
    REFERENCE,
    /**
     * A fact-check a fact-checker published about the same claim (an imported ClaimReview): its rating is in
     * {@link Evidence#factCheck()}.
     */
    FACT_CHECK
}
