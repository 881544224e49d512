package io.factstream.contracts;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

class EmbeddingTest {
    private static final float[] VALUES = {0.5f, -0.25f, 1e-7f, Float.MIN_VALUE};

    @Test
    void base64RoundTripKeepsEveryBit() {
        Embedding embedding = Embedding.of(VALUES);
        assertArrayEquals(VALUES, Embedding.fromBase64(embedding.toBase64()).values());
    }

    @Test
    void encodesFloat32LittleEndian() {
        // 1.0f is 0x3F800000; little-endian bytes 00 00 80 3F
        assertEquals("AACAPw==", Embedding.of(new float[] {1.0f}).toBase64());
    }

    @Test
    void isOneStringInJson() throws Exception {
        ObjectMapper json = new ObjectMapper();
        PassageVector passage = new PassageVector("The bridge reopened.", 0, 20, Embedding.of(VALUES));
        String written = json.writeValueAsString(passage);
        assertEquals("{\"text\":\"The bridge reopened.\",\"start\":0,\"end\":20,\"embedding\":\""
                + Embedding.of(VALUES).toBase64() + "\"}", written);
        assertEquals(passage, json.readValue(written, PassageVector.class));
    }
}
