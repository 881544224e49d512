package io.factstream.embedding;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * Makes intermediate tensors of an ONNX model readable: returns the model's bytes with the named tensors added to
 * its graph's outputs, so one run yields them beside the model's own outputs. ONNX Runtime's Java API cannot add
 * outputs to a loaded model, and the ONNX protobuf classes are not on Maven Central in a small artifact, so this
 * edits the protobuf wire format directly: a {@code ModelProto}'s {@code graph} (field 7) gets more
 * {@code output} entries (field 12, a {@code ValueInfoProto} with just its {@code name}, field 1; ONNX Runtime
 * infers the type).
 */
final class OnnxGraphOutputs {
    private static final int MODEL_GRAPH = 7;
    private static final int GRAPH_OUTPUT = 12;
    private static final int VALUE_INFO_NAME = 1;
    private static final int LENGTH_DELIMITED = 2;

    private OnnxGraphOutputs() {
    }

    static byte[] withOutputs(byte[] model, List<String> tensorNames) {
        int position = 0;
        while (position < model.length) {
            int fieldStart = position;
            long key = readVarint(model, position);
            position += varintLength(key);
            int wireType = (int) (key & 7);
            int contentStart = position;
            int contentEnd = switch (wireType) {
                case 0 -> position + varintLength(readVarint(model, position));
                case 1 -> position + 8;
                case 5 -> position + 4;
                case LENGTH_DELIMITED -> {
                    long length = readVarint(model, position);
                    contentStart = position + varintLength(length);
                    yield contentStart + (int) length;
                }
                default -> throw new IllegalArgumentException("not an ONNX model: wire type " + wireType);
            };
            if (key >>> 3 == MODEL_GRAPH && wireType == LENGTH_DELIMITED) {
                byte[] outputs = outputFields(tensorNames);
                ByteArrayOutputStream edited = new ByteArrayOutputStream(model.length + outputs.length + 8);
                edited.write(model, 0, fieldStart);
                writeVarint(edited, key);
                writeVarint(edited, contentEnd - contentStart + outputs.length);
                edited.write(model, contentStart, contentEnd - contentStart);
                edited.writeBytes(outputs);
                edited.write(model, contentEnd, model.length - contentEnd);
                return edited.toByteArray();
            }
            position = contentEnd;
        }
        throw new IllegalArgumentException("not an ONNX model: no graph");
    }

    private static byte[] outputFields(List<String> tensorNames) {
        ByteArrayOutputStream fields = new ByteArrayOutputStream();
        for (String tensorName : tensorNames) {
            byte[] name = tensorName.getBytes(StandardCharsets.UTF_8);
            ByteArrayOutputStream valueInfo = new ByteArrayOutputStream();
            writeVarint(valueInfo, VALUE_INFO_NAME << 3 | LENGTH_DELIMITED);
            writeVarint(valueInfo, name.length);
            valueInfo.writeBytes(name);
            writeVarint(fields, GRAPH_OUTPUT << 3 | LENGTH_DELIMITED);
            writeVarint(fields, valueInfo.size());
            fields.writeBytes(valueInfo.toByteArray());
        }
        return fields.toByteArray();
    }

    private static long readVarint(byte[] bytes, int position) {
        long value = 0;
        for (int shift = 0; ; shift += 7) {
            int b = bytes[position++] & 0xff;
            value |= (long) (b & 0x7f) << shift;
            if (b < 0x80) {
                return value;
            }
        }
    }

    private static int varintLength(long value) {
        int length = 1;
        while ((value >>>= 7) != 0) {
            length++;
        }
        return length;
    }

    private static void writeVarint(ByteArrayOutputStream out, long value) {
        while ((value & ~0x7fL) != 0) {
            out.write((int) (value & 0x7f) | 0x80);
            value >>>= 7;
        }
        out.write((int) value);
    }
}
