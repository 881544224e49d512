package io.factstream.bench.articles;

import io.factstream.bench.articles.Newsroom.Story;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.IntStream;

/**
 * Sentence templates of our own writing and the words that fill their {@code {slots}}; a
 * {@code [this|that]} group is one of its alternatives, so that no two articles share much wording (as
 * real articles from different outlets don't). Within one sentence {@code {person}} and {@code {role}}
 * refer to the same member of the article's cast.
 */
final class Phrasebook {
    private static final Pattern SLOT = Pattern.compile("\\{(\\w+)}");
    private static final Pattern ALTERNATIVES = Pattern.compile("\\[([^]]+)]");

    static final List<String> SENTENCES = List.of(
            "{Subject} [was|became|remained] the [main|first|last|most contested] item [on the agenda|for debate|of the evening] when [officials|councillors|board members] [met|gathered|convened] in {place} on {weekday}.",
            "{person}, {role}, [said|argued|insisted|noted] [the decision|the plan|this outcome|the agreement] had been {months} months in [the making|preparation|negotiation].",
            "[According to|Based on|Citing] [figures|estimates|documents|records] [released|published|obtained] by {agency}, [the cost|the bill|spending] has [risen|climbed|grown] to {money}, [up|an increase of] {percent} percent [from the first estimate|since spring|on last year].",
            "[About|Roughly|Nearly|More than] {number} [people|residents|locals|neighbours] [attended|turned up at|crowded into] [a public meeting|an open forum|a hearing] at the {place} [community hall|library|town hall|sports centre] on {date}.",
            "\"[We knew|Everyone knew|I always said] this [would not|was never going to] be [easy|simple|quick], but we [owe it to|have a duty to] [the people|the families|everyone] who [depend on it|live here|rely on us],\" {person} [told reporters|said afterwards|added].",
            "[Critics|Opponents|Campaigners|Several councillors] [argue|say|claim|maintain] that {agency} [waited too long|was slow|hesitated] [to act|before acting|to respond] and that [warnings|reports|complaints] [issued|filed|raised] in {year} were [ignored|shelved|overlooked].",
            "[The plan|The proposal|The scheme|The measure] still [needs|requires|awaits] [approval|a green light|sign-off] from the [regional|district|county] council, which [is expected|plans|hopes] to vote before [the end of {month}|mid-{month}|early {month}].",
            "{person}, who has [lived|worked|run a business] in {place} for {small} years, said the [changes|effects|consequences] were already [visible|felt|obvious] [in the neighbourhood|on her street|along the waterfront|around the square].",
            "A [spokesperson|press officer|representative] for {agency} [declined to comment on|would not discuss|refused to speculate about] the [timetable|schedule|deadline] but [confirmed|acknowledged|said] that {number} [staff|workers|contractors|volunteers] were [involved|on site|assigned].",
            "[Local|Nearby|Small] [businesses|shops|cafes|traders] [reported|recorded|described] a [drop|fall|slump] in [trade|sales|takings|footfall] of [roughly|about|nearly] {percent} percent [during the disruption|over the period|since the work began].",
            "The [last|previous|most recent] [comparable|similar] [project|scheme|programme], [completed|finished|wrapped up] in {year}, [came in|ran] {months} months [late|behind schedule] and {money} over [budget|its estimate].",
            "[Officials|Administrators|Staff] in {place} [said|promised|announced] they would [publish|release|present] a [detailed|full|final] [report|assessment|review] on {date}.",
            "{person}, {role}, [described|called|characterised] the [outcome|result|deal] as \"a [fair|reasonable|workable] compromise that nobody is [entirely|completely|fully] [happy with|satisfied by]\".",
            "The [figures|numbers|totals] have not been [independently verified|checked by auditors|confirmed], and {agency} [said|warned|cautioned] [some of them|several|a few] may still [change|be revised|shift].",
            "[Traffic|Buses|Lorries|Cyclists] on the [main road|high street|ring road|coast road] through {place} [were|was] [diverted|rerouted|held up] for {small} days while [crews|engineers|contractors] worked [overnight|around the clock|in shifts].",
            "In a [written|brief|short] statement, {agency} said it had [received|collected|logged] {number} [responses|submissions|comments] [during the consultation|from the public|by the deadline].",
            "[Unions|Staff representatives|Organisers] say at least {number} [jobs|livelihoods|positions] [depend on|hinge on|ride on] the [outcome|decision|talks], a [claim|figure|number] the [employers' group|management|company] [disputes|rejects|questions].",
            "The [money|funding|grant] [comes from|is drawn from|was taken from] a {money} [fund|programme|reserve] [set up|created|launched] by the [state|national|regional] government in {year}.",
            "{person} said [the community|residents|families|the town] had been \"[left in the dark|kept guessing|ignored]\" for [most|much|large parts] of the [process|year|negotiations].",
            "[Engineers|Planners|Managers] [expect|estimate|predict] the [work|repairs|project] to [last|continue|run] until {month} {nextYear}, [weather permitting|if funding holds|barring surprises].",
            "[Turnout|Attendance] at the [evening|morning|weekend] [session|meeting|hearing] was [higher|larger] than at any [meeting|gathering] since {year}, [organisers|the clerk|volunteers] said.",
            "The [proposal|deal|package] would also [create|fund|add] {small} new [posts|roles|positions] and a [hotline|help desk|website] for [residents|families|owners] with [questions|complaints|concerns].",
            "{person}, {role}, [warned|cautioned|predicted] that [delays|setbacks|disputes] of more than {small} weeks would [push costs up|add to the bill|strain budgets] [again|further|once more].",
            "[Residents|Commuters|Pupils|Patients] [of|from] {place} and {place} will be [offered|given|provided] free [shuttle buses|taxis|travel passes] [in the meantime|until the work ends|for now].",
            "It is the {ordinal} time in {small} years that {subject} has [made headlines|drawn protests|divided opinion] in {place}.",
            "[Neither side|No one involved|None of the parties] [expects|anticipates|predicts] a [final|binding|firm] [decision|ruling|answer] before {date}.",
            "[Data|Records|A survey] from {agency} [show|shows|suggest|suggests] that {percent} percent of [households|homes|firms|farms] in the [area|district|valley] were [affected|hit|disrupted] at [some point|least once].",
            "Asked whether the [schedule|budget|plan] was [realistic|achievable|credible], {person} [said|replied|answered]: \"We have [built in|allowed for|kept] a [margin|buffer|reserve], and we [intend|plan|mean] to keep it.\"",
            "The [opposition|minority group|watchdog] has [called for|demanded|requested] an [independent|external|full] review of {subject} and the release of [all|every piece of] [correspondence|email|paperwork] since {year}.",
            "On {weekday}, {number} [people|residents|voters] [signed|backed|added their names to] a petition [asking|calling|pressing] for the [decision|vote|plan] to be [postponed|delayed|reconsidered].",
            "{person}, {role}, [pointed out|noted|stressed] that the [population|workforce|number of households] of {place} has [grown|risen|increased] by {percent} percent since {year}.",
            "A [similar|comparable|related] [dispute|case|row] in {place} was [settled|resolved|closed] in {month} {year} after {months} months of [negotiation|talks|hearings].",
            "[Insurance claims|Compensation requests|Repair bills] [linked to|arising from|tied to] {subject} have [reached|passed|topped] {money}, according to [an industry estimate|a trade body|the regulator].",
            "\"[Nobody|No one] [here|in this town|on this street] [remembers|has seen] anything like it,\" said {person}, {role}.",
            "The [council|board|committee] [meets|sits|reconvenes] again on {date}, when {subject} is [expected|due|likely] to [return to|come back onto|top] the agenda.");

