package io.factstream.spectrum.commonground;

import io.factstream.contracts.Bias;
import io.factstream.contracts.ClaimEvidence;
import io.factstream.contracts.CommonGround;
import io.factstream.contracts.Evidence;
import io.factstream.contracts.EvidenceKind;
import io.factstream.contracts.Stance;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * Common ground is a claim that outlets on different sides of the spectrum both make: the claim's outlet is rated,
 * and another outlet, rated on another side, reports the same (its coverage SUPPORTS the claim, by a rule that
 * compared the two: a restatement or the same quote, not the stance model's reading alone). Unrated outlets and the
 * reference corpus are on no side.
 */
public final class CommonGroundFinder {
    private CommonGroundFinder() {
    }

    public static Optional<CommonGround> of(ClaimEvidence claim, Function<String, Bias> biasOf) {
        Bias.Side own = claim.outlet() == null ? null : biasOf.apply(claim.outlet()).side();
        if (own == null) {
            return Optional.empty();
        }
        Map<String, Bias.Side> otherSides = new LinkedHashMap<>();
        for (Evidence item : claim.evidence()) {
            if (item.kind() == EvidenceKind.CROSS_REFERENCE && item.stance() == Stance.SUPPORTS && item.byRule()
                    && item.outlet() != null) {
                Bias.Side side = biasOf.apply(item.outlet()).side();
                if (side != null && side != own) {
                    otherSides.putIfAbsent(item.outlet(), side);
                }
            }
        }
        if (otherSides.isEmpty()) {
            return Optional.empty();
        }
        List<String> outlets = new ArrayList<>(List.of(claim.outlet()));
        List<Bias.Side> sides = new ArrayList<>(List.of(own));
        outlets.addAll(otherSides.keySet());
        sides.addAll(otherSides.values());
        return Optional.of(new CommonGround(claim.claimId(), claim.articleId(), claim.claimText(), outlets, sides));
    }
}
