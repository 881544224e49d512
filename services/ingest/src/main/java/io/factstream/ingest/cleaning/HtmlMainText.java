package io.factstream.ingest.cleaning;

import java.util.ArrayList;
import java.util.List;
import net.dankito.readability4j.Readability4J;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * The main text of an HTML page: Readability (Mozilla's algorithm, ported as Readability4J) finds
 * the article's content element, whose paragraphs, headings, list items and quotes become blocks.
 */
public final class HtmlMainText {
    private static final String TEXT_BLOCKS = "p, h1, h2, h3, h4, h5, h6, li, blockquote, pre";
    private static final String PAGE_CHROME = "script, style, noscript, iframe, nav, footer, aside, form";

    private HtmlMainText() {
    }

    public static List<TextBlock> extract(String html, String url) {
        Element content = new Readability4J(url, html).parse().getArticleContent();
        List<TextBlock> blocks = content == null ? List.of() : blocksOf(content);
        // Readability finds no content on pages that are little more than a few paragraphs.
        return blocks.isEmpty() ? blocksOf(withoutChrome(html)) : blocks;
    }

    private static Element withoutChrome(String html) {
        Document document = Jsoup.parse(html);
        document.select(PAGE_CHROME).remove();
        return document.body();
    }

    private static List<TextBlock> blocksOf(Element content) {
        List<TextBlock> blocks = new ArrayList<>();
        for (Element block : content.select(TEXT_BLOCKS)) {
            boolean innermost = block.select(TEXT_BLOCKS).size() == 1; // select() includes the block itself
            String text = block.text();
            if (innermost && !text.isBlank()) {
                blocks.add(new TextBlock(text, linkDensity(block, text)));
            }
        }
        if (blocks.isEmpty() && !content.text().isBlank()) {
            blocks.add(new TextBlock(content.text(), linkDensity(content, content.text())));
        }
        return blocks;
    }

    private static double linkDensity(Element block, String text) {
        int linkChars = block.select("a").stream().mapToInt(link -> link.text().length()).sum();
        return Math.min(1, (double) linkChars / text.length());
    }
}
