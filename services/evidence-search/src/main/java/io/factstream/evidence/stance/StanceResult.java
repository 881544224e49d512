package io.factstream.evidence.stance;

import io.factstream.contracts.Stance;

/** @param score how strongly the evidence bears on the claim, 0..1 */
public record StanceResult(Stance stance, double score) {
}
