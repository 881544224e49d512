package io.factstream.text.mentions;

import io.factstream.contracts.DateMention;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class DateMentionsTest {
    /** A Monday. */
    private static final LocalDate PUBLISHED = LocalDate.of(2026, 11, 23);

    private static List<String> values(String sentence) {
        return DateMentions.resolve(sentence, PUBLISHED).stream().map(DateMention::value).toList();
    }

    @Test
    void relativeDaysResolveAgainstPublication() {
        assertEquals(List.of("2026-11-22"), values("The bridge closed yesterday."));
        assertEquals(List.of("2026-11-21"), values("The ferry sank on Saturday."));
        assertEquals(List.of("2026-11-16"), values("The council voted last Monday."));
        assertEquals(List.of("2026-11-20"), values("Prices rose three days ago."));
        assertEquals(List.of("2026-11-23"), values("The mayor spoke today."));
    }

    @Test
    void futureTenseLooksForward() {
        assertEquals(List.of("2026-11-28"), values("The bridge will reopen on Saturday."));
        assertEquals(List.of("2027-01-05"), values("The museum will reopen on Jan. 5."));
    }

    @Test
    void periodsResolveToWeeksMonthsAndYears() {
        assertEquals(List.of("2026-W47"), values("Inflation slowed last week."));
        assertEquals(List.of("2026-11"), values("The plant closed earlier this month."));
        assertEquals(List.of("2026-10"), values("Exports fell last month."));
        assertEquals(List.of("2025"), values("The fleet grew last year."));
    }

    @Test
    void monthsAndYearsWithoutADay() {
        assertEquals(List.of("2023-09"), values("Talks began in September 2023."));
        assertEquals(List.of("2025-12"), values("The plant closed last December."));
        assertEquals(List.of("2026-03"), values("The plant closed in March."));
        assertEquals(List.of("2025-12"), values("The plant closed in December."));
        assertEquals(List.of("2026-12"), values("The plant will close in December."));
        assertEquals(List.of("2019"), values("The museum opened in 2019 with 2020 visitors."));
        assertEquals(List.of("1996/2007"), values("He was governor from 1996 to 2007."));
        assertEquals(List.of(), values("Prices may march higher."), "may and march are verbs too");
    }

    @Test
    void absoluteDatesAreNormalised() {
        assertEquals(List.of("2026-11-05"), values("The vote took place on Nov. 5."));
        assertEquals(List.of("2025-03-14"), values("He was elected on 14 March 2025."));
        assertEquals(List.of("2024-11-23"), values("It opened on November 23, 2024."));
        assertEquals(List.of("2025-12-24"), values("The shop closed on Dec. 24."));
    }

    @Test
    void mentionsKeepTheirWordingAndOffsets() {
        String sentence = "Talks began on Tuesday and ended last week.";
        List<DateMention> mentions = DateMentions.resolve(sentence, PUBLISHED);
        assertEquals(2, mentions.size());
        for (DateMention mention : mentions) {
            assertEquals(mention.text(), sentence.substring(mention.start(), mention.end()));
        }
        assertEquals("2026-11-17", mentions.get(0).value());
    }
}
