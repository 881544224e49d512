package io.factstream.claims.entities;

import static io.factstream.contracts.EntityKind.ORGANISATION;
import static io.factstream.contracts.EntityKind.PERSON;
import static io.factstream.contracts.EntityKind.PLACE;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.factstream.contracts.EntityKind;
import io.factstream.contracts.EntityMention;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class ArticleEntitiesTest {

    /** The entities of the article's last sentence, name to kind, in order. */
    private static Map<String, EntityKind> lastSentence(String... sentences) {
        List<EntityMention> mentions = ArticleEntities.of(List.of(sentences)).in(sentences.length - 1);
        return mentions.stream().collect(Collectors.toMap(EntityMention::text, EntityMention::kind,
                (a, b) -> a, java.util.LinkedHashMap::new));
    }

    @Test
    void aTitleMakesAPersonAndIsNotPartOfTheName() {
        assertEquals(Map.of("Lina Ortiz", PERSON), lastSentence("Mayor Lina Ortiz opened the new ferry terminal."));
        assertEquals(Map.of("Chen", PERSON), lastSentence("The report was written by Dr. Chen last year."));
    }

    @Test
    void theArticlesNamesAreEveryNameOnceInOrderOfFirstMentionClassifiedOrNot() {
        ArticleEntities entities = ArticleEntities.of(List.of("Mayor Lina Ortiz opened the ferry terminal in Dunmore.",
                "The Dunmore Council paid for it, Ortiz said.", "The Kessford ferry cost 4 million euros on Monday."));
        assertEquals(List.of("Lina Ortiz", "Dunmore", "Dunmore Council", "Ortiz", "Kessford"), entities.names());
    }

    @Test
    void aWordCapitalisedOnlyWhereItOpensASentenceIsNoNameOfTheArticle() {
        ArticleEntities entities = ArticleEntities.of(List.of("Critics say the Westport levy is too high.",
                "Officials disagree.", "Westport opened a pool, and Pell Harbour a library.", "Fenwick is next."));
        assertEquals(List.of("Westport", "Pell Harbour"), entities.names());
    }

    @Test
    void aListedGivenNameMakesAPerson() {
        assertEquals(Map.of("Maria Okafor", PERSON), lastSentence("Maria Okafor has run the food bank since 2019."));
    }

    @Test
    void reportedSpeechMakesAPersonOfAFullName() {
        assertEquals(Map.of("Tobias Wren", PERSON), lastSentence("The levy is too high, Tobias Wren said."));
    }

    @Test
    void reportedSpeechAfterASingleNameMakesNoPerson() {
        assertEquals(Map.of(), lastSentence("A councillor for Kingsferry said the plan was late."));
    }

    @Test
    void aPersonNamedInFullIsRecognisedByTheSurnameLater() {
        assertEquals(Map.of("Ortiz", PERSON), lastSentence("Mayor Lina Ortiz spoke first.",
                "Ortiz promised a vote in March."));
    }

    @Test
    void aPossessiveIsNotPartOfTheName() {
        List<EntityMention> mentions = ArticleEntities.of(List.of("Senator Ruth Adeyemi's bill failed.")).in(0);

        assertEquals(List.of(new EntityMention("Ruth Adeyemi", 8, 20, PERSON)), mentions);
    }

    @Test
    void headWordsMakeOrganisationsAndPlaces() {
        assertEquals(Map.of("Westport City Council", ORGANISATION, "Harbour Road", PLACE),
                lastSentence("The Westport City Council voted to close Harbour Road for repairs."));
        assertEquals(Map.of("Ministry of Health", ORGANISATION, "Kenya", PLACE),
                lastSentence("The Ministry of Health said cholera cases in Kenya fell by a third."));
    }

    @Test
    void anAcronymIsAnOrganisationUnlessItIsAListedPlace() {
        assertEquals(Map.of("NATO", ORGANISATION, "U.S.", PLACE),
                lastSentence("NATO and the U.S. held talks on Tuesday."));
    }

    @Test
    void aPlaceIsKnownByItsListOrByAPrepositionAnywhereInTheArticle() {
        assertEquals(Map.of("Brazil", PLACE), lastSentence("Coffee exports from Brazil rose 4 percent."));
        assertEquals(Map.of("Dunmore", PLACE), lastSentence("Flooding closed two schools in Dunmore.",
                "Dunmore has had three floods since 2020."));
        assertEquals(Map.of("Fenwick", PLACE, "Alder Falls", PLACE),
                lastSentence("Pupils from Fenwick and Alder Falls will travel free."));
    }

    @Test
    void aCapitalisedWordOpeningASentenceIsNoNameOnItsOwn() {
        assertEquals(Map.of(), lastSentence("Officials said the pier would reopen."));
        assertEquals(Map.of("Westport Harbour Authority", ORGANISATION),
                lastSentence("The Westport Harbour Authority said the pier would reopen."));
    }

    @Test
    void monthsDaysAndUnclassifiedCapitalsAreNotEntities() {
        assertEquals(Map.of(), lastSentence("On Monday, the vote moved to March after Project Bluefin stalled."));
    }

    @Test
    void aTitleCaseHeadlineIsNotOneLongName() {
        assertEquals(Map.of(), lastSentence("Council Approves New Budget For Westport Schools After Long Debate"));
    }
}
