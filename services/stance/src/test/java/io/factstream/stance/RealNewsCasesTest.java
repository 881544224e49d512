package io.factstream.stance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import io.factstream.contracts.EvidenceKind;
import io.factstream.contracts.Stance;
import io.factstream.embedding.SentenceEmbedder;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The cases that real news got wrong (issue "Verdicts a fact-checker can trust on real news"), each in sentences of
 * our own of the same shape: the same fact in other words must not be refuted, another fact must not be evidence.
 */
class RealNewsCasesTest {
    private final StanceJudge judge = new StanceJudge(SentenceEmbedder.shared(), StanceModel.shipped());

    @Test
    void capitalsStandForTheirCountriesAndLastSeptemberIsReadFromThePublicationDay() {
        StanceResult result = judge(
                "During a meeting with Putin on September 15, 2023, Lukashenko suggested that Minsk, Moscow, and "
                        + "Pyongyang could consider trilateral cooperation.", LocalDate.of(2023, 9, 16),
                "During a meeting with Putin in the Black Sea resort of Sochi last September, Lukashenko suggested "
                        + "that Belarus could join Russia and North Korea in three-way cooperation.",
                LocalDate.of(2024, 7, 23));
        assertEquals(Stance.SUPPORTS, result.stance(), result.toString());
    }

    @Test
    void anotherFactOfTheSameStoryIsNoRefutation() {
        StanceResult result = judge("About 400 residents downstream of the Halvern dam were advised to move to higher "
                        + "ground on Sunday as the reservoir kept rising.", LocalDate.of(2026, 11, 30),
                "Engineers at the Halvern dam began releasing water on Sunday after three days of heavy rain raised "
                        + "the reservoir to 96 percent of capacity.", LocalDate.of(2026, 11, 30));
        assertEquals(Stance.NEUTRAL, result.stance(), result.toString());
    }

    @Test
    void aLoneNoVoteIsTheLoneOppositionAndAPartyTagIsNoName() {
        StanceResult result = judge("Senate Minority Leader Harry Reid was the lone no vote in the Senate.", null,
                "Senate Minority Leader Harry Reid (D-Nev.) was the lone opposition.", null);
        assertEquals(Stance.SUPPORTS, result.stance(), result.toString());
    }

    @Test
    void theSameSumInOtherWordsIsTheSameNumber() {
        StanceResult result = judge("The council approved the budget of 4.2 million dollars.", null,
                "The council approved a $4,200,000 budget.", null);
        assertEquals(Stance.SUPPORTS, result.stance(), result.toString());
    }

    @Test
    void twoFiguresOfOneThingFillNoSlotThatAnotherFigureCouldContradict() {
        StanceResult result = judge("The city council said the repairs cost 4.2 million euros, about 600,000 euros "
                + "more than planned.", null, "According to the city council, the repairs cost 4.2 million euros.",
                null);
        assertEquals(Stance.SUPPORTS, result.stance(), "found by make run's demo articles: " + result);
    }

    @Test
    void theSameQuoteInALongerQuotationIsTheSameStatementWhateverElseItDenies() {
        StanceResult result = judge("“In recent days these reports have been selectively and wrongly read out to the "
                + "press,” said a harbour office spokesman, Tom Berg.", null, "“The reports were shared with the "
                + "council weeks ago, but in recent days these reports have been selectively and wrongly read out to "
                + "the press. Today we publish what is and is not in the reports,” Berg said.", null);
        assertEquals(Stance.SUPPORTS, result.stance(), result.toString());
    }

    @Test
    void aQuotedWordIsNoQuotationToMisattribute() {
        StanceResult result = judge("Though he avoids the word “cuts,” the plan would slow the growth of ferry "
                + "subsidies, the harbour office said.", null, "Councillor Mara Olsen asked whether the savings of the "
                + "ferry plan, “sometimes called cuts to subsidies,” were part of the harbour budget.", null);
        assertEquals(Stance.NEUTRAL, result.stance(), result.toString());
    }

    @Test
    void aNegationDeniesNothingPastItsClause() {
        StanceResult result = judge("“The council's description of the ferry contract is not accurate,” said the "
                + "harbour spokesman, Tom Berg.", null, "Tom Berg, a harbour spokesman, said the council's "
                + "description of the ferry contract was inaccurate.", null);
        assertNotEquals(Stance.REFUTES, result.stance(), "not accurate is inaccurate: " + result);
    }

    @Test
    void aYearWithinASpanOfYearsIsNoOtherDate() {
        StanceResult result = judge("Ortiz was the longest-serving Westport mayor, from 1996 to 2007.", null,
                "As mayor of Westport in 2002, Ortiz called for a second harbour bridge.", null);
        assertEquals(Stance.NEUTRAL, result.stance(), result.toString());
    }

    @Test
    void aReportPublishedYearsApartIsNotAboutTheSameEvent() {
        String claim = "“We will not raise the ferry fares this year,” Mayor Ana Ruiz told the harbour council.";
        assertEquals(Stance.SUPPORTS, judge(claim, LocalDate.of(2016, 2, 25), claim, LocalDate.of(2016, 3, 20))
                .stance(), "within weeks");
        StanceResult years = judge(claim, LocalDate.of(2016, 2, 25), claim, LocalDate.of(2011, 6, 1));
        assertEquals(Stance.NEUTRAL, years.stance(), years.toString());
        assertFalse(years.relevant(), "not evidence at all: " + years);
    }

    @Test
    void theSameQuoteFramedWithAnotherNameForTheSpeakerIsTheSameStatement() {
        StanceResult result = judge("\"We will not raise the ferry fares this year,\" said Mayor Ana Ruiz.", null,
                "“We will not raise the ferry fares this year,” the Westport mayor told the harbour council.",
                null);
        assertEquals(Stance.SUPPORTS, result.stance(), result.toString());
    }

    @Test
    void aConflictOnAnAlignedSlotStillRefutesAndSaysWhatDiffers() {
        StanceResult result = judge("Twelve people died when the ferry capsized off Kessel on Tuesday.",
                LocalDate.of(2026, 7, 29), "Fourteen people died when the ferry capsized off Kessel on Tuesday.",
                LocalDate.of(2026, 7, 29));
        assertEquals(Contradiction.NUMBER, result.contradiction(), "number words are read too: "
                + result);
        StanceResult date = judge("The ferry capsized off Kessel on July 30, killing 12 passengers.",
                LocalDate.of(2026, 7, 31), "The ferry capsized off Kessel on July 23, killing 12 passengers.",
                LocalDate.of(2026, 7, 31));
        assertEquals(Stance.REFUTES, date.stance(), date.toString());
        assertEquals("date differs: July 30 (2026-07-30) vs July 23 (2026-07-23)", date.reason());
    }

    private StanceResult judge(String claim, LocalDate claimPublished, String evidence, LocalDate evidencePublished) {
        List<float[]> embeddings = SentenceEmbedder.shared().embedAll(List.of(claim, evidence));
        return judge.judge(new Statement(claim, embeddings.get(0), Set.of(), claimPublished),
                new Statement(evidence, embeddings.get(1), Set.of(), evidencePublished), EvidenceKind.CROSS_REFERENCE);
    }
}
