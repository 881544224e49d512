package io.factstream.query.editorial;

import io.factstream.contracts.VerdictLabel;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * What an editor sends to override a claim's verdict ({@code label} set) or withdraw an override (no label). Who
 * decides is the editor signed in, never a field of the request.
 *
 * @param label a wire label (DESIGN.md §8)
 * @param note  why: shown to readers in the verdict's explanation
 */
public record OverrideRequest(String label, String note) {
    static final int MAX_NOTE = 2_000;

    /** What is wrong with the request, empty if nothing; {@code labelRequired} for an override, not a withdrawal. */
    List<String> problems(boolean labelRequired) {
        List<String> problems = new ArrayList<>();
        if (labelRequired && (label == null || Arrays.stream(VerdictLabel.values())
                .noneMatch(known -> known.name().equals(label)))) {
            problems.add("label must be one of " + Arrays.toString(VerdictLabel.values()));
        }
        if (note == null || note.isBlank() || note.length() > MAX_NOTE) {
            problems.add("note must say why, in 1 to " + MAX_NOTE + " characters");
        } else if (note.indexOf('\u0000') >= 0) {
            problems.add("note must not hold a NUL character");
        }
        return problems;
    }
}
