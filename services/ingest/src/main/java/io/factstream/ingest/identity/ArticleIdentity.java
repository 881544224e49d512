package io.factstream.ingest.identity;

/**
 * Who an article is: its id, which version of it this is, and which article's text it reprints.
 *
 * @param revision 1 for the first version at its URL, one more for each version with changed content;
 *                 re-sending unchanged content keeps the revision
 * @param originId the earliest article from another URL with a near-identical body, or the article's own id
 */
public record ArticleIdentity(String articleId, int revision, String originId) {
}
