package io.factstream.claims.entities;

import io.factstream.contracts.EntityKind;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * What a name's own words and its neighbours say about it. A sure cue (a title, an organisation's or a place's head
 * word, a listed place, a listed given name, an acronym) decides wherever the name stands; a weak cue ("in
 * Westport", "Tobias Wren said") only when the article says nothing surer about the same name. Reported speech
 * marks a full name only: "Ortiz said" is known by an earlier "Lina Ortiz", and "a councillor for Kingsferry,
 * said" names no one.
 */
final class NameCues {
    record Cue(EntityKind kind, boolean sure) {
    }

    private static final Set<String> PLACES = list("entities/places.txt");
    private static final Set<String> GIVEN_NAMES = list("entities/given-names.txt");
    private static final Set<String> ORGANISATION_WORDS = Set.of("Council", "Ministry", "Department", "Agency",
            "Authority", "Committee", "Commission", "Board", "Court", "Party", "Union", "University", "College",
            "School", "Schools", "Hospital", "Bank", "Company", "Corporation", "Corp", "Inc", "Ltd", "LLC", "Group",
            "Association", "Institute", "Foundation", "Police", "Service", "Services", "Office", "Bureau",
            "Parliament", "Senate", "Congress", "Assembly", "Government", "Federation", "Organisation",
            "Organization", "Club", "Church", "Fund", "Trust", "Network", "Airlines", "Airways", "Times", "Post",
            "News", "Press", "Nations", "Forces", "Army", "Navy", "Guard", "Museum", "Library", "Industries",
            "Holdings", "Partners", "Co", "Brigade", "Coalition", "Alliance", "Society", "Center", "Centre",
            "Administration", "Cabinet", "Team", "Federal", "Reserve", "Gazette", "Herald", "Tribune", "Journal",
            "Chronicle", "Courier", "Observer", "Guardian", "Telegraph", "Mirror", "Express", "Daily", "Weekly",
            "Review", "Magazine", "Radio", "TV", "Television", "Broadcasting");
    private static final Set<String> PLACE_WORDS = Set.of("City", "County", "Province", "State", "River", "Lake",
            "Mountain", "Mountains", "Island", "Islands", "Bay", "Valley", "Street", "Avenue", "Road", "Square",
            "Park", "Bridge", "Harbour", "Harbor", "Port", "Airport", "Station", "District", "Region", "Coast",
            "Beach", "Highway", "Boulevard", "Lane", "Canal", "Sea", "Ocean", "Gulf", "Peninsula", "Desert", "Forest",
            "Township", "Village", "Heights", "Hills", "Springs", "Falls", "Pier", "Quarter");
    private static final Set<String> BEFORE_PLACE = Set.of("in", "near", "outside", "across", "throughout", "from",
            "at", "to", "into", "toward", "towards");
    private static final Set<String> SPEECH = Set.of("said", "says", "told", "added", "announced", "stated",
            "claimed", "argued", "warned", "explained", "insisted", "noted", "confirmed", "denied", "wrote", "asked");

    private NameCues() {
    }

    static Optional<Cue> of(NameSpan name) {
        Optional<EntityKind> sure = sureKind(name);
        if (sure.isPresent()) {
            return Optional.of(new Cue(sure.get(), true));
        }
        if (name.atStart() && name.words().size() == 1) {
            return Optional.empty(); // any word opens a sentence capitalised: its neighbours say nothing
        }
        if (BEFORE_PLACE.contains(name.before())) {
            return Optional.of(new Cue(EntityKind.PLACE, false));
        }
        boolean speaks = SPEECH.contains(name.after()) || SPEECH.contains(name.before());
        if (speaks && name.words().size() > 1 && name.words().size() <= 3) {
            return Optional.of(new Cue(EntityKind.PERSON, false));
        }
        return Optional.empty();
    }

    /** The last word of a person's name, by which the article may name them again ("Ortiz"). */
    static String surname(NameSpan person) {
        return person.words().getLast();
    }

    private static Optional<EntityKind> sureKind(NameSpan name) {
        String last = name.words().getLast();
        if (name.titled()) {
            return Optional.of(EntityKind.PERSON);
        }
        if (ORGANISATION_WORDS.contains(last)) {
            return Optional.of(EntityKind.ORGANISATION);
        }
        if (PLACES.contains(name.text()) || PLACE_WORDS.contains(last) && name.words().size() > 1) {
            return Optional.of(EntityKind.PLACE);
        }
        if (name.words().stream().anyMatch(ORGANISATION_WORDS::contains) || isAcronym(name.text())) {
            return Optional.of(EntityKind.ORGANISATION);
        }
        if (name.words().size() > 1 && GIVEN_NAMES.contains(name.words().getFirst())) {
            return Optional.of(EntityKind.PERSON);
        }
        return Optional.empty();
    }

    private static boolean isAcronym(String text) {
        return text.matches("\\p{Lu}{2,6}|(?:\\p{Lu}\\.){2,}");
    }

    private static Set<String> list(String resource) {
        try (InputStream in = NameCues.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + resource);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().map(String::strip)
                    .filter(line -> !line.isEmpty() && !line.startsWith("#")).collect(Collectors.toUnmodifiableSet());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
