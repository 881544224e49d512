package io.factstream.ingest.cleaning;

import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/** The body text the pipeline reads: paragraphs separated by one blank line, spaces collapsed. */
public final class ParagraphText {
    private static final Pattern SPACES = Pattern.compile("[\\h&&[^\\n]]+");
    private static final Pattern SPACES_AROUND_NEWLINE = Pattern.compile(" *\\n *");
    private static final Pattern EXTRA_BLANK_LINES = Pattern.compile("\\n{3,}");

    private ParagraphText() {
    }

    public static String of(List<TextBlock> blocks) {
        String joined = blocks.stream().map(TextBlock::text).collect(Collectors.joining("\n\n"));
        String spaced = SPACES.matcher(joined).replaceAll(" ");
        String trimmedLines = SPACES_AROUND_NEWLINE.matcher(spaced).replaceAll("\n");
        return EXTRA_BLANK_LINES.matcher(trimmedLines).replaceAll("\n\n").strip();
    }
}
