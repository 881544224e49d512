package io.factstream.stance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;
import org.junit.jupiter.api.Test;

class CuesTest {

    @Test
    void aNegationDeniesTheWordsItScopes() {
        assertEquals(Set.of("reopen", "monday"),
                Cues.of("The Westport bridge did not reopen on Monday.").negatedWords());
        assertTrue(Cues.of("The council denied that it approved the budget.").negated());
    }

    @Test
    void noInANounPhraseIsNoNegation() {
        assertFalse(Cues.of("Reid was the lone no vote in the Senate.").negated());
        assertFalse(Cues.of("No fewer than seven girls were hurt.").negated());
        assertFalse(Cues.of("The road was closed not only on Monday but all week.").negated());
        assertTrue(Cues.of("There is no evidence of fraud.").negated());
    }

    @Test
    void aliasesAndPartyTagsAreNamesNormalised() {
        assertEquals(Set.of("reid", "belarus"),
                Cues.of("Senator Harry Reid (D-Nev.) met the Belarusian envoy.").canonicalNames().stream()
                        .filter(name -> name.equals("reid") || name.equals("belarus") || name.equals("nev"))
                        .collect(java.util.stream.Collectors.toSet()));
    }

    @Test
    void aTitleMarksNoNames() {
        assertEquals(Set.of(), Cues.of("Police Find Mass Graves Near The Town Of Iguala").names());
    }
}
