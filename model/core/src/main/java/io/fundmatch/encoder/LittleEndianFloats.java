package io.fundmatch.encoder;

import java.io.DataInput;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;

/** float32 arrays as little-endian bytes: the layout of stored vectors and exported encoder-side weights. */
public final class LittleEndianFloats {

    private LittleEndianFloats() {}

    /** The bytes of {@code values}, four per float, little-endian. */
    public static byte[] bytes(float[] values) {
        ByteBuffer b = ByteBuffer.allocate(values.length * 4).order(ByteOrder.LITTLE_ENDIAN);
        b.asFloatBuffer().put(values);
        return b.array();
    }

    /** Reads {@code n} floats; an {@link java.io.EOFException} when the input ends first. */
    public static float[] read(DataInput in, int n) throws IOException {
        byte[] raw = new byte[n * 4];
        in.readFully(raw);
        float[] v = new float[n];
        ByteBuffer.wrap(raw).order(ByteOrder.LITTLE_ENDIAN).asFloatBuffer().get(v);
        return v;
    }
}
