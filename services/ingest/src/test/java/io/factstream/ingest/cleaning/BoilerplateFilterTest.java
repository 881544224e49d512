package io.factstream.ingest.cleaning;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class BoilerplateFilterTest {
    private static final String FERRY_1 = "The island ferry returned to its full timetable on Monday, two weeks after "
            + "a strike by deck crews halted every crossing.";
    private static final String FERRY_2 = "Operators said 1,200 passengers travelled on the first day, roughly the "
            + "number carried on an ordinary weekday before the dispute.";
    private static final String FERRY_3 = "“We are simply glad to be moving again,” said Mara Lind, who runs a bakery "
            + "near the pier.";
    private static final String HEADING = "What the deal includes";

    private final BoilerplateFilter filter = new BoilerplateFilter(new OutletLineHistory(100, 50, 3));

    @Test
    void subscriptionAndDonationAppealsGo() {
        assertCleaned("harbor-daily.example",
                real(FERRY_1),
                furniture("Support independent journalism: become a member from just $5 a month."),
                real(FERRY_2),
                real("Subscribers to the monthly ferry pass will get two weeks refunded, the operator said."),
                furniture("Subscribe now"),
                furniture("If you value our reporting, please consider making a donation today."),
                real(FERRY_3));
    }

    @Test
    void notificationAndCookiePromptsGo() {
        assertCleaned("harbor-daily.example",
                furniture("We use cookies to improve your experience on our site. By continuing to browse, you agree "
                        + "to our use of cookies."),
                furniture("Accept all"),
                furniture("Manage preferences"),
                real(FERRY_1),
                furniture("Turn on notifications to get the latest headlines as they happen."),
                real("The bakery near the pier sold 4,000 cookies on the first weekend, its owner estimated."),
                real(FERRY_2));
    }

    @Test
    void adBlockerNoticesGo() {
        assertCleaned("harbor-daily.example",
                real(FERRY_1),
                furniture("It looks like you're using an ad blocker."),
                furniture("Please disable your ad blocker or add us to your allowlist to keep reading."),
                furniture("Ads help fund our reporting."),
                real(FERRY_2),
                real(FERRY_3));
    }

    @Test
    void relatedLinksGo() {
        assertCleaned("harbor-daily.example",
                real(FERRY_1),
                furniture("Read more: Ferry strike enters its second week"),
                real(HEADING),
                real(FERRY_2),
                real(FERRY_3),
                furniture("You may also like"),
                furniture("Harbour tunnel opens next spring"),
                furniture("Island school gets a new roof"),
                furniture("Most read"),
                furniture("Council votes on parking fees"));
    }

    @Test
    void commentSectionLeftoversGo() {
        assertCleaned("harbor-daily.example",
                real(FERRY_1),
                real(FERRY_2),
                real("Union leaders declined to comment on whether further strikes were planned."),
                furniture("42 comments"),
                furniture("Sort by: Newest first"),
                furniture("islandsailor"),
                furniture("3 hours ago"),
                furniture("About time!"),
                furniture("Reply"),
                furniture("Report"),
                furniture("Comments are closed."));
    }

    @Test
    void authorBiosAndNewsletterPromosGo() {
        assertCleaned("harbor-daily.example",
                real(FERRY_1),
                furniture("Sign up for our Morning Tide newsletter to get the day's top stories in your inbox."),
                real(FERRY_2),
                real("Lind, who is a former deck officer herself, said crews had been patient."),
                real(FERRY_3),
                furniture("Jonas Berg is a transport correspondent at Harbor Daily. Follow him on X at @jberg."));
    }

    @Test
    void loginPromptsGo() {
        assertCleaned("harbor-daily.example",
                real(FERRY_1),
                furniture("Already a subscriber? Log in"),
                furniture("Sign in to continue reading"),
                furniture("Create a free account to read this article."),
                furniture("Forgot your password?"),
                real("Residents can sign up for the discounted island pass at the harbour office from Friday."),
                real(FERRY_2));
    }

    @Test
    void shortRealLinesInTheStorySurvive() {
        assertCleaned("harbor-daily.example",
                real(FERRY_1),
                real(HEADING),
                real("“Sign up early,” the mayor urged."),
                real(FERRY_2),
                real("It sailed on time."));
    }

    @Test
    void linesInsideAPlainTextParagraphAreJudgedOneByOne() {
        List<TextBlock> blocks = TextBlock.ofPlainText(FERRY_1 + "\nSubscribe now\n" + FERRY_2 + "\n\n" + FERRY_3);
        assertEquals(FERRY_1 + "\n" + FERRY_2 + "\n\n" + FERRY_3,
                ParagraphText.of(filter.keepContent("a.example", "https://a.example/1", blocks).story()));
    }

    @Test
    void linkDenseHtmlBlocksGo() {
        List<TextBlock> blocks = List.of(new TextBlock(FERRY_1, 0), new TextBlock("Harbour tunnel opens next spring", 1),
                new TextBlock(FERRY_2, 0.05));
        assertEquals(FERRY_1 + "\n\n" + FERRY_2,
                ParagraphText.of(filter.keepContent("a.example", "https://a.example/1", blocks).story()));
    }

    @Test
    void anArticleThatIsAllFurnitureIsLeftAlone() {
        List<TextBlock> blocks = TextBlock.ofPlainText("Subscribe now\n\nLog in");
        assertEquals(blocks, filter.keepContent("a.example", "https://a.example/1", blocks).story());
    }

    // The repeated lines below sit inside the story, where only the line's own signals and the outlet's history judge it
    // (a line above or below the story goes for its place alone: PageStructureTest).

    @Test
    void linesAnOutletRepeatsInThreeArticlesGo() {
        String slogan = "Harbor Daily — the island's paper since 1921";
        assertEquals(inStory(slogan), clean("harbor-daily.example", "/1", FERRY_1, slogan, FERRY_2));
        assertEquals(inStory(slogan), clean("harbor-daily.example", "/2", FERRY_1, slogan, FERRY_2));
        assertEquals(inStory(), clean("harbor-daily.example", "/3", FERRY_1, slogan, FERRY_2));
        assertEquals(inStory(), clean("harbor-daily.example", "/4", FERRY_1, slogan, FERRY_2));
    }

    @Test
    void repeatsAreCountedPerOutlet() {
        String slogan = "Your island, your news";
        assertEquals(inStory(slogan), clean("harbor-daily.example", "/1", FERRY_1, slogan, FERRY_2));
        assertEquals(inStory(slogan), clean("harbor-daily.example", "/2", FERRY_1, slogan, FERRY_2));
        assertEquals(inStory(slogan), clean("island-times.example", "/3", FERRY_1, slogan, FERRY_2));
    }

    @Test
    void submittingTheSameArticleAgainIsNotARepeat() {
        String slogan = "Your island, your news";
        for (int attempt = 0; attempt < 5; attempt++) {
            assertEquals(inStory(slogan), clean("harbor-daily.example", "/1", FERRY_1, slogan, FERRY_2));
        }
    }

    private static String inStory(String... between) {
        List<String> paragraphs = new ArrayList<>(List.of(FERRY_1));
        paragraphs.addAll(List.of(between));
        paragraphs.add(FERRY_2);
        return String.join("\n\n", paragraphs);
    }

    @Test
    void reportingIsNeverRemovedForRepeatingAlone() {
        String background = "The strike began on 2 November after talks over night-shift pay broke down without "
                + "an agreement.";
        for (int article = 1; article <= 5; article++) {
            assertEquals(FERRY_1 + "\n\n" + background, clean("harbor-daily.example", "/" + article, FERRY_1, background));
        }
    }

    @Test
    void repeatsDifferingOnlyInNumbersCount() {
        clean("harbor-daily.example", "/1", FERRY_1, "Share 12 times");
        clean("harbor-daily.example", "/2", FERRY_1, "Share 3 times");
        assertEquals(FERRY_1, clean("harbor-daily.example", "/3", FERRY_1, "Share 40 times"));
    }

    private String clean(String outlet, String path, String... paragraphs) {
        List<TextBlock> blocks = TextBlock.ofPlainText(String.join("\n\n", paragraphs));
        return ParagraphText.of(filter.keepContent(outlet, "https://" + outlet + path, blocks).story());
    }

    private void assertCleaned(String outlet, Paragraph... paragraphs) {
        List<TextBlock> blocks = new ArrayList<>();
        for (Paragraph paragraph : paragraphs) {
            blocks.add(new TextBlock(paragraph.text(), 0));
        }
        String expected = List.of(paragraphs).stream().filter(Paragraph::real).map(Paragraph::text)
                .collect(Collectors.joining("\n\n"));
        assertEquals(expected, ParagraphText.of(filter.keepContent(outlet, "https://" + outlet + "/x", blocks).story()));
    }

    private static Paragraph real(String text) {
        return new Paragraph(text, true);
    }

    private static Paragraph furniture(String text) {
        return new Paragraph(text, false);
    }

    private record Paragraph(String text, boolean real) {
    }
}