    private static final List<String> FIRST_NAMES = List.of("Maria", "Tomas", "Aisha", "Graham", "Lena", "Oskar",
            "Priya", "Declan", "Yuki", "Ruth", "Samuel", "Ingrid", "Kofi", "Beatriz", "Hamish", "Noor", "Pavel",
            "Clara", "Dmitri", "Esther");
    private static final List<String> LAST_NAMES = List.of("Okafor", "Lindqvist", "Harrington", "Moreau",
            "Castellanos", "Whitcombe", "Nakamura", "Brennan", "Adeyemi", "Kowalczyk", "Fairweather", "Santos",
            "Holloway", "Rasmussen", "Delacroix", "Mbeki", "Thorne", "Vasquez", "Abernathy", "Quist");
    private static final List<String> ROLES = List.of("the mayor of {place}", "a councillor for {place}",
            "chair of the {place} residents' association", "an economist at Northfield University",
            "the union's regional secretary", "a structural engineer who advised the council",
            "head of the {place} chamber of commerce", "a retired teacher", "a spokesperson for {agency}",
            "a shop owner on the high street");
    private static final List<String> PLACES = List.of("Westport", "Saltmarsh", "Alder Falls", "Copper Ridge",
            "Dunmore", "Millbrook", "Harrow Bay", "Fenwick", "Greyhaven", "Oakmere", "Linton Cross", "Brackwater",
            "Pell Harbour", "Stonebridge", "Marrow Hill", "Kingsferry");
    private static final List<String> WEEKDAYS = List.of("Monday", "Tuesday", "Wednesday", "Thursday", "Friday",
            "Saturday", "Sunday");
    private static final List<String> MONTHS = List.of("January", "February", "March", "April", "May", "June",
            "July", "August", "September", "October", "November", "December");
    private static final List<String> ORDINALS = List.of("second", "third", "fourth", "fifth", "sixth");

