package io.factstream.claims.summary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.factstream.contracts.TechniqueSpan;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class TechniqueDetectorTest {
    /** Straight wire-style reporting of our own: no technique may fire on it. */
    static final List<String> NEUTRAL_WIRE_COPY = List.of(
            "The Westport harbour bridge reopened to traffic on Monday after 14 months of repairs.",
            "The city council said the repairs cost 4.2 million euros, about 600,000 euros more than planned.",
            "Mayor Lina Ortiz cut the ribbon in front of about 300 residents.",
            "The central bank kept its main interest rate at 3.25 percent on Thursday.",
            "Officials said the storm damaged 40 homes and cut power to 12,000 households.",
            "The court sentenced the former treasurer to four years in prison for fraud.",
            "Voters in the northern district elected a new council member on Sunday.",
            "The company reported a quarterly profit of 18 million euros, up from 15 million a year earlier.",
            "Police arrested two men after a break-in at a jewellery shop on Market Street.",
            "The ministry said 1,200 teachers will be hired before the next school year.",
            "Rescue teams evacuated 85 people from a flooded campsite near the river.",
            "The striking dock workers returned to work after the union accepted a 4 percent pay rise.",
            "Scientists at the university published a study on soil bacteria in a peer-reviewed journal.",
            "The museum reopened its east wing after a renovation that lasted 19 months.",
            "The league fined the club 50,000 euros for crowd trouble during the match.",
            "The hospital said waiting times for hip operations fell to 11 weeks.",
            "Exports rose 2.1 percent in October compared with September, the statistics office said.",
            "The opposition party criticised the budget, saying it did too little for renters.",
            "The government denied that it had delayed the report on air quality.",
            "The ferry operator said the winter timetable would run 12 crossings a day.",
            "Belarus let Russia use its territory for the invasion of Ukraine in February 2022.",
            "Officials warned of attacks by extremists in the border region.",
            "The storm caused catastrophic damage along the coast.");

    @Test
    void wordsInsideAQuotationAreTheSpeakersNotTheArticles() {
        assertTrue(TechniqueDetector.find("“This is a disgraceful decision,” the opposition leader said.").isEmpty());
        assertTrue(TechniqueDetector.find("The senator called the deal \"outrageous\" on Tuesday.").isEmpty());
        List<TechniqueSpan> spans = TechniqueDetector.find("The mayor said \"we will appeal\", but the disgraceful "
                + "decision stands.");
        assertEquals(1, spans.size(), "after the quotation closes, the article's own words count: " + spans);
        assertEquals("disgraceful", spans.getFirst().text());
    }

    @Test
    void eachTechniqueIsFoundWithItsSpan() {
        Map<String, String> examples = Map.of(
                "LOADED_LANGUAGE", "The council's disgraceful decision angered residents.",
                "NAME_CALLING", "These traitors in parliament voted for the deal.",
                "EXAGGERATION_MINIMISATION", "It was the worst ever budget for the region.",
                "APPEAL_TO_FEAR", "Act now before it's too late for the town.",
                "DOUBT", "Can we really trust the figures from the ministry?",
                "FLAG_WAVING", "True patriots will reject this plan.",
                "CAUSAL_OVERSIMPLIFICATION", "The closures are all because of the new tax.",
                "SLOGANS", "Protesters chanted enough is enough outside the hall.");
        examples.forEach((technique, sentence) -> {
            List<TechniqueSpan> spans = TechniqueDetector.find(sentence);
            assertEquals(1, spans.size(), sentence + " -> " + spans);
            TechniqueSpan span = spans.getFirst();
            assertEquals(technique, span.technique());
            assertEquals(span.text(), sentence.substring(span.start(), span.end()));
        });
    }

    @Test
    void neutralWireCopyRaisesNoFalseAlarm() {
        for (String sentence : NEUTRAL_WIRE_COPY) {
            assertTrue(TechniqueDetector.find(sentence).isEmpty(), sentence);
        }
    }
}
