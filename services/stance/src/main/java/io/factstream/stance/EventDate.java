package io.factstream.stance;

import io.factstream.contracts.DateMention;
import io.factstream.text.mentions.DateMentions;
import java.time.LocalDate;
import java.time.Year;
import java.time.YearMonth;
import java.time.temporal.IsoFields;
import java.util.List;
import java.util.Objects;

/**
 * A date a sentence mentions, as the span of days it can mean: "on 23 July" one day, "last September" a month, "in
 * 2019" a year, "from 1996 to 2007" twelve years ({@link DateMentions}, resolved against the day the text was
 * published). Two reports of one event agree on its date when their spans overlap.
 *
 * <p>When the publication day is not known, the mention is resolved against a stand-in day; {@code anchored} then
 * says whether it means the same days whatever the day ("5 March 2024") or not ("on Monday"). Floating dates of two
 * texts are compared as if both were published the same day, and never with anchored ones.
 */
record EventDate(String text, LocalDate first, LocalDate last, boolean anchored) {
    private static final LocalDate STAND_IN = LocalDate.of(2001, 6, 13);
    private static final LocalDate OTHER_STAND_IN = LocalDate.of(2011, 2, 21);

    static List<EventDate> in(String sentence, LocalDate published) {
        if (published != null) {
            return DateMentions.resolve(sentence, published).stream().map(mention -> of(mention, true)).toList();
        }
        List<DateMention> standIn = DateMentions.resolve(sentence, STAND_IN);
        List<DateMention> other = DateMentions.resolve(sentence, OTHER_STAND_IN);
        return standIn.stream().map(mention -> of(mention, other.stream().anyMatch(
                same -> same.start() == mention.start() && Objects.equals(same.value(), mention.value())))).toList();
    }

    /** Whether both can be compared (both anchored or both floating) and mean overlapping days. */
    boolean overlaps(EventDate other) {
        return comparableWith(other) && !first.isAfter(other.last) && !other.first.isAfter(last);
    }

    boolean comparableWith(EventDate other) {
        return anchored == other.anchored;
    }

    /** The words, with the days they mean when known: "last September (2023-09)", "Monday". */
    String described() {
        String days = days();
        return !anchored || days.equals(text) ? text : text + " (" + days + ")";
    }

    /** The days, as an ISO date, week, month or year. */
    private String days() {
        if (first.equals(last)) {
            return first.toString();
        }
        if (first.getDayOfYear() == 1 && last.equals(first.withDayOfYear(first.lengthOfYear()))) {
            return Integer.toString(first.getYear());
        }
        return first.getDayOfMonth() == 1 && last.equals(first.withDayOfMonth(first.lengthOfMonth()))
                ? YearMonth.from(first).toString() : first + "/" + last;
    }

    private static EventDate of(DateMention mention, boolean anchored) {
        String value = mention.value();
        if (value.contains("/")) {
            String[] years = value.split("/");
            return new EventDate(mention.text(), Year.parse(years[0]).atDay(1),
                    Year.parse(years[1]).atMonth(12).atEndOfMonth(), anchored);
        }
        if (value.contains("-W")) {
            LocalDate monday = LocalDate.of(Integer.parseInt(value.substring(0, 4)), 1, 4)
                    .with(IsoFields.WEEK_OF_WEEK_BASED_YEAR, Long.parseLong(value.substring(value.indexOf('W') + 1)))
                    .with(java.time.DayOfWeek.MONDAY);
            return new EventDate(mention.text(), monday, monday.plusDays(6), anchored);
        }
        return switch (value.length()) {
            case 4 -> new EventDate(mention.text(), Year.parse(value).atDay(1),
                    Year.parse(value).atMonth(12).atEndOfMonth(), anchored);
            case 7 -> new EventDate(mention.text(), YearMonth.parse(value).atDay(1),
                    YearMonth.parse(value).atEndOfMonth(), anchored);
            default -> new EventDate(mention.text(), LocalDate.parse(value), LocalDate.parse(value), anchored);
        };
    }
}
