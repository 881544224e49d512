package io.factstream.contracts;

import java.util.List;

/**
 * The summary sections of one article.
 *
 * @param whatHappened       the lead event in one or two sentences
 * @param whyItMatters       the article's own sentence on consequences or significance, or {@code null}
 * @param perspectiveSignals a sentence on the persuasion techniques found, or that none were
 * @param followUpQuestions  questions a fact-checker could ask next, grounded in the article's claims
 */
public record ArticleSections(String whatHappened, String whyItMatters, String perspectiveSignals,
        List<String> followUpQuestions) {
}
