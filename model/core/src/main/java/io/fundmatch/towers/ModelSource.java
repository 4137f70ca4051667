package io.fundmatch.towers;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Where the files of an exported model are read from: a directory, or a classpath folder (the shipped
 * default). Arrays are stored as little-endian float32, text as UTF-8 lines.
 */
public interface ModelSource {

    /** Opens one file of the model; fails with a one-line message when it is missing. */
    InputStream open(String name) throws IOException;

    /** A short description for messages (the directory or the resource folder). */
    String describe();

    static ModelSource directory(Path dir) {
        return new ModelSource() {
            @Override
            public InputStream open(String name) throws IOException {
                Path p = dir.resolve(name);
                if (!Files.isRegularFile(p)) throw new NoSuchFileException(p + " (model file missing)");
                return Files.newInputStream(p);
            }

            @Override
            public String describe() {
                return dir.toString();
            }
        };
    }

    static ModelSource classpath(String folder) {
        return new ModelSource() {
            @Override
            public InputStream open(String name) throws IOException {
                InputStream in = ModelSource.class.getResourceAsStream(folder + "/" + name);
                if (in == null)
                    throw new NoSuchFileException("classpath:" + folder + "/" + name + " (model file missing)");
                return in;
            }

            @Override
            public String describe() {
                return "classpath:" + folder;
            }
        };
    }

    default byte[] bytes(String name) {
        try (InputStream in = open(name)) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    default float[] floats(String name, int expected) {
        byte[] b = bytes(name);
        if (b.length != expected * 4L) {
            throw new IllegalStateException(
                    describe() + "/" + name + ": expected " + expected + " floats, found " + b.length / 4);
        }
        float[] out = new float[expected];
        ByteBuffer.wrap(b).order(ByteOrder.LITTLE_ENDIAN).asFloatBuffer().get(out);
        return out;
    }

    default List<String> lines(String name) {
        String text = new String(bytes(name), StandardCharsets.UTF_8);
        List<String> out = new ArrayList<>();
        for (String line : text.split("\n", -1)) {
            if (!line.isEmpty()) out.add(line);
        }
        return out;
    }

    /** Writes floats as little-endian float32. */
    static void writeFloats(Path file, float[] values) throws IOException {
        ByteBuffer buf = ByteBuffer.allocate(values.length * 4).order(ByteOrder.LITTLE_ENDIAN);
        buf.asFloatBuffer().put(values);
        Files.write(file, buf.array());
    }
}
