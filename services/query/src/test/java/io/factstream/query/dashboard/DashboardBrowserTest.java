package io.factstream.query.dashboard;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import io.factstream.contracts.ArticleClaims;
import io.factstream.contracts.ArticleIngested;
import io.factstream.contracts.ArticleSections;
import io.factstream.contracts.ClaimType;
import io.factstream.contracts.Evidence;
import io.factstream.contracts.EvidenceKind;
import io.factstream.contracts.ExtractedClaim;
import io.factstream.contracts.FactCheckRating;
import io.factstream.contracts.FollowUp;
import io.factstream.contracts.Stance;
import io.factstream.contracts.StanceBasis;
import io.factstream.contracts.Topic;
import io.factstream.contracts.Verdict;
import io.factstream.contracts.VerdictLabel;
import io.factstream.query.ResultTopics;
import io.factstream.query.report.ResultReader;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.net.URL;
import java.nio.file.Files;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.NoAlertPresentException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The dashboard in headless Chromium, served by the running query service on the real Kafka and Elasticsearch:
 * an article report (whose text carries script and event-handler payloads that must stay text), a verdict arriving
 * live on the feed, and claim search. Screenshots are kept under target/screenshots/.
 */
@QuarkusTest
class DashboardBrowserTest {
    private static final Duration TIMEOUT = Duration.ofSeconds(30);
    private static final String TITLE = "Harbour <script>window.injected = 1</script> bridge reopens";
    private static final String HOSTILE_CLAIM = "The council said <img src=x onerror=\"window.injected=2\"> the "
            + "bridge reopened on Monday.";

    @TestHTTPResource("/")
    URL root;
    @Inject
    ResultTopics topics;
    @Inject
    ResultReader results;

    private final String run = UUID.randomUUID().toString().replace("-", "").substring(0, 24);
    private final String articleId = "a" + run;
    private final String claimId = articleId + "-c0";
    private final Instant published = Instant.now();
    private ChromeDriver browser;

    @BeforeEach
    void openBrowser() throws Exception {
        browser = HeadlessChromium.start();
    }

    /** Every page ran under the service's Content-Security-Policy without the browser refusing any of it. */
    @AfterEach
    void closeBrowser() {
        if (browser != null) {
            try {
                assertEquals(List.of(), HeadlessChromium.policyViolations(browser));
            } finally {
                browser.quit();
            }
        }
    }

    @Test
    void everyPageIsServedWithAPolicyThatForbidsInlineScript() {
        for (String page : List.of("/", "/report.html", "/story.html", "/search.html")) {
            given().get(page).then().statusCode(200)
                    .header("Content-Security-Policy", containsString("script-src 'self';"))
                    .header("Content-Security-Policy", containsString("style-src 'self';"))
                    .body(not(containsString("<script>")));
        }
    }

    @Test
    void theReportShowsHostileArticleTextAsText() throws Exception {
        publishArticle();
        publish(Topic.VERDICTS, verdict(1, VerdictLabel.SINGLE_SOURCE));
        awaitIndexed(1);

        browser.get(root + "report.html?id=" + articleId);
        WebElement title = waitFor(By.cssSelector("[data-testid=title]"));
        assertEquals(TITLE, title.getText());
        // The page re-renders when a verdict of this article arrives: wait for the text, not for an element.
        new WebDriverWait(browser, TIMEOUT).until(ExpectedConditions.textToBePresentInElementLocated(
                By.id("claim-" + claimId), HOSTILE_CLAIM));
        WebElement claim = waitFor(By.id("claim-" + claimId));
        assertTrue(claim.getText().contains("Single source"), claim.getText());
        assertTrue(claim.getText().contains("SUPPORTS"), "evidence with its stance: " + claim.getText());
        assertTrue(claim.getText().contains("<b>states</b> the same"), "and what decided it: " + claim.getText());
        assertEquals("Left 50% · Center 50% · Right 0% of 2 rated · 2 sources compared · coverage gap: no Right coverage"
                + " · ratings: MBFC via Baly et al. 2018",
                waitFor(By.cssSelector("[data-testid=coverage-summary]")).getText().trim().replaceAll("\\s+", " "),
                "the spectrum as the report gives it");
        assertTrue(browser.findElements(By.cssSelector("main img, main script, main b")).isEmpty(),
                "no markup was injected");
        assertTrue(browser.findElements(By.cssSelector("a[href^='javascript']")).isEmpty(), "no script link");
        assertFalse(browser.findElement(By.id("report")).getText().contains("null"), "no missing section shown");
        assertEquals(null, browser.executeScript("return window.injected === undefined ? null : window.injected;"));
        assertNoAlert();
        assertTrue(Files.size(HeadlessChromium.screenshot(browser, "report")) > 0);
    }

