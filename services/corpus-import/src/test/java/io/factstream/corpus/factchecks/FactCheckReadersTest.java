package io.factstream.corpus.factchecks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.factstream.contracts.FactCheckRating.NormalisedRating;
import io.factstream.corpus.read.CorpusFiles;
import io.factstream.corpus.read.CorpusRecord;
import io.factstream.reference.factchecks.FactCheckDocument;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Reading LIAR's TSV and ClaimReview JSON-LD from fixtures we wrote in their formats. */
class FactCheckReadersTest {
    @TempDir
    Path directory;

    @Test
    void readsLiarRowsAsPolitiFactReviews() throws IOException {
        List<CorpusRecord<FactCheckDocument>> records = read("sample-liar.tsv", true);

        assertEquals(5, records.size(), "the blank line is no record");
        FactCheckDocument bridge = CorpusFiles.parsed(records.get(0)).document();
        assertEquals("The Westport council spent 12 million dollars on a bridge that was never built.",
                bridge.claimReviewed(), "\"Says\" is PolitiFact's way of attributing: the claim is what follows");
        assertEquals("Lina Ortiz", bridge.claimant());
        assertEquals("PolitiFact", bridge.reviewer());
        assertEquals("Pants on Fire", bridge.ratingPublished());
        assertEquals(NormalisedRating.FALSE, bridge.rating());
        assertNull(bridge.reviewUrl(), "LIAR gives no review url");
        assertEquals("LIAR sample-liar.tsv line 1 (statement 9001.json)", bridge.source());

        FactCheckDocument unemployment = CorpusFiles.parsed(records.get(1)).document();
        assertEquals(NormalisedRating.MOSTLY_TRUE, unemployment.rating());
        assertEquals("unknown rating 'unknown'", CorpusFiles.rejected(records.get(2)).reason());
        assertEquals("3 columns, not 14", CorpusFiles.rejected(records.get(3)).reason());

        CorpusRecord.Parsed<FactCheckDocument> dam = CorpusFiles.parsed(records.get(4));
        assertEquals(6, dam.number(), "a record's number is its line");
        assertEquals("The Halvern dam has never been inspected since it opened.", dam.document().claimReviewed());
        assertEquals("Mostly False", dam.document().ratingPublished(), "PolitiFact's name for barely-true since 2011");
        assertEquals(NormalisedRating.MOSTLY_FALSE, dam.document().rating());
    }

    @Test
    void readsEveryClaimReviewOfADataFeed() throws IOException {
        List<CorpusRecord<FactCheckDocument>> records = read("sample-claimreview.json", false);

        assertEquals(3, records.size());
        CorpusRecord.Parsed<FactCheckDocument> dam = CorpusFiles.parsed(records.get(0));
        assertEquals("review 1", dam.location());
        assertEquals(new FactCheckDocument("The Halvern dam released water for the first time in 40 years.",
                "Ann Brook", "2026-11-16", "Corran Fact Check",
                "https://checkers.factstream.example/2026/11/halvern-dam-release", "2026-11-18", "False",
                NormalisedRating.FALSE, "review 1", null, null), dam.document());

        FactCheckDocument fleet = CorpusFiles.parsed(records.get(1)).document();
        assertEquals("Corran Fact Check", fleet.reviewer(), "the first author of an array");
        assertEquals("4 of 1-5", fleet.ratingPublished(), "a rating without a name is shown by its value");
        assertEquals(NormalisedRating.MOSTLY_TRUE, fleet.rating());
        assertNull(fleet.claimant());

        CorpusRecord.Rejected<FactCheckDocument> noAuthor = CorpusFiles.rejected(records.get(2));
        assertEquals("review 3", noAuthor.location());
        assertEquals("missing author (the fact-checker)", noAuthor.reason());
    }

    @Test
    void readsJsonLinesOfReviewsAndGraphs() throws IOException {
        List<CorpusRecord<FactCheckDocument>> records = read("sample-claimreview.jsonl", true);

        assertEquals(List.of("line 1", "line 2", "line 3", "line 5, review 1", "line 5, review 2"),
                records.stream().map(CorpusRecord::location).toList());
        assertEquals(List.of(1L, 2L, 3L, 4L, 5L), records.stream().map(CorpusRecord::number).toList());
        FactCheckDocument library = CorpusFiles.parsed(records.get(0)).document();
        assertEquals("Ridge Verify", library.reviewer(), "an author given as a plain name");
        assertEquals(NormalisedRating.MOSTLY_FALSE, library.rating());
        assertEquals("reviewRating has neither alternateName nor a numeric ratingValue",
                CorpusFiles.rejected(records.get(1)).reason());
        assertEquals("invalid JSON", CorpusFiles.rejected(records.get(2)).reason().substring(0, 12));
        assertEquals("invalid date 'last week'", CorpusFiles.rejected(records.get(3)).reason(),
                "the web page of the graph is no ClaimReview and no record");
        FactCheckDocument ferry = CorpusFiles.parsed(records.get(4)).document();
        assertEquals("Unproven", ferry.ratingPublished());
        assertEquals(NormalisedRating.OTHER, ferry.rating(), "a name that says nothing of truth decides nothing");
    }

    @Test
    void refusesAFileOfAnotherFormat() throws IOException {
        Path csv = Files.writeString(directory.resolve("reviews.csv"), "claim,rating\n");
        assertThrows(IllegalArgumentException.class, () -> CorpusFiles.readAll(csv, FactCheckFormats::readerFor));
    }

    private List<CorpusRecord<FactCheckDocument>> read(String fixture, boolean gzip) throws IOException {
        return CorpusFiles.readAll(CorpusFiles.copy(fixture, directory, gzip),
                FactCheckFormats::readerFor);
    }
}
