package io.factstream.claims.attribution;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class SpeakerResolverTest {

    @Test
    void namedSpeakersAreTakenAsWritten() {
        SpeakerResolver resolver = new SpeakerResolver();
        assertEquals(Optional.of("Lina Ortiz"), resolver.speakerOf("Lina Ortiz said the bridge is safe."));
        assertEquals(Optional.of("Lina Ortiz"),
                resolver.speakerOf("\"We tested every cable,\" said Mayor Lina Ortiz."));
        assertEquals(Optional.of("the city council"),
                resolver.speakerOf("According to the city council, the repairs cost 4.2 million euros."));
        assertEquals(Optional.of("The port authority"),
                new SpeakerResolver().speakerOf("The port authority said prices fell by 8 percent."));
    }

    @Test
    void anyPersonTitleOfTheEntitiesIsLeftOutOfTheSpeaker() {
        assertEquals(Optional.of("Mara Quist"),
                new SpeakerResolver().speakerOf("The pier reopens in May, said Councillor Mara Quist."));
        assertEquals(Optional.of("Ewan Hale"),
                new SpeakerResolver().speakerOf("Deputy Prime Minister Ewan Hale said the budget was balanced."));
    }

    @Test
    void pronounsAndRolesAreTheLastNamedPerson() {
        SpeakerResolver resolver = new SpeakerResolver();
        resolver.speakerOf("The report was written by analyst Tomas Keller for the port.");
        assertEquals(Optional.of("Tomas Keller"), resolver.speakerOf("The analyst added that cargo fell by a third."));
        assertEquals(Optional.of("Tomas Keller"), resolver.speakerOf("\"It was a hard year,\" he said."));
    }

    @Test
    void withoutAnyoneNamedAPronounHasNoSpeaker() {
        assertEquals(Optional.empty(), new SpeakerResolver().speakerOf("\"It was a hard year,\" she said."));
    }

    @Test
    void sentencesWithoutSpeechHaveNoSpeaker() {
        assertEquals(Optional.empty(), new SpeakerResolver().speakerOf("The bridge reopened on Monday."));
    }
}
