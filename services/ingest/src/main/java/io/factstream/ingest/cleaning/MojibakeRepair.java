package io.factstream.ingest.cleaning;

import java.nio.charset.Charset;
import java.util.function.IntPredicate;

/**
 * Undoes UTF-8 text that was decoded with a single-byte code page ("â€™" for "’", "Ã©" for "é",
 * "β€“" for "–"): every run of characters whose code-page bytes form one valid UTF-8 sequence is
 * replaced by the character that sequence encodes. Text that was never mis-decoded has no such runs.
 */
final class MojibakeRepair {
    private static final int MAX_PASSES = 3;
    private static final CodePage WESTERN = new CodePage(codePoint -> codePoint >= 0xA0,
            "windows-1252", "ISO-8859-1");
    // Greek letters followed by symbols also occur in real Greek text, so only punctuation is repaired there.
    private static final CodePage GREEK = new CodePage(codePoint -> codePoint >= 0x2000 && codePoint <= 0x214F,
            "windows-1253", "ISO-8859-7");

    private MojibakeRepair() {
    }

    static String repair(String text) {
        String repaired = text;
        // Text mis-decoded twice ("Ã¢â‚¬â„¢") needs a second pass.
        for (int pass = 0; pass < MAX_PASSES; pass++) {
            String next = GREEK.repair(WESTERN.repair(repaired));
            if (next.equals(repaired)) {
                break;
            }
            repaired = next;
        }
        return repaired;
    }

    /** The bytes a code page gives its characters, and which repaired characters it may yield. */
    private static final class CodePage {
        private static final int NONE = -1;
        private static final int RIGHT_DOUBLE_QUOTE_LAST_BYTE = 0x9D;
        private final int[] byteOf = new int[0x2200];
        private final IntPredicate acceptedResult;

        CodePage(IntPredicate acceptedResult, String... charsets) {
            this.acceptedResult = acceptedResult;
            java.util.Arrays.fill(byteOf, NONE);
            for (int b = 0x80; b <= 0x9F; b++) {
                byteOf[b] = b; // a Latin-1 style decoder turns undefined bytes into C1 control characters
            }
            for (int i = charsets.length - 1; i >= 0; i--) {
                Charset charset = Charset.forName(charsets[i]);
                for (int b = 0x80; b <= 0xFF; b++) {
                    String decoded = new String(new byte[] {(byte) b}, charset);
                    char c = decoded.charAt(0);
                    if (decoded.length() == 1 && c != '\uFFFD' && c < byteOf.length) {
                        byteOf[c] = b;
                    }
                }
            }
        }

        String repair(String text) {
            StringBuilder out = null;
            int copiedUpTo = 0;
            for (int i = 0; i < text.length(); i++) {
                int lead = byteOf(text.charAt(i));
                int length = sequenceLength(lead);
                if (length == 0 || i + length > text.length()) {
                    continue;
                }
                int codePoint = decode(text, i, lead, length);
                if (codePoint != NONE && acceptedResult.test(codePoint)) {
                    if (out == null) {
                        out = new StringBuilder(text.length());
                    }
                    out.append(text, copiedUpTo, i).appendCodePoint(codePoint);
                    i += length - 1;
                    copiedUpTo = i + 1;
                }
            }
            return out == null ? text : out.append(text, copiedUpTo, text.length()).toString();
        }

        private int byteOf(char c) {
            return c < byteOf.length ? byteOf[c] : NONE;
        }

        private static int sequenceLength(int lead) {
            if (lead >= 0xC2 && lead <= 0xDF) {
                return 2;
            }
            if (lead >= 0xE0 && lead <= 0xEF) {
                return 3;
            }
            return lead >= 0xF0 && lead <= 0xF4 ? 4 : 0;
        }

        /** The code point of the UTF-8 sequence starting at {@code start}, or NONE when it is not valid UTF-8. */
        private int decode(String text, int start, int lead, int length) {
            int codePoint = lead & (0xFF >> (length + 1));
            for (int k = 1; k < length; k++) {
                char c = text.charAt(start + k);
                int b = byteOf(c);
                if (c == '\uFFFD' && lead == 0xE2 && k == 2) {
                    // Windows-1252 has no character for 0x9D, so "”" often arrives as "â€" plus a replacement character.
                    b = RIGHT_DOUBLE_QUOTE_LAST_BYTE;
                }
                if (b < 0x80 || b > 0xBF) {
                    return NONE;
                }
                codePoint = (codePoint << 6) | (b & 0x3F);
            }
            boolean overlong = length == 3 && codePoint < 0x800 || length == 4 && codePoint < 0x10000;
            boolean surrogate = codePoint >= 0xD800 && codePoint <= 0xDFFF;
            return overlong || surrogate || codePoint > 0x10FFFF ? NONE : codePoint;
        }
    }
}
