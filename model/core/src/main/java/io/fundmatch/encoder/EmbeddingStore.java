package io.fundmatch.encoder;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Sentence-encoder vectors kept across restarts, keyed by content hash: the SHA-256 of the encoder's id and the
 * exact texts it read. An area or enterprise whose text changed, or a new encoder, gets a new key, so a stored
 * vector is never stale, and unchanged content is never embedded twice. One file per kind
 * ({@value #AREAS_FILE}, {@value #ENTERPRISES_FILE}, {@value #SENTENCES_FILE}), append-only: each record is the key, the vector length
 * and the floats (little-endian); a torn last record (a crash mid-write) is dropped on load and the rest kept.
 * Without a folder the store lives in memory only.
 */
public final class EmbeddingStore {

    public static final String AREAS_FILE = "area-embeddings.bin";
    public static final String ENTERPRISES_FILE = "enterprise-embeddings.bin";
    /** The sentences explanations may quote (an area's first sentences), one vector each. */
    public static final String SENTENCES_FILE = "sentence-embeddings.bin";

    private static final int MAGIC = 0x464d4145; // "FMAE"

    private final Path file;
    private final Map<String, float[]> vectors = new ConcurrentHashMap<>();
    private final Object appendLock = new Object();

    private EmbeddingStore(Path file) {
        this.file = file;
    }

    /** A store in memory only. */
    public static EmbeddingStore inMemory() {
        return new EmbeddingStore(null);
    }

    /** The store in {@code folder}'s file {@code fileName} (folder created when missing), every vector loaded. */
    public static EmbeddingStore open(Path folder, String fileName) {
        try {
            Files.createDirectories(folder);
        } catch (IOException e) {
            throw new IllegalArgumentException(
                    "cannot create the embedding store folder " + folder + ": " + e.getMessage());
        }
        EmbeddingStore s = new EmbeddingStore(folder.resolve(fileName));
        s.load();
        return s;
    }

    /** The content key of what the encoder reads for one item (an area's passages, a profile's one text). */
    public static String key(String encoderId, List<String> passages) {
        try {
            MessageDigest md = MessageDigest.getInstance("SHA-256");
            md.update(encoderId.getBytes(StandardCharsets.UTF_8));
            for (String p : passages) {
                md.update((byte) 1);
                md.update(p.getBytes(StandardCharsets.UTF_8));
            }
            return HexFormat.of().formatHex(md.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    public Optional<float[]> get(String key) {
        return Optional.ofNullable(vectors.get(key));
    }

    public int size() {
        return vectors.size();
    }

    /** Keeps a vector under its key, and appends it to the file when the key is new. */
    public void put(String key, float[] vector) {
        if (vectors.putIfAbsent(key, vector.clone()) != null || file == null) return;
        synchronized (appendLock) {
            boolean fresh;
            try {
                fresh = !Files.exists(file) || Files.size(file) == 0;
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read " + file, e);
            }
            try (OutputStream os = Files.newOutputStream(file, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
                    DataOutputStream out = new DataOutputStream(new BufferedOutputStream(os))) {
                if (fresh) out.writeInt(MAGIC);
                byte[] k = key.getBytes(StandardCharsets.US_ASCII);
                out.writeShort(k.length);
                out.write(k);
                out.writeInt(vector.length);
                out.write(LittleEndianFloats.bytes(vector));
            } catch (IOException e) {
                throw new UncheckedIOException("cannot append to " + file, e);
            }
        }
    }

    private void load() {
        if (!Files.isRegularFile(file)) return;
        long good = 0;
        try (DataInputStream in = new DataInputStream(new BufferedInputStream(Files.newInputStream(file), 1 << 16))) {
            if (in.readInt() != MAGIC) throw new IllegalArgumentException(file + " is not an area embedding store");
            good = 4;
            while (true) {
                int kl;
                try {
                    kl = in.readUnsignedShort();
                } catch (EOFException end) {
                    return;
                }
                byte[] k = new byte[kl];
                in.readFully(k);
                int n = in.readInt();
                if (n < 0 || n > 1 << 20) throw new EOFException("bad vector length " + n);
                float[] v = LittleEndianFloats.read(in, n);
                vectors.put(new String(k, StandardCharsets.US_ASCII), v);
                good += 2 + kl + 4 + 4L * n;
            }
        } catch (EOFException torn) {
            // a record cut short by a crash: the complete ones before it are kept, the rest is cut off so that
            // later appends stay readable, and those areas are embedded again
            try (FileChannel ch = FileChannel.open(file, StandardOpenOption.WRITE)) {
                ch.truncate(good);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot repair " + file, e);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
    }
}
