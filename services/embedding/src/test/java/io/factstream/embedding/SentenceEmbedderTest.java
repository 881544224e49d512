package io.factstream.embedding;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.langchain4j.model.embedding.onnx.allminilml6v2q.AllMiniLmL6V2QuantizedEmbeddingModel;
import java.util.List;
import org.junit.jupiter.api.Test;

class SentenceEmbedderTest {
    private final SentenceEmbedder embedder = SentenceEmbedder.shared();

    private static double dot(float[] a, float[] b) {
        double sum = 0;
        for (int i = 0; i < a.length; i++) {
            sum += a[i] * b[i];
        }
        return sum;
    }

    @Test
    void loadsTheModelOnlyWhenItFirstEmbeds() {
        try (SentenceEmbedder fresh = new SentenceEmbedder(SentenceEmbedder.DEFAULT_CACHE_DIR, 1)) {
            assertFalse(fresh.loaded());
            float[] vector = fresh.embed("The Westport bridge reopened on Monday.");
            assertTrue(fresh.loaded());
            assertEquals(1.0, dot(vector, embedder.embed("The Westport bridge reopened on Monday.")), 0.02);
        }
    }

    @Test
    void closesWithoutLoadingAModelItNeverUsed() {
        SentenceEmbedder unused = new SentenceEmbedder(SentenceEmbedder.DEFAULT_CACHE_DIR, 1);
        unused.close();
        assertFalse(unused.loaded());
    }

    @Test
    void embeddingsHave384NormalisedDimensions() {
        float[] vector = embedder.embed("The Westport bridge reopened on Monday after 14 months of repairs.");
        assertEquals(SentenceEmbedder.DIMENSIONS, vector.length);
        assertEquals(1.0, dot(vector, vector), 1e-4);
    }

    @Test
    void batchesKeepTheirOrderAndMatchSingleSentences() {
        List<String> sentences = List.of("Officials said the repairs cost 4.2 million euros.", "Is it safe?",
                "The council voted 7 to 2 to close the old river crossing for good after the inspection.");
        List<float[]> batch = embedder.embedAll(sentences);
        for (int i = 0; i < sentences.size(); i++) {
            // The quantized model scales activations per batch, so batch neighbours move a vector very slightly.
            assertEquals(1.0, dot(batch.get(i), embedder.embed(sentences.get(i))), 0.02, sentences.get(i));
        }
    }

    @Test
    void encodingsCarryTheEmbeddingAndTheMiddleLayerOfOneRun() {
        List<String> sentences = List.of("Officials said the repairs cost 4.2 million euros.", "Is it safe?");
        List<SentenceEncoding> encodings = embedder.encodeAll(sentences);
        List<float[]> embeddings = embedder.embedAll(sentences);
        for (int i = 0; i < sentences.size(); i++) {
            assertArrayEquals(embeddings.get(i), encodings.get(i).embedding(), 1e-6f);
            float[] middle = encodings.get(i).middleLayer();
            assertEquals(SentenceEmbedder.DIMENSIONS, middle.length);
            // A different layer: not a copy of the embedding, and not normalised.
            assertTrue(Math.abs(dot(middle, middle) - 1.0) > 0.1, "middle layer of " + sentences.get(i));
        }
        double across = dot(encodings.get(0).middleLayer(), encodings.get(1).middleLayer())
                / Math.sqrt(dot(encodings.get(0).middleLayer(), encodings.get(0).middleLayer())
                * dot(encodings.get(1).middleLayer(), encodings.get(1).middleLayer()));
        assertTrue(across < 0.999, "two sentences have two different middle-layer vectors");
    }

    @Test
    void similarSentencesAreCloserThanUnrelatedOnes() {
        float[] bridge = embedder.embed("The bridge reopened after repairs.");
        float[] crossing = embedder.embed("Repairs are over and the bridge is open again.");
        float[] football = embedder.embed("The striker scored twice in the second half.");
        assertTrue(dot(bridge, crossing) > dot(bridge, football) + 0.2);
    }

    @Test
    void agreesWithTheLangchain4jModelItWraps() {
        String sentence = "Unemployment fell to 3.9 percent in April, the lowest since 2000.";
        float[] ours = embedder.embed(sentence);
        float[] theirs = new AllMiniLmL6V2QuantizedEmbeddingModel().embed(sentence).content().vector();
        assertEquals(1.0, dot(ours, theirs), 1e-3);
    }
}
