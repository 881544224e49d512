package io.factstream.ingest.cleaning;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * Furniture found by its place on the page, with no outlet history: the shapes of the customer's sample pages
 * (../shared/seeds), written again around a story of ours.
 */
class PageStructureTest {
    private static final String HEADLINE = "Varnholt closes Esker Bridge to lorries after inspectors find corrosion";
    private static final String STANDFIRST = "Hauliers face an eleven-kilometre detour from March as the council "
            + "orders repairs to the 1961 crossing that will take at least eighteen months";
    private static final List<String> STORY = List.of(
            "The regional council of Varnholt voted on Wednesday to close the Esker Bridge to heavy lorries from the "
                    + "first of March, after inspectors found corrosion in four of its twelve steel girders.",
            "Council engineer Mirela Oduya said the bridge could still carry cars and buses safely.",
            "The chairman of the Varnholt Freight Association said the detour would add forty minutes to each "
                    + "delivery into the old town and cost his members two million kroner a year.",
            "Repairs will begin in the summer, and the council will ask the national infrastructure fund for half of "
                    + "the estimated cost of 140 million kroner.",
            "Nobody from the fund was available to comment.");

    private final BoilerplateFilter filter = new BoilerplateFilter(new OutletLineHistory(100, 50, 3));

    private String cleaned(List<String> page) {
        return ParagraphText.of(keptOf(page).story());
    }

    private PageContent keptOf(List<String> page) {
        return filter.keepContent("varnholt-post.example", "https://varnholt-post.example/1",
                TextBlock.ofPlainText(String.join("\n\n", page)));
    }

    private static List<String> page(List<String> before, List<String> after) {
        return java.util.stream.Stream.of(before, STORY, after).flatMap(List::stream).toList();
    }

    private static String story() {
        return String.join("\n\n", STORY);
    }

    @Test
    void aNewsSitesHeaderBylineDonationBoxAndLogInNoticeGoWhileTheStandfirstStays() {
        List<String> page = page(List.of("Get breaking news alerts from the Varnholt Post", "Alerts can be switched off "
                        + "in your browser settings.", HEADLINE, STANDFIRST, "Mirela Jansen", "Wednesday 4 December 2026 "
                        + "16:30 CET", "Transport Varnholt", "Transport Varnholt", "Back truly", "local journalism",
                "We exist to report without fear or favour and to hold the powerful in our region to account.",
                "Whether 5 or 50 kroner, every gift helps.", "Help us keep our reporting free for all readers.",
                "Anders Berg", "Anders Berg", "Managing editor"),
                List.of("Thanks for signing up", "Reload the page or open another page on the site to be signed in "
                        + "automaticallyReload your browser to be signed in"));
        assertEquals(STANDFIRST + "\n\n" + story(), cleaned(page));
        assertEquals(Optional.of(HEADLINE), keptOf(page).headline());
    }

    @Test
    void aBreadcrumbTrailBylineCommentNoticeAndAdBlockerPromptGo() {
        List<String> page = page(List.of("Home » Regional » " + HEADLINE, HEADLINE, "by Lena Holm Senior Regional Editor"),
                List.of("You might also enjoy", "Post a reply", "This blog filters spam with a plugin. See how your "
                        + "reply data is handled.", "Ad blocker spotted", "Kindly switch off your ad blocker for this "
                        + "site so that we can keep writing."));
        assertEquals(story(), cleaned(page));
        assertEquals(Optional.of(HEADLINE), keptOf(page).headline(),
                "the headline, not the breadcrumb trail or the byline");
    }

    @Test
    void anAuthorBiographyOnTopAndACommentsHeadingBelowGo() {
        List<String> page = page(List.of("Lena Holm: Senior Fellow of the Varnholt Institute for Transport (VIT), "
                        + "Chair of the Regional Mobility Board, Member of the \"Bridges for Tomorrow\" Working Group of "
                        + "the Second Term"),
                List.of("Kommentare"));
        assertEquals(story(), cleaned(page));
    }

    @Test
    void aStoryWithoutFurnitureKeepsEveryLineEvenShortOnesAtItsEdges() {
        List<String> page = page(List.of("Lorries are banned.", "Varnholt council said so on Wednesday, ending a "
                + "month of debate among councillors who had asked for the report"), List.of("More is expected soon."));
        assertEquals(String.join("\n\n", page), cleaned(page));
    }
}