    @Test
    void anEditorSignsInFromTheReportAndOverridesAVerdictWithAReason() throws Exception {
        openReportWithVerdict(VerdictLabel.SINGLE_SOURCE, "Single source");

        By panel = By.cssSelector("#claim-" + claimId + " [data-testid=override]");
        waitFor(panel).findElement(By.tagName("summary")).click();
        WebElement signIn = waitFor(By.cssSelector("#claim-" + claimId + " [data-testid=sign-in]"));
        signIn.findElement(By.name("j_username")).sendKeys("jdoe");
        signIn.findElement(By.name("j_password")).sendKeys("wrong-password");
        signIn.findElement(By.tagName("button")).click();
        awaitText(By.cssSelector("#claim-" + claimId + " [data-testid=sign-in]"), "Wrong name or password.");
        WebElement password = browser.findElement(By.cssSelector("#claim-" + claimId + " [name=j_password]"));
        password.clear();
        password.sendKeys("jdoe-password");
        browser.findElement(By.cssSelector("#claim-" + claimId + " [data-testid=sign-in] button")).click();

        awaitText(panel, "Signed in as jdoe");
        WebElement form = browser.findElement(panel).findElement(By.tagName("form"));
        new Select(form.findElement(By.name("label"))).selectByValue("DISPUTED");
        form.findElement(By.name("note")).sendKeys("The ministry gives another date.");
        form.findElement(By.cssSelector("button[type=submit]")).click();
        awaitText(By.cssSelector("#claim-" + claimId + " [data-testid=override-status]"), "Accepted");
        HeadlessChromium.screenshot(browser, "override");

        given().get("/claims/" + claimId + "/override").then().statusCode(200)
                .body("[0].editor", equalTo("jdoe"))
                .body("[0].label", equalTo("DISPUTED"))
                .body("[0].labelBefore", equalTo("SINGLE_SOURCE"))
                .body("[0].note", equalTo("The ministry gives another date."));
    }

    @Test
    void theReportShowsItsSectionsAndWhoReportedWhatHappened() throws Exception {
        openReportWithVerdict(VerdictLabel.INSUFFICIENT_EVIDENCE, "Insufficient evidence");
        List<WebElement> sentences = waitFor(By.cssSelector("[data-testid=what-happened]"))
                .findElements(By.tagName("li"));
        assertEquals(List.of("harbor-daily.example: The bridge reopened <b>on Monday</b>.",
                "coastline-courier.example: The repairs cost 4.2 million euros."),
                sentences.stream().map(WebElement::getText).toList(), "each sentence after its outlet");
        assertEquals(root + "report.html?id=o" + run + "#claim-o" + run + "-c0",
                sentences.get(1).findElement(By.tagName("a")).getAttribute("href"), "linked to the claim it is");
        assertEquals(List.of(TITLE, "Coverage spectrum", "What happened", "Why it matters", "Perspective signals",
                "Follow-up questions", "Verdicts"), browser.findElements(By.cssSelector("#report h2")).stream()
                .map(WebElement::getText).toList(), "no common ground: the story has none");
        assertTrue(browser.findElement(By.id("report")).getText().contains("Who paid for the repairs?"),
                "a question about a claim the evidence has not answered");
        WebElement factChecked = browser.findElement(By.cssSelector("#claim-" + claimId + " [data-testid=fact-checked]"));
        assertEquals("Already fact-checked: Corran Fact Check rated “The bridge reopened on Monday.” Mostly True "
                + "(2026-11-20)", factChecked.getText());
        assertEquals("https://checkers.factstream.example/bridge-monday",
                factChecked.findElement(By.tagName("a")).getAttribute("href"), "linked to the fact-check");
        HeadlessChromium.screenshot(browser, "report-sections");
    }

