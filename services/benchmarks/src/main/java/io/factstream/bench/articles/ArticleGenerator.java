package io.factstream.bench.articles;

import io.factstream.bench.articles.Newsroom.Outlet;
import io.factstream.bench.articles.Newsroom.Story;
import io.factstream.bench.articles.Phrasebook.Person;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.List;
import java.util.Random;

/**
 * Realistic articles of our own: fictional outlets covering shared stories, 400 to 1,500 words of
 * reporting built from sentence templates, each used once before any is used again. A share is HTML
 * pages (navigation, paragraphs, a related links box, a footer), and a share carries the page furniture
 * that ingest's cleaning removes (newsletter promos, cookie prompts, related links, comment counts).
 * The same seed gives the same articles; the run tag goes into every URL, so each run's articles are
 * new to ingest.
 */
public final class ArticleGenerator {
    private static final int MIN_WORDS = 400;
    private static final int MAX_WORDS = 1_500;
    private static final double HTML_SHARE = 0.4;
    private static final double WITH_FURNITURE_SHARE = 0.6;
    private static final LocalDate FIRST_DAY = LocalDate.of(2026, 3, 1);
    private static final DateTimeFormatter URL_DATE = DateTimeFormatter.ofPattern("yyyy/MM/dd");

    private final Random random;
    private final Phrasebook phrases;
    private final String runTag;
    private int sequence;

    public ArticleGenerator(long seed, String runTag) {
        this.random = new Random(seed);
        this.phrases = new Phrasebook(random);
        this.runTag = runTag;
    }

    /** The next article, HTML or plain text in the generator's usual shares. */
    public ArticleToPost next() {
        return next(random.nextDouble() < HTML_SHARE ? ArticleFormat.HTML : ArticleFormat.PLAIN_TEXT);
    }

    public ArticleToPost next(ArticleFormat format) {
        Outlet outlet = phrases.pick(Newsroom.OUTLETS);
        Story story = phrases.pick(Newsroom.STORIES);
        List<Person> cast = phrases.cast(story, 3);
        String title = phrases.fill(phrases.pick(story.titles()), story, cast);
        List<String> paragraphs = reporting(story, cast);
        boolean withFurniture = random.nextDouble() < WITH_FURNITURE_SHARE;
        Instant published = FIRST_DAY.plusDays(random.nextInt(60)).atStartOfDay(ZoneOffset.UTC).toInstant()
                .plusSeconds(6 * 3600 + random.nextInt(15 * 3600));
        String url = "https://" + outlet.domain() + "/" + URL_DATE.format(published.atOffset(ZoneOffset.UTC)) + "/"
                + story.slug() + "-" + runTag + "-" + ++sequence;
        String body = format == ArticleFormat.HTML
                ? htmlPage(outlet, title, paragraphs, withFurniture)
                : plainText(outlet, paragraphs, withFurniture);
        return new ArticleToPost(url, title, body, outlet.domain(), published.toString(), format.contentType());
    }

    /** Paragraphs of two to four sentences, the lede first, until the article's length is reached. */
    private List<String> reporting(Story story, List<Person> cast) {
        int targetWords = MIN_WORDS + random.nextInt(MAX_WORDS - MIN_WORDS + 1);
        List<String> paragraphs = new ArrayList<>();
        List<String> sentences = new ArrayList<>(List.of(phrases.fill(phrases.pick(story.ledes()), story, cast)));
        int words = wordCount(sentences.getFirst());
        Deque<String> templates = new ArrayDeque<>();
        while (words < targetWords) {
            if (templates.isEmpty()) {
                List<String> shuffled = new ArrayList<>(Phrasebook.SENTENCES);
                Collections.shuffle(shuffled, random);
                templates.addAll(shuffled);
            }
            String sentence = phrases.fill(templates.pop(), story, cast);
            sentences.add(sentence);
            words += wordCount(sentence);
            if (sentences.size() >= 2 + random.nextInt(3) || words >= targetWords) {
                paragraphs.add(String.join(" ", sentences));
                sentences.clear();
            }
        }
        return paragraphs;
    }

    private String plainText(Outlet outlet, List<String> paragraphs, boolean withFurniture) {
        List<String> text = new ArrayList<>(paragraphs);
        if (withFurniture) {
            text.add(1 + random.nextInt(text.size()), newsletterPromo(outlet));
            text.add(0, "We use cookies to improve your experience. By continuing to browse you agree to our cookie policy.");
            text.add("Related stories\n" + String.join("\n", relatedTitles()));
            text.add((3 + random.nextInt(200)) + " comments");
            text.add("Follow us on social media " + outlet.handle());
        }
        return String.join("\n\n", text);
    }

    private String htmlPage(Outlet outlet, String title, List<String> paragraphs, boolean withFurniture) {
        StringBuilder page = new StringBuilder("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"><title>")
                .append(escaped(title)).append(" | ").append(outlet.name()).append("</title></head>\n<body>\n")
                .append("<nav><a href=\"/\">Home</a> <a href=\"/local\">Local</a> <a href=\"/politics\">Politics</a> ")
                .append("<a href=\"/business\">Business</a> <a href=\"/weather\">Weather</a></nav>\n")
                .append("<article>\n<h1>").append(escaped(title)).append("</h1>\n");
        int promoAt = withFurniture ? 1 + random.nextInt(paragraphs.size()) : -1;
        for (int i = 0; i < paragraphs.size(); i++) {
            if (i == promoAt) {
                page.append("<p><strong>").append(escaped(newsletterPromo(outlet))).append("</strong></p>\n");
            }
            page.append("<p>").append(escaped(paragraphs.get(i))).append("</p>\n");
        }
        if (withFurniture) {
            page.append("<p>Support local journalism: become a subscriber from just $1 a week.</p>\n");
        }
        page.append("</article>\n<aside><h3>Related stories</h3><ul>\n");
        for (String related : relatedTitles()) {
            page.append("<li><a href=\"/related/").append(related.hashCode() & 0xffff).append("\">")
                    .append(escaped(related)).append("</a></li>\n");
        }
        return page.append("</ul></aside>\n<footer><p>© 2026 ").append(outlet.name())
                .append(". All rights reserved.</p><p><a href=\"/privacy\">Privacy policy</a> ")
                .append("<a href=\"/contact\">Contact us</a></p></footer>\n</body></html>\n").toString();
    }

    private String newsletterPromo(Outlet outlet) {
        return "Sign up for the " + outlet.name() + " morning newsletter and get the day's top stories in your inbox.";
    }

    private List<String> relatedTitles() {
        List<String> titles = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            Story story = phrases.pick(Newsroom.STORIES);
            titles.add(phrases.fill(phrases.pick(story.titles()), story, List.of()));
        }
        return titles;
    }

    private static int wordCount(String text) {
        return text.split("\\s+").length;
    }

    private static String escaped(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }
}
