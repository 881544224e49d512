package io.factstream.ingest.feed;

import com.rometools.rome.feed.synd.SyndContent;
import com.rometools.rome.feed.synd.SyndEntry;
import io.factstream.ingest.article.ArticleSubmission;
import java.util.Date;
import java.util.Locale;
import java.util.Objects;
import java.util.stream.Stream;
import org.jsoup.Jsoup;

/**
 * Turns a parsed RSS item or Atom entry into an article submission: the full text (RSS
 * {@code content:encoded}, Atom {@code content}) when the feed carries it, else the description or
 * summary. The outlet is left to the intake, which derives it from the article URL.
 */
public final class FeedItemMapper {
    private FeedItemMapper() {
    }

    public static FeedItem toItem(SyndEntry entry) {
        String link = blankToNull(entry.getLink());
        String key = Stream.of(entry.getUri(), link, entry.getTitle())
                .map(FeedItemMapper::blankToNull).filter(Objects::nonNull).findFirst().orElse("(no id, link or title)");
        SyndContent body = body(entry);
        if (link == null) {
            return new FeedItem.Unusable(key, "it has no link");
        }
        if (body == null) {
            return new FeedItem.Unusable(key, "it has neither full text nor a description or summary");
        }
        return new FeedItem.Usable(key, new ArticleSubmission(link, title(entry), body.getValue(), null,
                publishedAt(entry), isHtml(body) ? "text/html" : "text/plain"));
    }

    private static SyndContent body(SyndEntry entry) {
        return Stream.concat(entry.getContents().stream(), Stream.ofNullable(entry.getDescription()))
                .filter(content -> blankToNull(content.getValue()) != null)
                .findFirst().orElse(null);
    }

    private static String title(SyndEntry entry) {
        SyndContent title = entry.getTitleEx();
        if (title == null || title.getValue() == null) {
            return null;
        }
        return isHtml(title) ? Jsoup.parse(title.getValue()).text() : title.getValue();
    }

    /**
     * ROME types RSS descriptions {@code text/html} and {@code content:encoded} {@code html}; Atom says
     * {@code html} or {@code xhtml}, and no type means text there.
     */
    private static boolean isHtml(SyndContent content) {
        return content.getType() != null && content.getType().toLowerCase(Locale.ROOT).contains("html");
    }

    private static String publishedAt(SyndEntry entry) {
        Date date = entry.getPublishedDate() != null ? entry.getPublishedDate() : entry.getUpdatedDate();
        return date == null ? null : date.toInstant().toString();
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
