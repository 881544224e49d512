package io.factstream.contracts;

import java.time.Instant;
import java.util.List;

/**
 * One revision of a claim's verdict, published on {@link Topic#VERDICTS} keyed by article id.
 * The label and the explanation are derived from {@code evidence}, which is carried along so that
 * every consumer sees what the label rests on, unless an editor overrode the label ({@code editorial}):
 * then {@code automaticLabel} still says what the evidence alone gives.
 *
 * @param revision      1, 2, ... per claim; a new revision whenever the label, explanation or evidence changes
 * @param previousLabel the label of the revision before, {@code null} for the first
 * @param editor        who overrode the label, when {@code editorial}
 * @param editorNote    the editor's reason, when {@code editorial}
 */
public record Verdict(
        int schemaVersion,
        String claimId,
        String articleId,
        String claimText,
        VerdictLabel label,
        String explanation,
        int revision,
        VerdictLabel previousLabel,
        boolean editorial,
        Instant decidedAt,
        List<Evidence> evidence,
        VerdictLabel automaticLabel,
        String editor,
        String editorNote) {

    /** Version 2 added {@code automaticLabel}, {@code editor} and {@code editorNote}. */
    public static final int SCHEMA_VERSION = 2;
}
