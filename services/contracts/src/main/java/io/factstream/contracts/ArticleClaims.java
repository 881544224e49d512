package io.factstream.contracts;

import java.time.Instant;
import java.util.List;

/**
 * All claims extracted from one article, with its topics (top-level IPTC Media Topics), persuasion
 * techniques and summary sections, published on {@link Topic#CLAIMS_EXTRACTED}.
 *
 * @param passages the article's passages with their embeddings, so that evidence search indexes them without
 *                 embedding them again (schema version 2; absent in version 1)
 * @param titleEmbedding the title's embedding, which story clustering combines with the lead passages' (schema
 *                 version 3; absent before). Version 4 adds each claim's {@link ExtractedClaim#entities()}.
 * @param names    every name (capitalised words: people, organisations, places) the whole article mentions, each
 *                 once, in order of first mention, classified or not (schema version 5; absent before). Version 6
 *                 gives each follow-up question its claim ({@link ArticleSections#followUps()}).
 * @param language the article's language as ingest identified it (schema version 7; absent before). Claims of a
 *                 language that is not {@linkplain SupportedLanguages#checks checked} are chosen without English
 *                 models and carry no check-worthiness, speaker or mentions
 */
public record ArticleClaims(
        int schemaVersion,
        String articleId,
        String outlet,
        String originId,
        Instant publishedAt,
        List<ExtractedClaim> claims,
        List<String> topics,
        List<TechniqueSpan> techniques,
        ArticleSections sections,
        String url,
        String title,
        List<PassageVector> passages,
        Embedding titleEmbedding,
        List<String> names,
        String language) {

    public static final int SCHEMA_VERSION = 7;
}
