package io.factstream.verdict.labeling;

import io.factstream.contracts.VerdictLabel;

public record Decision(VerdictLabel label, String explanation) {
}
