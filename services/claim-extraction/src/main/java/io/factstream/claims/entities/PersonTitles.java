package io.factstream.claims.entities;

import java.util.Set;
import java.util.stream.Collectors;

/** The words that stand before a person's name as a title: "Mayor Lina Ortiz", "Dr. Chen", "Prime Minister Hale". */
public final class PersonTitles {
    static final Set<String> TITLES = Set.of("Mayor", "President", "Prime", "Minister", "Senator", "Governor",
            "Judge", "Justice", "General", "Gen", "Dr", "Prof", "Professor", "Mr", "Mrs", "Ms", "Chief", "Director",
            "Chancellor", "Sheriff", "Captain", "Capt", "Coach", "Sen", "Rep", "Gov", "Lt", "Col", "Sgt", "Officer",
            "Inspector", "Superintendent", "Commissioner", "Councillor", "Councilor", "Secretary", "Ambassador",
            "King", "Queen", "Prince", "Princess", "Pope", "Bishop", "Rev", "Chairman", "Chairwoman", "Speaker",
            "Deputy", "Vice", "Premier", "Dean");
    /** Titles written short with a full stop ("Dr. Chen"); the stop does not end the name. */
    static final Set<String> SHORT_TITLES = Set.of("Dr", "Prof", "Mr", "Mrs", "Ms", "Gen", "Sen", "Rep",
            "Gov", "Lt", "Col", "Sgt", "Capt", "Rev", "St");

    private PersonTitles() {
    }

    /** A regular expression for any titles before a name, each with its full stop and the space after it. */
    public static String titlesBeforeName() {
        String anyTitle = TITLES.stream().sorted().collect(Collectors.joining("|"));
        return "(?:(?:" + anyTitle + ")\\.?\\s+)*";
    }
}
