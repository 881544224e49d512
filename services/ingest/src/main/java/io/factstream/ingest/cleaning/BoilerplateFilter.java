package io.factstream.ingest.cleaning;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Removes the lines of an article that are page furniture rather than reporting. Each line is scored
 * on its own signals: call-to-action vocabulary, addressing the reader, shortness, missing sentence
 * punctuation, capitals, link density, and whether the outlet repeats it across its recent articles.
 * A line that reads like reporting (long, a full sentence, no call to action) is always kept.
 */
public final class BoilerplateFilter {
    private static final double BOILERPLATE_SCORE = 3;
    private static final int SENTENCE_WORDS = 12;
    private static final int LONG_SENTENCE_WORDS = 15;
    private static final int MAX_LIST_LINES = 12;
    private static final long FNV_OFFSET = 0xcbf29ce484222325L;
    private static final long FNV_PRIME = 0x100000001b3L;
    private static final Pattern URL = Pattern.compile("(https?://|www\\.)\\S+");
    private static final Pattern REPORTING = Pattern.compile(
            "[\"“”„«»]|\\b(said|says|told|according to|added|announced)\\b");

    private final OutletLineHistory history;

    public BoilerplateFilter(OutletLineHistory history) {
        this.history = history;
    }

    /**
     * @param articleKey identifies the article within its outlet, so that a re-submission does not count as a repeat
     * @return the blocks without their boilerplate lines; all of them unchanged when every line looks like boilerplate
     */
    public List<TextBlock> keepContent(String outlet, String articleKey, List<TextBlock> blocks) {
        List<Line> lines = new ArrayList<>();
        for (int b = 0; b < blocks.size(); b++) {
            for (String text : blocks.get(b).text().split("\n")) {
                if (!text.isBlank()) {
                    lines.add(new Line(b, text, blocks.get(b).linkDensity()));
                }
            }
        }
        Set<Long> repeated = history.rememberAndFindRepeated(outlet, articleKey, candidateHashes(lines));
        boolean[] boilerplate = classify(lines, repeated);
        return keptBlocks(blocks, lines, boilerplate);
    }

    private static Set<Long> candidateHashes(List<Line> lines) {
        Set<Long> hashes = new HashSet<>();
        for (Line line : lines) {
            if (!line.looksLikeReporting()) {
                hashes.add(line.hash());
            }
        }
        return hashes;
    }

    private static boolean[] classify(List<Line> lines, Set<Long> repeated) {
        boolean[] boilerplate = new boolean[lines.size()];
        int listLinesLeft = 0;
        for (int i = 0; i < lines.size(); i++) {
            Line line = lines.get(i);
            if (line.looksLikeReporting()) {
                listLinesLeft = 0;
                continue;
            }
            boolean inList = listLinesLeft > 0 && line.words() < SENTENCE_WORDS;
            boilerplate[i] = inList || line.score(repeated.contains(line.hash())) >= BOILERPLATE_SCORE;
            if (boilerplate[i] && CallToAction.headsList(line.lowerCase())) {
                listLinesLeft = MAX_LIST_LINES;
            } else {
                listLinesLeft = inList ? listLinesLeft - 1 : 0;
            }
        }
        return boilerplate;
    }

    private static List<TextBlock> keptBlocks(List<TextBlock> blocks, List<Line> lines, boolean[] boilerplate) {
        List<StringBuilder> texts = new ArrayList<>();
        for (int b = 0; b < blocks.size(); b++) {
            texts.add(new StringBuilder());
        }
        boolean anyKept = false;
        for (int i = 0; i < lines.size(); i++) {
            if (!boilerplate[i]) {
                StringBuilder text = texts.get(lines.get(i).block());
                text.append(text.isEmpty() ? "" : "\n").append(lines.get(i).text());
                anyKept = true;
            }
        }
        if (!anyKept) {
            return blocks;
        }
        List<TextBlock> kept = new ArrayList<>();
        for (int b = 0; b < blocks.size(); b++) {
            if (!texts.get(b).isEmpty()) {
                kept.add(new TextBlock(texts.get(b).toString(), blocks.get(b).linkDensity()));
            }
        }
        return kept;
    }

