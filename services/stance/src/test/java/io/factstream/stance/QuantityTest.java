package io.factstream.stance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class QuantityTest {

    private static Quantity only(String sentence) {
        List<Quantity> quantities = Quantity.in(sentence);
        assertEquals(1, quantities.size(), quantities.toString());
        return quantities.getFirst();
    }

    @Test
    void moneyIsCountedInItsCurrencyWhateverTheScaleWords() {
        Quantity words = only("The council approved the budget of 4.2 million dollars.");
        Quantity digits = only("The council approved a $4,200,000 budget.");
        assertEquals("dollar", words.counted());
        assertEquals("dollar", digits.counted());
        assertTrue(words.compatibleWith(digits));
    }

    @Test
    void whatIsCountedIsTheNounThatFollows() {
        assertEquals("resident", only("About 400 residents were advised to leave.").counted());
        assertEquals("month", only("It reopened after 14 months of repairs.").counted());
        assertEquals("percent", only("The reservoir reached 96 percent of capacity.").counted());
    }

    @Test
    void approximationsAndBoundsAdmitNearbyFigures() {
        Quantity about = only("About 400 residents were advised to leave.");
        assertTrue(about.compatibleWith(only("Some 390 residents were advised to leave.")));
        assertFalse(about.compatibleWith(only("Some 300 residents were advised to leave.")));
        Quantity moreThan = only("More than 400 residents were advised to leave.");
        assertTrue(moreThan.compatibleWith(only("Exactly 450 residents were advised to leave.")));
        assertFalse(moreThan.compatibleWith(only("Exactly 200 residents were advised to leave.")));
        assertFalse(only("Exactly 400 residents left.").compatibleWith(only("Exactly 401 residents left.")));
    }
}
