package io.fundmatch.encoder.student;

import io.fundmatch.encoder.LittleEndianFloats;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;

/**
 * The student's weights as one plain file ({@value #FILE} in a model directory): a magic number and format
 * version, the shape (vocabulary size, hash buckets, word-vector size, hidden size, output size), the vocabulary
 * (UTF-8, length-prefixed), then little-endian float32: the word-vector table ({@code (vocabulary + buckets) ×
 * wordDim}), {@code W1} ({@code wordDim × hidden}, row {@code i} = what input {@code i} adds to each hidden unit),
 * {@code b1}, {@code W2} ({@code hidden × out}), {@code b2}.
 */
public record StudentWeights(
        List<String> vocabulary,
        int buckets,
        int wordDim,
        int hidden,
        int out,
        float[] table,
        float[] w1,
        float[] b1,
        float[] w2,
        float[] b2) {

    public static final String FILE = "student-encoder.bin";
    private static final int MAGIC = 0x464d5354; // "FMST"
    private static final int FORMAT = 1;

    public StudentWeights {
        vocabulary = List.copyOf(vocabulary);
        if (buckets < 1 || wordDim < 1 || hidden < 1 || out < 1)
            throw new IllegalArgumentException(
                    "bad student shape: buckets " + buckets + ", " + wordDim + " → " + hidden + " → " + out);
        if (table.length != (long) (vocabulary.size() + buckets) * wordDim
                || w1.length != wordDim * hidden
                || b1.length != hidden
                || w2.length != hidden * out
                || b2.length != out) throw new IllegalArgumentException("student weights do not fit their shape");
    }

    /** Rows of the word-vector table. */
    public int rows() {
        return vocabulary.size() + buckets;
    }

    /** The file's bytes. */
    public byte[] bytes() {
        try {
            ByteArrayOutputStream raw = new ByteArrayOutputStream();
            DataOutputStream o = new DataOutputStream(raw);
            o.writeInt(MAGIC);
            o.writeInt(FORMAT);
            o.writeInt(vocabulary.size());
            o.writeInt(buckets);
            o.writeInt(wordDim);
            o.writeInt(hidden);
            o.writeInt(out);
            for (String term : vocabulary) {
                byte[] b = term.getBytes(StandardCharsets.UTF_8);
                o.writeShort(b.length);
                o.write(b);
            }
            for (float[] f : new float[][] {table, w1, b1, w2, b2}) o.write(LittleEndianFloats.bytes(f));
            o.flush();
            return raw.toByteArray();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The first 16 hex digits of the SHA-256 of the file's bytes. */
    public String digest() {
        return sha256(bytes()).substring(0, 16);
    }

    /** Writes {@value #FILE} into {@code dir} (created when missing) atomically. */
    public Path save(Path dir) throws IOException {
        Files.createDirectories(dir);
        Path tmp = dir.resolve(FILE + ".tmp");
        Files.write(tmp, bytes());
        Path target = dir.resolve(FILE);
        Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING);
        return target;
    }

    /** The weights in {@code dir}'s {@value #FILE}, or empty when it has none; a damaged file is a clear error. */
    public static Optional<StudentWeights> load(Path dir) {
        if (dir == null) return Optional.empty();
        Path f = dir.resolve(FILE);
        if (!Files.isRegularFile(f)) return Optional.empty();
        try (InputStream in = Files.newInputStream(f)) {
            return Optional.of(read(in, f.toString()));
        } catch (IOException e) {
            throw new IllegalArgumentException("cannot read " + f + ": " + e.getMessage());
        }
    }

    /** Reads the weights from a stream ({@code source} names it in errors). */
    public static StudentWeights read(InputStream stream, String source) throws IOException {
        DataInputStream in = new DataInputStream(new java.io.BufferedInputStream(stream));
        try {
            if (in.readInt() != MAGIC) throw new IllegalArgumentException(source + " is not a student-encoder file");
            int format = in.readInt();
            if (format != FORMAT)
                throw new IllegalArgumentException(source + " has format " + format + ", this build reads " + FORMAT);
            int vocab = in.readInt();
            int buckets = in.readInt();
            int wordDim = in.readInt();
            int hidden = in.readInt();
            int out = in.readInt();
            if (vocab < 0 || vocab > 10_000_000 || buckets < 1 || buckets > 10_000_000)
                throw new IllegalArgumentException(source + " has a bad vocabulary size " + vocab + " + " + buckets);
            if (wordDim < 1 || wordDim > 4096 || hidden < 1 || hidden > 8192 || out < 1 || out > 8192)
                throw new IllegalArgumentException(
                        source + " has a bad shape " + wordDim + " → " + hidden + " → " + out);
            List<String> terms = new ArrayList<>(vocab);
            for (int i = 0; i < vocab; i++) {
                byte[] b = new byte[in.readUnsignedShort()];
                in.readFully(b);
                terms.add(new String(b, StandardCharsets.UTF_8));
            }
            float[] table = LittleEndianFloats.read(in, (vocab + buckets) * wordDim);
            float[] w1 = LittleEndianFloats.read(in, wordDim * hidden);
            float[] b1 = LittleEndianFloats.read(in, hidden);
            float[] w2 = LittleEndianFloats.read(in, hidden * out);
            float[] b2 = LittleEndianFloats.read(in, out);
            return new StudentWeights(terms, buckets, wordDim, hidden, out, table, w1, b1, w2, b2);
        } catch (EOFException torn) {
            throw new IllegalArgumentException(source + " is cut short: export the student again");
        }
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
