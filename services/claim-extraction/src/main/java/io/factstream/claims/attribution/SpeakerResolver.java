package io.factstream.claims.attribution;

import io.factstream.claims.entities.PersonTitles;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Who said a sentence's quote or reported speech. Reads an article's sentences in order: a named
 * speaker ("Lina Ortiz said", "said Mayor Lina Ortiz", "according to the city council") is taken as
 * written; a pronoun or a role ("he said", "the analyst added") is the last person named in the
 * article, when there is one.
 */
public class SpeakerResolver {
    private static final String VERB = "(?:said|says|told|added|announced|stated|claimed|argued|warned|explained"
            + "|insisted|noted|confirmed|denied|wrote|asked)";
    private static final String TITLE = PersonTitles.titlesBeforeName();
    private static final String NAME = "\\p{Lu}[\\p{L}'’-]+(?:\\s+\\p{Lu}[\\p{L}'’-]+){1,2}";
    private static final Pattern NAMED_BEFORE_VERB = Pattern.compile("(?<![\\p{L}])" + TITLE + "(" + NAME + ")"
            + "(?:,[^,]{1,60},)?\\s+" + VERB + "\\b");
    private static final Pattern VERB_BEFORE_NAME = Pattern.compile("\\b" + VERB + "\\s+" + TITLE + "(" + NAME + ")");
    private static final Pattern ACCORDING_TO = Pattern.compile("(?i)according to\\s+((?:the\\s+)?[\\p{L} ]{2,60}?)"
            + "(?=[,.;]|$)");
    private static final Pattern GROUP_BEFORE_VERB = Pattern.compile("(?i)\\b((?:the\\s+(?:[\\p{L}-]+\\s+){0,3})?"
            + "(?:council|ministry|government|police|company|agency|authority|board|court|committee|department"
            + "|union|operator|spokesperson|spokesman|spokeswoman|officials|authorities|witnesses|residents"
            + "|experts|analysts))\\s+" + VERB + "\\b");
    private static final Pattern PRONOUN_OR_ROLE = Pattern.compile("(?i)\\b(?:he|she|they|the\\s+[\\p{Ll}-]+)\\s+"
            + VERB + "\\b|\\b" + VERB + "\\s+(?:he|she)\\b");
    private static final Pattern PERSON_MENTION = Pattern.compile("(?<![\\p{L}])" + TITLE
            + "(" + NAME + ")");

    private String lastPerson;

    /** The speaker of this sentence, if it reports speech; remembers the people it names for later sentences. */
    public Optional<String> speakerOf(String sentence) {
        Optional<String> speaker = named(sentence);
        if (speaker.isEmpty() && PRONOUN_OR_ROLE.matcher(sentence).find() && lastPerson != null) {
            speaker = Optional.of(lastPerson);
        }
        rememberPeople(sentence, speaker);
        return speaker;
    }

    private static Optional<String> named(String sentence) {
        for (Pattern pattern : new Pattern[] {NAMED_BEFORE_VERB, VERB_BEFORE_NAME, GROUP_BEFORE_VERB, ACCORDING_TO}) {
            Matcher match = pattern.matcher(sentence);
            if (match.find()) {
                return Optional.of(match.group(1).strip());
            }
        }
        return Optional.empty();
    }

    private void rememberPeople(String sentence, Optional<String> speaker) {
        Matcher titled = PERSON_MENTION.matcher(sentence);
        String person = null;
        while (titled.find()) {
            if (titled.start(1) > 0 || titled.group().length() > titled.group(1).length()) {
                person = titled.group(1);
            }
        }
        if (speaker.isPresent() && Character.isUpperCase(speaker.get().charAt(0))) {
            person = speaker.get();
        }
        if (person != null) {
            lastPerson = person;
        }
    }
}
