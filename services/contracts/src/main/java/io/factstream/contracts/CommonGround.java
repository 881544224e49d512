package io.factstream.contracts;

import java.util.List;

/**
 * A statement of a story that outlets on different sides of the spectrum both make: a claim, and the outlets of
 * other sides whose coverage supports it.
 *
 * @param outlets the claim's outlet first, then the supporting outlets, each with its side in {@code sides}
 */
public record CommonGround(String claimId, String articleId, String statement, List<String> outlets,
        List<Bias.Side> sides) {
}
