package io.factstream.ingest.feed;

import com.rometools.rome.io.FeedException;
import com.rometools.rome.io.SyndFeedInput;
import com.rometools.rome.io.XmlReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.List;

/** Parses an RSS (0.9x to 2.0) or Atom document into its items. DOCTYPEs are refused (no XXE). */
public final class FeedParser {
    private FeedParser() {
    }

    /**
     * @param httpContentType the Content-Type header of the answer (may be null); its charset wins over
     *                        the XML declaration, as HTTP says
     */
    public static List<FeedItem> parse(byte[] document, String httpContentType) throws FeedReadException {
        try (XmlReader xml = new XmlReader(new ByteArrayInputStream(document), httpContentType, true)) {
            return new SyndFeedInput().build(xml).getEntries().stream().map(FeedItemMapper::toItem).toList();
        } catch (FeedException | IOException | IllegalArgumentException e) {
            throw new FeedReadException("it is not a readable RSS or Atom feed: " + e.getMessage(), e);
        }
    }
}
