package io.factstream.bench.newsstance;

import io.factstream.embedding.SentenceEmbedder;
import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The embeddings of a dataset's sentences, kept in a file beside the report so that a second run over the same data
 * (another threshold, another fold) does not embed tens of thousands of sentences again. Sentences missing from the
 * file are embedded and the file rewritten.
 */
final class EmbeddedTexts {
    private EmbeddedTexts() {
    }

    static Map<String, float[]> of(List<String> texts, SentenceEmbedder embedder, Path cache) throws IOException {
        Map<String, float[]> embeddings = read(cache);
        List<String> missing = texts.stream().distinct().filter(text -> !embeddings.containsKey(text)).toList();
        if (!missing.isEmpty()) {
            List<float[]> vectors = embedder.embedAll(missing);
            for (int i = 0; i < missing.size(); i++) {
                embeddings.put(missing.get(i), vectors.get(i));
            }
            write(cache, embeddings);
        }
        return embeddings;
    }

    private static Map<String, float[]> read(Path cache) throws IOException {
        Map<String, float[]> embeddings = new HashMap<>();
        if (!Files.exists(cache)) {
            return embeddings;
        }
        try (DataInputStream in = new DataInputStream(new BufferedInputStream(Files.newInputStream(cache)))) {
            int count = in.readInt();
            for (int i = 0; i < count; i++) {
                String text = in.readUTF();
                float[] vector = new float[SentenceEmbedder.DIMENSIONS];
                for (int d = 0; d < vector.length; d++) {
                    vector[d] = in.readFloat();
                }
                embeddings.put(text, vector);
            }
        }
        return embeddings;
    }

    private static void write(Path cache, Map<String, float[]> embeddings) throws IOException {
        Files.createDirectories(cache.toAbsolutePath().getParent());
        List<Map.Entry<String, float[]>> entries = new ArrayList<>(embeddings.entrySet());
        try (DataOutputStream out = new DataOutputStream(new BufferedOutputStream(Files.newOutputStream(cache)))) {
            out.writeInt(entries.size());
            for (Map.Entry<String, float[]> entry : entries) {
                out.writeUTF(entry.getKey());
                for (float value : entry.getValue()) {
                    out.writeFloat(value);
                }
            }
        }
    }
}
