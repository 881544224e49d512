package io.factstream.ingest.cleaning;

import java.util.List;
import java.util.Optional;

/**
 * What cleaning keeps of a page.
 *
 * @param story    the blocks without their furniture lines
 * @param headline the page's headline, for an article submitted without a title; empty when there is none
 */
public record PageContent(List<TextBlock> story, Optional<String> headline) {
}
