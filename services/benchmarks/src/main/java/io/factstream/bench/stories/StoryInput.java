package io.factstream.bench.stories;

import io.factstream.embedding.SentenceEmbedder;
import io.factstream.spectrum.clustering.StoryMatcher;
import io.factstream.text.PassageWindow;
import io.factstream.text.PassageWindows;
import io.factstream.text.SentenceSplitter;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * An article as coverage-spectrum compares it: title and lead passages, and the story vector made of their
 * embeddings (which the service receives from claim-extraction).
 *
 * @param vector null when matching on words alone
 */
record StoryInput(LabelledArticle article, String titleAndLead, float[] vector) {

    /** With story vectors when {@code embedder} is given, else words alone. */
    static List<StoryInput> of(List<LabelledArticle> articles, SentenceEmbedder embedder) {
        List<StoryInput> inputs = new ArrayList<>();
        for (LabelledArticle article : articles) {
            List<String> lead = PassageWindows.of(article.body(), SentenceSplitter.split(article.body())).stream()
                    .limit(StoryMatcher.LEAD_PASSAGES).map(PassageWindow::text).toList();
            float[] vector = null;
            if (embedder != null) {
                List<String> texts = new ArrayList<>(lead);
                texts.add(article.title());
                List<float[]> embeddings = embedder.embedAll(texts);
                vector = StoryMatcher.storyVector(embeddings.removeLast(), embeddings);
            }
            inputs.add(new StoryInput(article, StoryMatcher.titleAndLead(article.title(),
                    lead.stream().collect(Collectors.joining(" "))), vector));
        }
        return inputs;
    }

    StoryInput withArticle(LabelledArticle other) {
        return new StoryInput(other, titleAndLead, vector);
    }
}
