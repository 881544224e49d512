package io.factstream.contracts;

/** Verdict labels as they appear on the wire (DESIGN.md §3), with the name people read. */
public enum VerdictLabel {
    VERIFIED_BY_REFERENCE("Verified by reference"),
    CORROBORATED("Corroborated"),
    SINGLE_SOURCE("Single source"),
    CONTRADICTED("Contradicted"),
    DISPUTED("Disputed"),
    INSUFFICIENT_EVIDENCE("Insufficient evidence"),
    /** The article's language is one the pipeline does not check yet ({@link SupportedLanguages}). */
    NOT_CHECKED("Not checked"),
    PENDING("Pending");

    private final String displayName;

    VerdictLabel(String displayName) {
        this.displayName = displayName;
    }

    public String displayName() {
        return displayName;
    }
}
