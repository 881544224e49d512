package io.factstream.contracts;

import java.time.Instant;

public record StoryArticle(String articleId, String url, String title, String outlet, Bias bias,
        String originId, Instant publishedAt) {
}
