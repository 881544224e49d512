package io.factstream.ingest.cleaning;

import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;

/**
 * One paragraph, heading or list item of an article.
 *
 * @param text        its text; plain-text paragraphs may span several lines
 * @param linkDensity the share of its characters that were link text in the HTML page, 0 for plain text
 */
public record TextBlock(String text, double linkDensity) {
    private static final Pattern BLANK_LINES = Pattern.compile("\\n(?:\\h*\\n)+");

    public static List<TextBlock> ofPlainText(String text) {
        return Arrays.stream(BLANK_LINES.split(text))
                .filter(paragraph -> !paragraph.isBlank())
                .map(paragraph -> new TextBlock(paragraph, 0))
                .toList();
    }
}