    @Test
    void theFrontPageListsTheLatestStoriesAndQueuesANewContradictionWithoutReload() throws Exception {
        publishArticle();
        publish(Topic.VERDICTS, verdict(1, VerdictLabel.SINGLE_SOURCE));
        awaitIndexed(1);
        browser.get(root.toString());
        new WebDriverWait(browser, TIMEOUT).until(ExpectedConditions.textToBePresentInElementLocated(By.id("status"),
                "Connected"));
        // The lists are drawn again whenever verdicts arrive: wait on what they show, never on an element found before.
        By story = By.cssSelector("[data-testid=stories] [data-story='s" + run + "']");
        By queued = By.cssSelector("[data-testid=attention] [data-claim='" + claimId + "']");
        awaitText(story, TITLE);
        awaitText(story, "coverage gap: no Right coverage");
        awaitText(By.cssSelector("[data-testid=gaps] [data-story='s" + run + "']"), "no Right coverage");
        awaitText(By.cssSelector("[data-testid=stats]"), "Last 24 hours");
        assertTrue(browser.findElements(queued).isEmpty(), "a single-source claim needs no attention");

        publish(Topic.VERDICTS, verdict(2, VerdictLabel.CONTRADICTED));
        awaitText(queued, "Contradicted");
        new Select(browser.findElement(By.name("label"))).selectByValue("DISPUTED");
        browser.findElement(By.cssSelector("#attention-filter button")).click();
        new WebDriverWait(browser, TIMEOUT).until(ExpectedConditions.invisibilityOfElementLocated(queued));
        new Select(browser.findElement(By.name("label"))).selectByValue("");
        browser.findElement(By.name("outlet")).sendKeys("harbor-daily.example");
        browser.findElement(By.cssSelector("#attention-filter button")).click();
        awaitText(queued, "Contradicted");
        assertNoAlert();
        HeadlessChromium.screenshot(browser, "front-page");

        // An editor's override of it stays in the queue, for a second look, under a filter of its own.
        new Select(browser.findElement(By.name("label"))).selectByValue("EDITORIAL");
        browser.findElement(By.cssSelector("#attention-filter button")).click();
        new WebDriverWait(browser, TIMEOUT).until(ExpectedConditions.invisibilityOfElementLocated(queued));
        Verdict contradicted = verdict(3, VerdictLabel.SINGLE_SOURCE);
        publish(Topic.VERDICTS, new Verdict(contradicted.schemaVersion(), claimId, articleId, contradicted.claimText(),
                VerdictLabel.SINGLE_SOURCE, "Set to Single source by editor jdoe.", 3, VerdictLabel.CONTRADICTED,
                true, Instant.now(), contradicted.evidence(), VerdictLabel.CONTRADICTED, "jdoe", "Checked by phone."));
        awaitText(queued, "set by an editor");

        new WebDriverWait(browser, TIMEOUT).until(ExpectedConditions.elementToBeClickable(
                By.cssSelector("[data-testid=stories] [data-story='s" + run + "'] a"))).click();
        new WebDriverWait(browser, TIMEOUT).until(ExpectedConditions.urlContains("story.html?id=s" + run));
        awaitText(By.cssSelector("[data-testid=what-happened]"),
                "coastline-courier.example: The repairs cost 4.2 million euros.");
        awaitText(By.cssSelector("[data-testid=story-claims] [data-claim='" + claimId + "']"), "Single source");
        awaitText(By.cssSelector("[data-testid=timeline]"), "set by editor jdoe");
        List<String> timeline = browser.findElements(By.cssSelector("[data-testid=timeline] li")).stream()
                .map(WebElement::getText).toList();
        assertEquals(4, timeline.size(), "three label changes and the article: " + timeline);
        assertTrue(timeline.get(0).contains("was Contradicted · set by editor jdoe · harbor-daily.example: "
                + HOSTILE_CLAIM), timeline.get(0));
        assertTrue(timeline.get(1).contains("Contradicted"), timeline.get(1));
        assertTrue(timeline.get(1).contains("was Single source"), timeline.get(1));
        assertTrue(timeline.get(2).contains("first verdict"), timeline.get(2));
        assertTrue(timeline.get(3).contains("harbor-daily.example published " + TITLE), timeline.get(3));
        HeadlessChromium.screenshot(browser, "story-page");
    }

