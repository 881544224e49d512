package io.factstream.ingest.cleaning;

import java.util.List;

/** The body text the pipeline reads: paragraphs separated by one blank line, spaces collapsed. */
public final class ParagraphText {

    private ParagraphText() {
    }

    /** One pass over the characters: runs of spaces become one, lines are trimmed, at most one blank line. */
    public static String of(List<TextBlock> blocks) {
        StringBuilder text = new StringBuilder();
        int pendingNewlines = 0;
        boolean pendingSpace = false;
        for (TextBlock block : blocks) {
            pendingNewlines = text.isEmpty() ? 0 : Math.max(pendingNewlines, 2);
            String blockText = block.text();
            for (int i = 0; i < blockText.length(); i++) {
                char c = blockText.charAt(i);
                if (c == '\n') {
                    pendingNewlines = text.isEmpty() ? 0 : Math.min(pendingNewlines + 1, 2);
                    pendingSpace = false;
                } else if (isHorizontalSpace(c)) {
                    pendingSpace = pendingNewlines == 0 && !text.isEmpty();
                } else {
                    if (pendingNewlines > 0) {
                        text.repeat('\n', pendingNewlines);
                    } else if (pendingSpace) {
                        text.append(' ');
                    }
                    pendingNewlines = 0;
                    pendingSpace = false;
                    text.append(c);
                }
            }
        }
        return text.toString();
    }

    private static boolean isHorizontalSpace(char c) {
        return c == ' ' || c == '\t' || c == '\u00A0' || c == '\u1680' || c == '\u180E'
                || (c >= '\u2000' && c <= '\u200A') || c == '\u202F' || c == '\u205F' || c == '\u3000';
    }
}
