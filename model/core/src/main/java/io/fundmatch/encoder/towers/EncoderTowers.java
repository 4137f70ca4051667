package io.fundmatch.encoder.towers;

import io.fundmatch.encoder.LittleEndianFloats;
import io.fundmatch.encoder.SentenceEncoder;
import io.fundmatch.towers.TowerInputs;
import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Optional;

/**
 * The two towers over the sentence encoder: the enterprise tower reads a profile's encoder vector with its
 * {@link TowerInputs#enterpriseSide side features} (GB/T 4754 门类, qualifications held, entity type); the area
 * tower reads each passage's vector with the area's {@link TowerInputs#areaSide side features} (document type,
 * applicant types, qualification modes). Kept in {@value #FILE} of a model directory: a magic number, then each
 * tower's shape and its floats (little-endian). A directory without the file serves the identity towers.
 */
public record EncoderTowers(EncoderTower enterprise, EncoderTower area) {

    public static final String FILE = "encoder-towers.bin";
    private static final int MAGIC = 0x464d4554; // "FMET"

    /** Both towers the identity: scores equal the zero-shot encoder's. */
    public static EncoderTowers identity() {
        return new EncoderTowers(
                EncoderTower.identity(SentenceEncoder.DIMENSION, TowerInputs.ENTERPRISE_SIDE),
                EncoderTower.identity(SentenceEncoder.DIMENSION, TowerInputs.AREA_SIDE));
    }

    public boolean isIdentity() {
        return enterprise.isIdentity() && area.isIdentity();
    }

    /** The first 12 hex digits of the SHA-256 of the weights ("identity" for the identity towers). */
    public String digest() {
        if (isIdentity()) return "identity";
        try {
            MessageDigest md = MessageDigest.getInstance("SHA-256");
            for (EncoderTower t : new EncoderTower[] {enterprise, area}) {
                md.update(LittleEndianFloats.bytes(t.w()));
                md.update(LittleEndianFloats.bytes(t.b()));
            }
            return HexFormat.of().formatHex(md.digest()).substring(0, 12);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    public void save(Path dir) throws IOException {
        Files.createDirectories(dir);
        Path tmp = dir.resolve(FILE + ".tmp");
        try (DataOutputStream out = new DataOutputStream(new BufferedOutputStream(Files.newOutputStream(tmp)))) {
            out.writeInt(MAGIC);
            for (EncoderTower t : new EncoderTower[] {enterprise, area}) {
                out.writeInt(t.dim());
                out.writeInt(t.side());
                out.write(LittleEndianFloats.bytes(t.w()));
                out.write(LittleEndianFloats.bytes(t.b()));
            }
        }
        Files.move(tmp, dir.resolve(FILE), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
    }

    /** The towers stored in {@code dir}, or empty when it holds none; a damaged file is a clear error. */
    public static Optional<EncoderTowers> load(Path dir) {
        if (dir == null) return Optional.empty();
        Path f = dir.resolve(FILE);
        if (!Files.isRegularFile(f)) return Optional.empty();
        try (java.io.InputStream in = Files.newInputStream(f)) {
            return Optional.of(read(in, f.toString()));
        } catch (IOException ex) {
            throw new IllegalArgumentException("cannot read " + f + ": " + ex.getMessage());
        }
    }

    /** The towers in an {@value #FILE} stream ({@code where} names it in errors); a damaged one is a clear error. */
    public static EncoderTowers read(java.io.InputStream stream, String where) {
        try (DataInputStream in = new DataInputStream(new BufferedInputStream(stream))) {
            if (in.readInt() != MAGIC) throw new IllegalArgumentException(where + " is not an encoder-tower file");
            EncoderTower e = readTower(in, where);
            EncoderTower a = readTower(in, where);
            if (e.dim() != SentenceEncoder.DIMENSION
                    || a.dim() != SentenceEncoder.DIMENSION
                    || e.side() != TowerInputs.ENTERPRISE_SIDE
                    || a.side() != TowerInputs.AREA_SIDE)
                throw new IllegalArgumentException(where + " was trained for other inputs (" + e.dim() + " + "
                        + e.side() + " / " + a.dim() + " + " + a.side() + "): train the towers again");
            return new EncoderTowers(e, a);
        } catch (EOFException torn) {
            throw new IllegalArgumentException(where + " is cut short: train the towers again");
        } catch (IOException ex) {
            throw new IllegalArgumentException("cannot read " + where + ": " + ex.getMessage());
        }
    }

    private static EncoderTower readTower(DataInputStream in, String f) throws IOException {
        int dim = in.readInt();
        int side = in.readInt();
        if (dim <= 0 || dim > 1 << 14 || side < 0 || side > 1 << 14)
            throw new IllegalArgumentException(f + " has a bad tower shape " + dim + " + " + side);
        return new EncoderTower(
                dim, side, LittleEndianFloats.read(in, (dim + side) * dim), LittleEndianFloats.read(in, dim));
    }
}