    private void awaitText(By locator, String text) {
        new WebDriverWait(browser, TIMEOUT).until(ExpectedConditions.textToBePresentInElementLocated(locator, text));
    }

    @Test
    void aVerdictArrivesLiveOnTheFeed() throws Exception {
        publishArticle();
        browser.get(root.toString());
        new WebDriverWait(browser, TIMEOUT).until(ExpectedConditions.textToBePresentInElementLocated(By.id("status"),
                "Connected"));

        publish(Topic.VERDICTS, verdict(2, VerdictLabel.CORROBORATED));
        WebElement item = waitFor(By.cssSelector("[data-claim='" + claimId + "']"));
        assertTrue(item.getText().contains("Corroborated"), item.getText());
        assertTrue(item.getText().contains(HOSTILE_CLAIM), item.getText());
        assertTrue(item.getText().contains("revision 2 (was Single source)"), item.getText());
        assertNoAlert();
        HeadlessChromium.screenshot(browser, "live-feed");

        item.findElement(By.tagName("a")).click();
        assertEquals(TITLE, waitFor(By.cssSelector("[data-testid=title]")).getText());
    }

    @Test
    void searchFindsAClaimByItsWordsAndLabel() throws Exception {
        publishArticle();
        publish(Topic.VERDICTS, verdict(1, VerdictLabel.DISPUTED));
        topics.awaitSearchable(run, 1); // searchable with its label, not only stored: the page searches once
        awaitStoryIndexed();

        browser.get(root + "search.html?q=" + run + "&label=DISPUTED");
        WebElement results = waitFor(By.cssSelector("[data-testid=results] li"));
        assertTrue(results.getText().contains("Disputed"), results.getText());
        assertTrue(results.getText().contains(run), results.getText());
        WebElement story = waitFor(By.cssSelector("[data-testid=story-results] [data-story='s" + run + "']"));
        assertTrue(story.getText().contains("harbor-daily.example: " + TITLE + " " + run),
                "found by its article's title: " + story.getText());
        HeadlessChromium.screenshot(browser, "search");
    }

    /** The article with one verdict on its claim, its report open once the claim shows the label. */
    private void openReportWithVerdict(VerdictLabel label, String shown) throws Exception {
        publishArticle();
        publish(Topic.VERDICTS, verdict(1, label));
        awaitIndexed(1);
        browser.get(root + "report.html?id=" + articleId);
        awaitText(By.id("claim-" + claimId), shown);
    }

    private WebElement waitFor(By locator) {
        return new WebDriverWait(browser, TIMEOUT).until(ExpectedConditions.visibilityOfElementLocated(locator));
    }

    private void assertNoAlert() {
        try {
            browser.switchTo().alert();
            fail("a script of the article ran and opened an alert");
        } catch (NoAlertPresentException expected) {
            // what an escaped page does
        }
    }

