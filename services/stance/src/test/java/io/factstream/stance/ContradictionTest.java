package io.factstream.stance;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class ContradictionTest {
    private static final String CLAIM = "The Westport bridge reopened on Monday after 14 months of repairs.";

    private static Optional<Contradiction> kind(String claim, String evidence) {
        return Contradiction.between(claim, evidence).map(Contradiction.Conflict::kind);
    }

    @Test
    void aRestatementContradictsNothing() {
        assertEquals(Optional.empty(), kind(CLAIM,
                "After 14 months of repairs, the Westport bridge reopened to traffic on Monday."));
    }

    @Test
    void didNotIsANegation() {
        assertEquals(Optional.of(Contradiction.NEGATION), kind(CLAIM,
                "The Westport bridge did not reopen on Monday, despite 14 months of repairs."));
    }

    @Test
    void aDenialIsANegation() {
        assertEquals(Optional.of(Contradiction.NEGATION), kind(
                "The city council approved the new stadium budget.",
                "The city council denied approving the new stadium budget."));
    }

    @Test
    void datesOfDifferentKindsAgree() {
        assertEquals(Optional.empty(), kind(
                "After 14 months of repairs, the Westport bridge reopened to traffic on Monday.",
                "The Westport bridge reopened to traffic in November 2026, after 14 months of repairs."),
                "a weekday and a month and year can be the same day");
        assertEquals(Optional.of(Contradiction.DATE), kind(
                "The Westport bridge reopened to traffic in November after 14 months of repairs.",
                "The Westport bridge reopened to traffic in March after 14 months of repairs."));
    }

    @Test
    void anotherWeekdayIsAnotherDate() {
        assertEquals(Optional.of(Contradiction.DATE), kind(CLAIM,
                "The Westport bridge reopened on Thursday after 14 months of repairs."));
    }

    @Test
    void anotherYearIsAnotherDate() {
        assertEquals(Optional.of(Contradiction.DATE), kind(
                "The harbour museum opened its doors in 2019.", "The harbour museum opened its doors in 2021."));
    }

    @Test
    void anotherCountIsAnotherNumber() {
        assertEquals(Optional.of(Contradiction.NUMBER), kind(CLAIM,
                "The Westport bridge reopened on Monday after 9 months of repairs."));
    }

    @Test
    void anotherTownIsAnotherPlace() {
        assertEquals(Optional.of(Contradiction.NAME), kind(
                "Floods forced the evacuation of Millbrook on Sunday night.",
                "Floods forced the evacuation of Ashford on Sunday night."));
    }

    @Test
    void anotherMinisterIsAnotherPerson() {
        assertEquals(Optional.of(Contradiction.NAME), kind(
                "Health minister Clara Voss resigned after the hospital audit.",
                "Health minister Peter Lund resigned after the hospital audit."));
    }

    @Test
    void theSameQuoteGivenToSomeoneElseIsAMisattribution() {
        assertEquals(Optional.of(Contradiction.QUOTE_ATTRIBUTION), kind(
                "\"We will not raise the ferry fares this year,\" said mayor Ana Ruiz.",
                "“We will not raise the ferry fares this year,” said transport chief Tom Berg."));
    }

    @Test
    void theSameQuoteBySameSpeakerIsNoMisattribution() {
        assertEquals(Optional.empty(), kind(
                "\"We will not raise the ferry fares this year,\" said mayor Ana Ruiz.",
                "Mayor Ana Ruiz told reporters: \"We will not raise the ferry fares this year.\""));
    }

    @Test
    void anotherDateOfAnotherEventIsNoContradiction() {
        assertEquals(Optional.empty(), kind(CLAIM,
                "The Westport library hosted a book fair on Friday."));
    }
}
