package io.factstream.claims.summary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class TopicClassifierTest {

    @Test
    void economyAndPoliticsOfACouncilBudget() {
        List<String> topics = TopicClassifier.topics("Council approves budget",
                "The council approved a budget of 40 million euros. The mayor said prices and the cost of "
                        + "housing dominated the vote, and the opposition party called the policy too cautious.");
        assertEquals("politics", topics.getFirst());
        assertTrue(topics.contains("economy, business and finance"), topics.toString());
    }

    @Test
    void aSingleCueWordIsNoTopic() {
        assertTrue(TopicClassifier.topics("A quiet day", "Nothing much happened at the museum today.").isEmpty());
    }

    @Test
    void aStorysSideVocabularyIsNotItsTopic() {
        List<String> topics = TopicClassifier.topics("Senate passes immigration bill",
                "The Senate voted 68 to 32 to pass the immigration bill, and the president said he would sign the "
                        + "legislation. Senators of both parties praised the vote. The bill's border provisions cost "
                        + "40 billion dollars, the party's leaders said. The election campaign and the next vote in "
                        + "the House will decide the policy.");
        assertEquals(List.of("politics"), topics, "two economy cues against nine for politics");
    }
}