    private record Line(int block, String text, String lowerCase, int words, boolean endsSentence,
            int callsToAction, double linkDensity, long hash) {

        Line(int block, String text, double blockLinkDensity) {
            this(block, text.strip(), text.strip().toLowerCase(Locale.ROOT), blockLinkDensity);
        }

        private Line(int block, String text, String lowerCase, double blockLinkDensity) {
            this(block, text, lowerCase, wordCount(text), endsSentence(text), CallToAction.phraseCount(lowerCase),
                    Math.max(blockLinkDensity, urlDensity(text)), hashOf(lowerCase));
        }

        boolean looksLikeReporting() {
            return words >= SENTENCE_WORDS && endsSentence && callsToAction == 0 && linkDensity < 0.5;
        }

        double score(boolean repeatedByOutlet) {
            double score = 2 * Math.min(callsToAction, 3);
            if (callsToAction > 0 && CallToAction.addressesReader(lowerCase)) {
                score += 1;
            }
            if (CallToAction.startsWithImperative(lowerCase)) {
                score += 1;
            }
            if (words <= 6) {
                score += 1;
            }
            if (!endsSentence) {
                score += 0.5;
            }
            if (mostlyCapitals(text)) {
                score += 1;
            }
            score += linkDensity >= 0.5 ? 2 : linkDensity >= 0.2 ? 1 : 0;
            if (repeatedByOutlet) {
                score += 3;
            }
            if (words >= LONG_SENTENCE_WORDS && endsSentence) {
                score -= 1.5;
            }
            if (REPORTING.matcher(lowerCase).find()) {
                score -= 1.5;
            }
            return score;
        }

        /** Lines that differ only in case, spacing, punctuation or numbers ("12 comments", "40 comments") are one. */
        private static long hashOf(String lowerCase) {
            long hash = FNV_OFFSET;
            boolean pendingSpace = false;
            char previous = ' ';
            for (int i = 0; i < lowerCase.length(); i++) {
                char c = lowerCase.charAt(i);
                char token = Character.isLetter(c) ? c : Character.isDigit(c) ? '0' : ' ';
                if (token == ' ') {
                    pendingSpace = hash != FNV_OFFSET;
                    continue;
                }
                if (pendingSpace) {
                    hash = (hash ^ ' ') * FNV_PRIME;
                    pendingSpace = false;
                } else if (token == '0' && previous == '0') {
                    continue;
                }
                hash = (hash ^ token) * FNV_PRIME;
                previous = token;
            }
            return hash;
        }

        private static int wordCount(String text) {
            int words = 0;
            boolean inWord = false;
            for (int i = 0; i < text.length(); i++) {
                boolean letterOrDigit = Character.isLetterOrDigit(text.charAt(i));
                if (letterOrDigit && !inWord) {
                    words++;
                }
                inWord = letterOrDigit;
            }
            return words;
        }

        private static boolean endsSentence(String text) {
            int end = text.length() - 1;
            while (end > 0 && "\"'”’»)]".indexOf(text.charAt(end)) >= 0) {
                end--;
            }
            return end >= 0 && ".!?…".indexOf(text.charAt(end)) >= 0;
        }

        private static boolean mostlyCapitals(String text) {
            int letters = 0;
            int capitals = 0;
            for (int i = 0; i < text.length(); i++) {
                char c = text.charAt(i);
                if (Character.isLetter(c)) {
                    letters++;
                    if (Character.isUpperCase(c)) {
                        capitals++;
                    }
                }
            }
            return letters >= 4 && capitals >= 0.6 * letters;
        }

        private static double urlDensity(String text) {
            Matcher url = URL.matcher(text);
            int urlChars = 0;
            while (url.find()) {
                urlChars += url.end() - url.start();
            }
            return text.isBlank() ? 0 : (double) urlChars / text.strip().length();
        }
    }
}
