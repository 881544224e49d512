package io.factstream.contracts;

/**
 * A persuasion technique found in an article, with the words that carry it.
 *
 * @param technique one of {@code LOADED_LANGUAGE}, {@code NAME_CALLING}, {@code EXAGGERATION_MINIMISATION},
 *                  {@code APPEAL_TO_FEAR}, {@code DOUBT}, {@code FLAG_WAVING}, {@code CAUSAL_OVERSIMPLIFICATION},
 *                  {@code SLOGANS}
 * @param start     offset of {@code text} in the cleaned article body
 */
public record TechniqueSpan(String technique, String text, int start, int end) {
}
