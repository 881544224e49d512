package io.factstream.ingest.cleaning;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class LanguageIdentifierTest {
    private static final LanguageIdentifier LANGUAGES = new LanguageIdentifier();

    @Test
    void english() {
        assertEquals("en", LANGUAGES.languageOf("The island ferry returned to its full timetable on Monday, two weeks "
                + "after a strike by deck crews halted every crossing."));
    }

    @Test
    void german() {
        assertEquals("de", LANGUAGES.languageOf("Die Fähre zur Insel fährt seit Montag wieder nach dem vollen "
                + "Fahrplan, zwei Wochen nachdem ein Streik der Besatzungen jede Überfahrt gestoppt hatte."));
    }

    @Test
    void french() {
        assertEquals("fr", LANGUAGES.languageOf("Le ferry de l'île a repris lundi son horaire complet, deux semaines "
                + "après qu'une grève des équipages a interrompu toutes les traversées."));
    }

    @Test
    void spanish() {
        assertEquals("es", LANGUAGES.languageOf("El ferry de la isla volvió el lunes a su horario completo, dos "
                + "semanas después de que una huelga de las tripulaciones detuviera todas las travesías."));
    }

    @Test
    void shortTextIsUndetermined() {
        assertEquals("und", LANGUAGES.languageOf("Ferry line resumes"));
        assertEquals("und", LANGUAGES.languageOf("12:30 — 4,000 / 1,200"));
    }

    @Test
    void onlyTheOpeningOfALongTextIsRead() {
        String english = "The council met again on Tuesday evening to discuss the new harbour timetable. ";
        assertEquals("en", LANGUAGES.languageOf(english.repeat(100)));
    }
}
