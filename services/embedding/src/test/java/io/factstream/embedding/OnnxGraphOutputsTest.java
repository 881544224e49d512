package io.factstream.embedding;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class OnnxGraphOutputsTest {

    /** A field of the protobuf wire format with a length-delimited value. */
    private static byte[] field(int number, byte[] content) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(number << 3 | 2);
        out.write(content.length);
        out.writeBytes(content);
        return out.toByteArray();
    }

    private static byte[] concat(byte[]... parts) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (byte[] part : parts) {
            out.writeBytes(part);
        }
        return out.toByteArray();
    }

    private static byte[] text(String value) {
        return value.getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void appendsTheOutputsToTheGraphAndKeepsEveryOtherField() {
        byte[] irVersion = {0x08, 0x07};
        byte[] producer = field(2, text("test"));
        byte[] output = field(12, field(1, text("last")));
        byte[] graph = field(7, concat(field(2, text("g")), output));
        byte[] opset = field(8, field(2, new byte[] {0x08, 0x0c}));

        byte[] edited = OnnxGraphOutputs.withOutputs(concat(irVersion, producer, graph, opset), List.of("middle"));

        byte[] editedGraph = field(7, concat(field(2, text("g")), output, field(12, field(1, text("middle")))));
        assertArrayEquals(concat(irVersion, producer, editedGraph, opset), edited);
    }

    @Test
    void refusesBytesWithoutAGraph() {
        IllegalArgumentException error = assertThrows(IllegalArgumentException.class,
                () -> OnnxGraphOutputs.withOutputs(concat(new byte[] {0x08, 0x07}, field(2, text("x"))), List.of("a")));
        assertEquals("not an ONNX model: no graph", error.getMessage());
    }
}