    /** A person quoted in an article, with the role the article gives them. */
    record Person(String name, String role) {
    }

    private final Random random;

    Phrasebook(Random random) {
        this.random = random;
    }

    List<Person> cast(Story story, int size) {
        return IntStream.range(0, size).mapToObj(member -> new Person(
                pick(FIRST_NAMES) + " " + pick(LAST_NAMES), fill(pick(ROLES), story, List.of()))).toList();
    }

    String fill(String template, Story story, List<Person> cast) {
        Person person = cast.isEmpty() ? null : pick(cast);
        Matcher slot = SLOT.matcher(ALTERNATIVES.matcher(template)
                .replaceAll(group -> Matcher.quoteReplacement(pick(List.of(group.group(1).split("\\|"))))));
        StringBuilder sentence = new StringBuilder();
        while (slot.find()) {
            slot.appendReplacement(sentence, Matcher.quoteReplacement(word(slot.group(1), story, person)));
        }
        return slot.appendTail(sentence).toString();
    }

    <T> T pick(List<T> choices) {
        return choices.get(random.nextInt(choices.size()));
    }

    private String word(String slot, Story story, Person person) {
        return switch (slot) {
            case "subject" -> story.subject();
            case "Subject" -> story.subject().substring(0, 1).toUpperCase(Locale.ROOT) + story.subject().substring(1);
            case "agency" -> story.agency();
            case "place" -> random.nextInt(3) == 0 ? story.place() : pick(PLACES);
            case "person" -> person.name();
            case "role" -> person.role();
            case "weekday" -> pick(WEEKDAYS);
            case "month" -> pick(MONTHS);
            case "date" -> (1 + random.nextInt(28)) + " " + pick(MONTHS);
            case "year" -> String.valueOf(1994 + random.nextInt(31));
            case "nextYear" -> String.valueOf(2026 + random.nextInt(3));
            case "months" -> String.valueOf(2 + random.nextInt(30));
            case "number" -> String.format(Locale.ROOT, "%,d", 40 + random.nextInt(12_000));
            case "small" -> String.valueOf(2 + random.nextInt(18));
            case "tiny" -> String.valueOf(1 + random.nextInt(4));
            case "percent" -> String.valueOf(3 + random.nextInt(60));
            case "money" -> random.nextBoolean()
                    ? "$" + (2 + random.nextInt(400)) + " million"
                    : String.format(Locale.ROOT, "$%,d", 10_000 + random.nextInt(900_000));
            case "ordinal" -> pick(ORDINALS);
            default -> throw new IllegalArgumentException("no words for slot {" + slot + "}");
        };
    }
}
