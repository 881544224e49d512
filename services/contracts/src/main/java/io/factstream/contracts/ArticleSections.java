package io.factstream.contracts;

import java.util.List;

/**
 * The summary sections of one article.
 *
 * @param whatHappened       the article's most central statements, in its own order, or {@code null} when it has
 *                           no whole sentence of story length
 * @param whyItMatters       the article's own claim on consequences or stakes, or {@code null} when it states none
 * @param perspectiveSignals a sentence on the persuasion techniques found, or that none were
 * @param followUps          questions a fact-checker could ask next, one per claim, most check-worthy claims first
 *                           (schema version 6 of {@link ArticleClaims}; before it, a list of bare questions that
 *                           readers now ignore)
 */
public record ArticleSections(String whatHappened, String whyItMatters, String perspectiveSignals,
        List<FollowUp> followUps) {
}
