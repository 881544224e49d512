package io.factstream.ingest.cleaning;

import java.text.Normalizer;

/** Repairs the characters of submitted text: mis-decoded punctuation and letters, Unicode form, control characters. */
public final class TextRepair {
    private TextRepair() {
    }

    public static String repair(String text) {
        String repaired = MojibakeRepair.repair(text);
        if (!Normalizer.isNormalized(repaired, Normalizer.Form.NFC)) {
            repaired = Normalizer.normalize(repaired, Normalizer.Form.NFC);
        }
        return withoutControlCharacters(repaired);
    }

    /** Line breaks become {@code \n}; other control characters and invisible format marks disappear. */
    private static String withoutControlCharacters(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\r') {
                out.append('\n');
                if (i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                    i++;
                }
            } else if (c == '\n' || c == '\t' || !isInvisible(c)) {
                out.append(c);
            }
        }
        return out.toString();
    }

    private static boolean isInvisible(char c) {
        return Character.getType(c) == Character.CONTROL || c == '\uFEFF' || c == '\u200B' || c == '\u00AD';
    }
}