    private void publishArticle() throws Exception {
        publish(Topic.ARTICLES_INGESTED, new ArticleIngested(ArticleIngested.SCHEMA_VERSION, articleId, 1,
                "https://harbor-daily.example/" + run, TITLE, "Body of " + run + ".", "harbor-daily.example", published,
                published, "http", articleId, "en", null, null));
        String text = HOSTILE_CLAIM + " Marker " + run + ".";
        publish(Topic.CLAIMS_EXTRACTED, new ArticleClaims(ArticleClaims.SCHEMA_VERSION, articleId,
                "harbor-daily.example", articleId, published,
                List.of(new ExtractedClaim(claimId, text, 0, text.length(), 0.9, ClaimType.EVENT, null, List.of(),
                        List.of(), List.of(), null)),
                List.of("economy, business and finance"), List.of(),
                new ArticleSections("The bridge reopened <b>on Monday</b>.", "Commuters save 40 minutes a day.",
                        "No persuasion techniques were found.",
                        List.of(new FollowUp(claimId, "Who paid for the repairs?"))),
                "https://harbor-daily.example/" + run, TITLE, List.of(), null, List.of(), "en"));
        publish(Topic.STORIES, Map.of("schemaVersion", 1, "storyId", "s" + run, "title", TITLE,
                "articles", List.of(Map.of("articleId", articleId, "url", "https://harbor-daily.example/" + run,
                        "title", TITLE + " " + run, "outlet", "harbor-daily.example", "bias", "LEFT", "originId", articleId,
                        "publishedAt", published.toString())),
                "coverage", Map.of("left", 50, "center", 50, "right", 0, "unrated", 0, "gap", "no Right coverage",
                        "sourcesCompared", 2, "ratedSources", 2, "tooEarlyToTell", false,
                        "ratingsSource", "MBFC via Baly et al. 2018"),
                "updatedAt", published.toString(),
                "summary", List.of(Map.of("articleId", articleId, "outlet", "harbor-daily.example", "claimId", claimId,
                                "text", "The bridge reopened <b>on Monday</b>."),
                        Map.of("articleId", "o" + run, "outlet", "coastline-courier.example", "claimId",
                                "o" + run + "-c0", "text", "The repairs cost 4.2 million euros."))));
    }

    private Verdict verdict(int revision, VerdictLabel label) {
        Evidence evidence = new Evidence(EvidenceKind.CROSS_REFERENCE, Stance.SUPPORTS,
                "javascript:window.injected=3", "coastline-courier.example", "o1",
                "<script>window.injected=4</script>The bridge opened again on Monday.", 0.8, published,
                StanceBasis.RULE, "<b>states</b> the same");
        Evidence factCheck = new Evidence(EvidenceKind.FACT_CHECK, Stance.SUPPORTS,
                "https://checkers.factstream.example/bridge-monday", "Corran Fact Check", "Corran Fact Check",
                "The bridge reopened on Monday.", 0.9, Instant.parse("2026-11-20T00:00:00Z"), StanceBasis.RULE,
                "the same claim: similarity 0.90, 80% of its words",
                new FactCheckRating("Mostly True", FactCheckRating.NormalisedRating.MOSTLY_TRUE, null));
        return new Verdict(Verdict.SCHEMA_VERSION, claimId, articleId, HOSTILE_CLAIM + " Marker " + run + ".", label,
                "Supported by coastline-courier.example.", revision, revision == 1 ? null : VerdictLabel.SINGLE_SOURCE,
                false, Instant.now(), List.of(evidence, factCheck), label, null, null);
    }

    private void publish(Topic topic, Object value) throws Exception {
        topics.send(topic, topic == Topic.STORIES ? "s" + run : articleId, value);
    }

    /** Searchable by its article's title, not only stored: the page searches once. */
    private void awaitStoryIndexed() throws Exception {
        long deadline = System.nanoTime() + TIMEOUT.toNanos();
        while (given().queryParam("q", run).get("/stories").jsonPath().getList("stories").isEmpty()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("story s" + run + " was not searchable");
            }
            Thread.sleep(200);
        }
    }

    private void awaitIndexed(int revision) throws Exception {
        long deadline = System.nanoTime() + TIMEOUT.toNanos();
        while (System.nanoTime() < deadline) {
            var report = results.report(articleId);
            if (report.isPresent() && report.get().coverage() != null && !report.get().claims().isEmpty()
                    && report.get().claims().getFirst().verdict().revision() >= revision) {
                return;
            }
            Thread.sleep(200);
        }
        throw new AssertionError("article " + articleId + " was not indexed with verdict revision " + revision);
    }
}
