package io.factstream.query.claimreview;

import io.factstream.contracts.ArticleIngested;
import io.factstream.contracts.ClaimType;
import io.factstream.contracts.Verdict;
import io.factstream.contracts.VerdictLabel;
import io.factstream.query.indexing.ClaimDocument;
import java.time.Instant;
import java.util.List;

/** One claim of one article, and verdicts on it, as the ClaimReview tests need them. */
final class Claims {
    static final Instant PUBLISHED = Instant.parse("2026-03-02T08:30:00Z");
    static final Instant DECIDED = Instant.parse("2026-03-03T23:59:00Z");
    static final ClaimReviewSettings SETTINGS = new ClaimReviewSettings("Factstream", "https://factstream.example/");

    private Claims() {
    }

    static ClaimDocument claim(String text, String speaker) {
        return new ClaimDocument("claim-1", "article-1", text, 0, text.length(), 0.9, ClaimType.STATISTIC, speaker,
                "Daily Planet", PUBLISHED, List.of("economy, business and finance"));
    }

    static ClaimDocument claim() {
        return claim("Unemployment fell to 3.9% in February.", "Jane Minister");
    }

    static ArticleIngested article() {
        return new ArticleIngested(ArticleIngested.SCHEMA_VERSION, "article-1", 1,
                "https://planet.example/news/jobs", "Jobless rate falls", "Body.", "Daily Planet", PUBLISHED,
                PUBLISHED, "http", "article-1", "en", null, null);
    }

    static Verdict verdict(VerdictLabel label, boolean editorial) {
        return new Verdict(Verdict.SCHEMA_VERSION, "claim-1", "article-1", claim().text(), label,
                "Because of the evidence.", 2, VerdictLabel.PENDING, editorial, DECIDED, List.of(), label,
                editorial ? "editor@planet.example" : null, editorial ? "Confirmed by phone." : null);
    }
}
