package io.factstream.ingest.cleaning;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Removes the lines of an article that are page furniture rather than reporting, in two steps.
 * <ol>
 * <li>Each line is scored on its own signals: call-to-action vocabulary, addressing the reader, shortness, missing
 * sentence punctuation, capitals, link density, and whether the outlet repeats it across its recent articles. A line
 * that reads like reporting (long, a full sentence, no call to action) is kept by this step.</li>
 * <li>Then by its place: the story is the run of prose with the most words, where prose is a full sentence that is
 * long or reports speech, and a run ends at two lines in a row that are not prose. Runs far smaller than a story
 * (under {@value #STORY_WORDS} words of prose: a mission statement among donation buttons, a comment-system notice
 * under the comment box) go, and so does every line before the first run kept and after the last (bylines, dates,
 * tags, author cards, registration notices), except short full sentences and long lines reporting speech that
 * touch the story. Between the runs kept, lines are judged by the first step alone.</li>
 * </ol>
 * See docs/ingest.md#cleaning for the measures on real pages.
 */
public final class BoilerplateFilter {
    private static final double BOILERPLATE_SCORE = 3;
    /** Prose words a run of lines needs to be part of the story rather than furniture. */
    static final int STORY_WORDS = 40;
    /** Lines in a row that are not prose and end a run of prose. */
    private static final int RUN_BREAK = 2;
    private static final double REMOVED_LINE_BREAK = 0.5;
    private static final int SHORT_SENTENCE_WORDS = 3;
    private static final int HEADLINE_MIN_WORDS = 3;
    private static final int HEADLINE_MAX_WORDS = 20;
    private static final int SENTENCE_WORDS = 12;
    private static final int LONG_SENTENCE_WORDS = 15;
    private static final int MAX_LIST_LINES = 12;
    private static final long FNV_OFFSET = 0xcbf29ce484222325L;
    private static final long FNV_PRIME = 0x100000001b3L;
    private static final Pattern URL = Pattern.compile("(https?://|www\\.)\\S+");
    private static final Pattern SPEECH = Pattern.compile("\\b(said|says|told|according to|added|announced)\\b");
    private static final Pattern REPORTING = Pattern.compile("[\"“”„«»]|" + SPEECH.pattern());
    private static final Pattern BREADCRUMB = Pattern.compile("[»›|]|\\s>\\s");

    private final OutletLineHistory history;

    public BoilerplateFilter(OutletLineHistory history) {
        this.history = history;
    }

    /**
     * @param articleKey identifies the article within its outlet, so that a re-submission does not count as a repeat
     * @return the blocks without their boilerplate lines (all of them unchanged when every line looks like
     *         boilerplate), and the page's headline: the longest line shaped like a headline (a few words, no closing
     *         full stop, no call to action, not a byline or a breadcrumb trail) before the first line of prose
     */
    public PageContent keepContent(String outlet, String articleKey, List<TextBlock> blocks) {
        List<Line> lines = linesOf(blocks);
        Set<Long> repeated = history.rememberAndFindRepeated(outlet, articleKey, candidateHashes(lines));
        boolean[] boilerplate = classify(lines, repeated);
        dropLinesAwayFromTheStory(lines, boilerplate);
        int headline = headlineIndex(lines);
        keepStandfirst(lines, headline, boilerplate);
        return new PageContent(keptBlocks(blocks, lines, boilerplate),
                headline < 0 ? Optional.empty() : Optional.of(lines.get(headline).text()));
    }

    private static List<Line> linesOf(List<TextBlock> blocks) {
        List<Line> lines = new ArrayList<>();
        for (int b = 0; b < blocks.size(); b++) {
            for (String text : blocks.get(b).text().split("\n")) {
                if (!text.isBlank()) {
                    lines.add(new Line(b, text, blocks.get(b).linkDensity()));
                }
            }
        }
        return lines;
    }

    private static int headlineIndex(List<Line> lines) {
        int headline = -1;
        for (int i = 0; i < lines.size() && !lines.get(i).isProse(); i++) {
            if (lines.get(i).looksLikeHeadline() && (headline < 0 || lines.get(i).words() > lines.get(headline).words())) {
                headline = i;
            }
        }
        return headline;
    }

    /** A long sentence right under the headline is the standfirst, which sums up the story: it stays. */
    private static void keepStandfirst(List<Line> lines, int headline, boolean[] boilerplate) {
        int standfirst = headline + 1;
        if (standfirst > 0 && standfirst < lines.size() && lines.get(standfirst).words() >= SENTENCE_WORDS
                && lines.get(standfirst).callsToAction() == 0) {
            boilerplate[standfirst] = false;
        }
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

    private static void dropLinesAwayFromTheStory(List<Line> lines, boolean[] boilerplate) {
        List<ProseRun> runs = proseRuns(lines, boilerplate);
        int storyWords = runs.stream().mapToInt(ProseRun::words).max().orElse(0);
        List<ProseRun> kept = runs.stream().filter(run -> run.words() >= Math.min(STORY_WORDS, storyWords)).toList();
        if (kept.isEmpty()) {
            return;
        }
        int first = kept.getFirst().first();
        while (first > 0 && !boilerplate[first - 1] && lines.get(first - 1).continuesProse()) {
            first--;
        }
        int last = kept.getLast().last();
        while (last + 1 < lines.size() && !boilerplate[last + 1] && lines.get(last + 1).continuesProse()) {
            last++;
        }
        for (int i = 0; i < lines.size(); i++) {
            boilerplate[i] |= i < first || i > last;
        }
        for (ProseRun run : runs) {
            if (!kept.contains(run)) {
                Arrays.fill(boilerplate, run.first(), run.last() + 1, true);
            }
        }
    }

    /**
     * Runs of prose: from a prose line to the last prose line before {@value #RUN_BREAK} lines in a row that are not.
     * A line the first step removed counts half, so that one advertisement and a subheading inside the story do not
     * cut it in two.
     */
    private static List<ProseRun> proseRuns(List<Line> lines, boolean[] boilerplate) {
        List<ProseRun> runs = new ArrayList<>();
        int i = 0;
        while (i < lines.size()) {
            if (boilerplate[i] || !lines.get(i).isProse()) {
                i++;
                continue;
            }
            int last = i;
            int words = 0;
            double notProse = 0;
            for (int j = i; j < lines.size() && notProse < RUN_BREAK; j++) {
                if (!boilerplate[j] && lines.get(j).isProse()) {
                    last = j;
                    words += lines.get(j).words();
                    notProse = 0;
                } else {
                    notProse += boilerplate[j] ? REMOVED_LINE_BREAK : 1;
                }
            }
            runs.add(new ProseRun(i, last, words));
            i = last + 1;
        }
        return runs;
    }

    private record ProseRun(int first, int last, int words) {
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

        /**
         * A full sentence that is long or reports speech: what a story is made of. A long line ending in a colon
         * introduces a list, and counts too.
         */
        boolean isProse() {
            boolean sentence = endsSentence || text.endsWith(":");
            return sentence && callsToAction == 0 && linkDensity < 0.5
                    && (words >= SENTENCE_WORDS || REPORTING.matcher(lowerCase).find());
        }

        /**
         * Whether the line, next to the story's prose, belongs to it: a short full sentence ("He did not respond."),
         * or a long line that reports speech and lost its full stop.
         */
        boolean continuesProse() {
            return callsToAction == 0 && linkDensity < 0.5 && (endsSentence && words >= SHORT_SENTENCE_WORDS
                    || words >= SENTENCE_WORDS && SPEECH.matcher(lowerCase).find());
        }

        boolean looksLikeHeadline() {
            return words >= HEADLINE_MIN_WORDS && words <= HEADLINE_MAX_WORDS && !endsSentence && callsToAction == 0
                    && linkDensity < 0.5 && !lowerCase.startsWith("by ") && !BREADCRUMB.matcher(text).find();
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
