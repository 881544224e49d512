package io.factstream.ingest.identity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class ReprintsTest {
    /** A wire story of ours, in five paragraphs. */
    static final List<String> WIRE = List.of(
            "The regional council of Varnholt voted on Wednesday to close the old Esker Bridge to heavy lorries from "
                    + "the first of March, after inspectors found corrosion in four of its twelve steel girders.",
            "Council engineer Mirela Oduya told the meeting that the bridge, built in 1961, could still carry cars and "
                    + "buses safely, but that lorries above 7.5 tonnes would have to take the ring road, a detour of about "
                    + "eleven kilometres. She said the inspection in November had been the most thorough in twenty years.",
            "Hauliers reacted with dismay. The chairman of the Varnholt Freight Association, Tomas Lindqvist, said the "
                    + "detour would add forty minutes to each delivery into the old town and cost his members about "
                    + "two million kroner a year in fuel and wages. He asked the council to publish the inspection report "
                    + "in full.",
            "The council said repairs would begin in the summer and take at least eighteen months, and that it would "
                    + "apply to the national infrastructure fund for half of the estimated cost of 140 million kroner. "
                    + "Councillors from the opposition asked why the corrosion had not been found at the last inspection, "
                    + "in 2019, and called for an independent review of the bridge maintenance programme.",
            "Residents of the streets near the ring road said they feared more traffic and noise. A public meeting on "
                    + "the detour is planned for the second week of February at the town hall, where the engineers will "
                    + "answer questions and show the corroded girders on photographs taken during the inspection.");
    static final String WIRE_TEXT = String.join("\n\n", WIRE);

    private static boolean reprints(String copy) {
        return Reprints.sameOrigin(Fingerprint.of(WIRE_TEXT), Fingerprint.of(copy));
    }

    @Test
    void aReprintCutShortIsAReprint() {
        String firstThreeParagraphs = String.join("\n\n", WIRE.subList(0, 3));
        assertTrue(MinHash.similarity(MinHash.signature(WIRE_TEXT), MinHash.signature(firstThreeParagraphs))
                < MinHash.NEAR_DUPLICATE, "the whole-body overlap alone would miss it");
        assertTrue(reprints(firstThreeParagraphs));
    }

    @Test
    void theWireWithANewLedeOrAParagraphAddedIsAReprint() {
        assertTrue(reprints("VARNHOLT - Lorries will have to avoid the Esker Bridge from March, the town decided. "
                + String.join("\n\n", WIRE.subList(1, WIRE.size()))));
        assertTrue(reprints(WIRE_TEXT + "\n\nOur newspaper asked the council for the 2019 inspection report on Thursday; "
                + "it had not answered by the time of publication. Readers can send their questions about the detour "
                + "to our local desk, which will put them to the engineers at the public meeting."));
    }

    @Test
    void anotherOutletsOwnReportOfTheEventIsNotAReprint() {
        String ownReport = "Heavy lorries are to be banned from Varnholt's Esker Bridge from March 1. The decision, taken "
                + "by the regional council on Wednesday, follows an inspection that found corroded girders in the 1961 "
                + "structure. Cars and buses may still cross. Tomas Lindqvist, who chairs the Varnholt Freight "
                + "Association, said the detour would add forty minutes to each delivery into the old town, and his "
                + "association wants the inspection report published. Repairs are due to start in the summer and will "
                + "last a year and a half; the council hopes the national infrastructure fund will pay for half. "
                + "Opposition councillors want to know why the 2019 inspection missed the damage. Engineer Mirela Oduya "
                + "will present photographs of the girders at a public meeting in February, and people living by the "
                + "ring road worry about noise.";
        assertFalse(reprints(ownReport));
        assertTrue(Fingerprint.of(WIRE_TEXT).containment(Fingerprint.of(ownReport)) < Reprints.CONTAINED);
    }

    @Test
    void aFewSharedSentencesAreTooLittleToTell() {
        String quoteOnly = WIRE.get(0);
        assertTrue(Fingerprint.of(quoteOnly).anchors().length < Reprints.MIN_ANCHORS);
        assertFalse(reprints(quoteOnly), "one sentence of the wire, quoted elsewhere, is not a reprint");
    }

    @Test
    void containmentIsTheShorterBodysShareFoundInTheLonger() {
        Fingerprint wire = Fingerprint.of(WIRE_TEXT);
        assertEquals(1.0, wire.containment(Fingerprint.of(String.join("\n\n", WIRE.subList(0, 3)))));
        assertEquals(1.0, wire.containment(wire));
        assertEquals(0.0, wire.containment(new Fingerprint(wire.signature(), new long[0])));
    }
}
