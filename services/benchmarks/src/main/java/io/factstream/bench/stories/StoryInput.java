package io.factstream.bench.stories;

import io.factstream.embedding.SentenceEmbedder;
import io.factstream.spectrum.clustering.StoryMatcher;
import io.factstream.spectrum.clustering.StoryProfile;
import io.factstream.text.PassageWindow;
import io.factstream.text.PassageWindows;
import io.factstream.text.SentenceSplitter;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * An article as coverage-spectrum compares it: title and lead passages, the story vector made of their embeddings
 * and the article vector made of every passage's (which the service receives from claim-extraction).
 */
record StoryInput(LabelledArticle article, StoryProfile profile) {

    /** With story and article vectors when {@code embedder} is given, else words alone. */
    static List<StoryInput> of(List<LabelledArticle> articles, SentenceEmbedder embedder) {
        List<StoryInput> inputs = new ArrayList<>();
        for (LabelledArticle article : articles) {
            List<String> passages = PassageWindows.of(article.body(), SentenceSplitter.split(article.body())).stream()
                    .map(PassageWindow::text).toList();
            List<String> lead = passages.stream().limit(StoryMatcher.LEAD_PASSAGES).toList();
            String titleAndLead = StoryMatcher.titleAndLead(article.title(), String.join(" ", lead));
            float[] storyVector = null;
            float[] articleVector = null;
            if (embedder != null) {
                List<String> texts = new ArrayList<>(passages);
                texts.add(article.title());
                List<float[]> embeddings = embedder.embedAll(texts);
                float[] title = embeddings.removeLast();
                storyVector = StoryMatcher.storyVector(title, embeddings.subList(0, lead.size()));
                articleVector = StoryMatcher.articleVector(embeddings);
            }
            inputs.add(new StoryInput(article, new StoryProfile(titleAndLead, storyVector, articleVector)));
        }
        return inputs;
    }

    StoryInput withArticle(LabelledArticle other) {
        return new StoryInput(other, profile);
    }
}
