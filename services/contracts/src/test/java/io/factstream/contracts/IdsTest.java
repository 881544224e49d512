package io.factstream.contracts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class IdsTest {

    @Test
    void sameUrlGivesSameArticleId() {
        String id = Ids.articleId("https://harbor-daily.example/2026/bridge-reopens");
        assertEquals(id, Ids.articleId("https://harbor-daily.example/2026/bridge-reopens"));
        assertTrue(id.matches("a[0-9a-f]{24}"), id);
    }

    @Test
    void differentUrlsGiveDifferentArticleIds() {
        assertNotEquals(Ids.articleId("https://a.example/x"), Ids.articleId("https://a.example/y"));
    }

    @Test
    void claimIdIsArticleIdPlusSentenceOffset() {
        assertEquals("a123-c42", Ids.claimId("a123", 42));
    }

    @Test
    void storyIdDerivesFromItsFirstArticle() {
        assertEquals("s0abc", Ids.storyId("a0abc"));
    }

    @Test
    void referencePassageIdIsStablePerDocumentAndPosition() {
        String id = Ids.referencePassageId("https://reference.example/westport", 3);
        assertEquals(id, Ids.referencePassageId("https://reference.example/westport", 3));
        assertTrue(id.matches("r[0-9a-f]{24}-p3"), id);
        assertNotEquals(id, Ids.referencePassageId("https://reference.example/westport", 4));
    }
}
