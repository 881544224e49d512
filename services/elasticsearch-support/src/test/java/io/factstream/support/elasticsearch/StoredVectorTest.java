package io.factstream.support.elasticsearch;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import org.junit.jupiter.api.Test;

class StoredVectorTest {
    private final ObjectMapper json = new ObjectMapper();

    record Document(String text, @JsonSerialize(using = StoredVector.Writer.class)
            @JsonDeserialize(using = StoredVector.Reader.class) float[] embedding) {
    }

    @Test
    void aVectorIsWrittenAsTheBase64OfItsBigEndianFloats() throws Exception {
        String written = json.writeValueAsString(new Document("pier", new float[] {0.5f, 0.5f, 0.5f, 0.5f}));

        // 0.5f is 0x3F000000: the form Elasticsearch's documentation gives for a base64 float vector
        assertEquals("{\"text\":\"pier\",\"embedding\":\"PwAAAD8AAAA/AAAAPwAAAA==\"}", written);
    }

    @Test
    void whatIsWrittenReadsBackExactly() throws Exception {
        float[] vector = {0.123456789f, -0.987654321f, Float.MIN_VALUE, 1e-30f};

        Document read = json.readValue(json.writeValueAsString(new Document("pier", vector)), Document.class);

        assertArrayEquals(vector, read.embedding());
    }

    @Test
    void anArrayOfNumbersAsAnOlderIndexReturnsItIsReadToo() throws Exception {
        Document read = json.readValue("{\"text\":\"pier\",\"embedding\":[0.25,-1.5]}", Document.class);

        assertArrayEquals(new float[] {0.25f, -1.5f}, read.embedding());
    }

    @Test
    void aDocumentWithoutVectorHasNone() throws Exception {
        assertEquals(null, json.readValue("{\"text\":\"pier\"}", Document.class).embedding());
    }
}
