package io.factstream.text.mentions;

import io.factstream.contracts.NumberMention;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class NumberMentionsTest {

    private static List<String> normalised(String sentence) {
        return NumberMentions.find(sentence).stream()
                .map(number -> number.value() + (number.unit() == null ? "" : " " + number.unit())).toList();
    }

    @Test
    void digitsScalesAndUnits() {
        assertEquals(List.of("4200000.0 euros", "600000.0 euros"),
                normalised("The repairs cost 4.2 million euros, about 600,000 euros more than planned."));
        assertEquals(List.of("8.0 percent", "12.5 percent"), normalised("Prices fell 8 percent, then 12.5%."));
        assertEquals(List.of("1200.0 tonnes"), normalised("The fleet landed 1,200 tonnes of cod."));
    }

    @Test
    void wordsAndFractions() {
        assertEquals(List.of("3.0 ministers", "0.3333333333333333"),
                normalised("Three ministers resigned and sales fell by a third."));
        assertEquals(List.of("14.0 ferries", "25.0 crew", "90.0 passengers"),
                normalised("Fourteen ferries, twenty-five crew and ninety passengers."));
    }

    @Test
    void yearsAndDaysOfDatesAreNotQuantities() {
        assertEquals(List.of("40.0"), normalised("On Jan. 5, 2026 about 40 of them left."));
    }

    @Test
    void mentionsKeepTheirOffsets() {
        String sentence = "About 300 residents came.";
        NumberMention mention = NumberMentions.find(sentence).getFirst();
        assertEquals("300 residents", sentence.substring(mention.start(), mention.end()));
        assertEquals("residents", mention.unit());
    }
}
