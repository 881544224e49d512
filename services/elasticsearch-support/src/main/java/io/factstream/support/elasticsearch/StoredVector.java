package io.factstream.support.elasticsearch;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonSerializer;
import com.fasterxml.jackson.databind.SerializerProvider;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.util.Base64;

/**
 * How a document's {@code dense_vector} is written and read: as the base64 of its float32 values, big-endian, which
 * Elasticsearch accepts for a float vector. Our vector indices keep that string in {@code _source}
 * ({@code index.mapping.exclude_source_vectors: false}), so a search returns it as stored; otherwise Elasticsearch
 * would rebuild each hit's vector as 384 JSON numbers, which was most of the cost of a search (ten times the time of
 * fetching the string, measured). Annotate a document's {@code float[]} with both:
 * {@code @JsonSerialize(using = StoredVector.Writer.class) @JsonDeserialize(using = StoredVector.Reader.class)}.
 */
public final class StoredVector {
    private StoredVector() {
    }

    public static String encode(float[] vector) {
        ByteBuffer bytes = ByteBuffer.allocate(vector.length * Float.BYTES);
        bytes.asFloatBuffer().put(vector);
        return Base64.getEncoder().encodeToString(bytes.array());
    }

    public static float[] decode(String base64) {
        ByteBuffer bytes = ByteBuffer.wrap(Base64.getDecoder().decode(base64));
        float[] vector = new float[bytes.remaining() / Float.BYTES];
        bytes.asFloatBuffer().get(vector);
        return vector;
    }

    public static final class Writer extends JsonSerializer<float[]> {
        @Override
        public void serialize(float[] vector, JsonGenerator json, SerializerProvider provider) throws IOException {
            json.writeString(encode(vector));
        }
    }

    /** Reads the base64 form, or an array of numbers: what an index created before this form returns. */
    public static final class Reader extends JsonDeserializer<float[]> {
        @Override
        public float[] deserialize(JsonParser json, DeserializationContext context) throws IOException {
            if (json.currentToken() == JsonToken.VALUE_STRING) {
                return decode(json.getText());
            }
            return context.readValue(json, float[].class);
        }
    }
}
