package io.factstream.claims.attribution;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.factstream.text.mentions.NumberMentions;
import io.factstream.contracts.ClaimType;
import org.junit.jupiter.api.Test;

class ClaimTyperTest {

    private static ClaimType typeOf(String sentence, boolean reportedSpeech) {
        return ClaimTyper.typeOf(sentence, NumberMentions.find(sentence), reportedSpeech);
    }

    @Test
    void eachKindOfClaim() {
        assertEquals(ClaimType.QUOTE, typeOf("\"We tested every cable twice,\" said Mayor Lina Ortiz.", true));
        assertEquals(ClaimType.PREDICTION, typeOf("The bridge will carry 20,000 cars a day by spring.", false));
        assertEquals(ClaimType.CAUSAL, typeOf("The closure led to long detours for commuters.", false));
        assertEquals(ClaimType.STATISTIC, typeOf("Unemployment in the region rose to 7.4 percent.", false));
        assertEquals(ClaimType.ATTRIBUTION, typeOf("The mayor said the bridge is safe for trucks.", true));
        assertEquals(ClaimType.EVENT, typeOf("The Westport bridge reopened to traffic on Monday.", false));
    }
}
