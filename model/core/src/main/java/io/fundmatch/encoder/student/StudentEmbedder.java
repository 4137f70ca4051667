package io.fundmatch.encoder.student;

import io.fundmatch.catalogue.SupportArea;
import io.fundmatch.encoder.EncoderTexts;
import io.fundmatch.match.rank.Embedder;
import io.fundmatch.profile.EnterpriseProfile;
import java.util.List;

/**
 * The student as the recommender's embedder: a profile is the student's vector of {@link EncoderTexts#of}; an area
 * is either the {@code areas} embedder's vectors (the encoder's, stored by content hash: the few areas keep the
 * teacher, the many profiles get the student) or, with {@code areas} null, the student's vector of each passage.
 * Score with {@link io.fundmatch.encoder.PassageScorer} (best passage).
 */
public final class StudentEmbedder implements Embedder {

    private final StudentEncoder student;
    private final Embedder areas;

    /**
     * @param areas the embedder of areas (e.g. the encoder's), or null for the student on both sides
     */
    public StudentEmbedder(StudentEncoder student, Embedder areas) {
        this.student = student;
        this.areas = areas;
    }

    public StudentEncoder student() {
        return student;
    }

    @Override
    public String version() {
        return "student:" + student.id() + (areas == null ? "" : "|areas:" + areas.version());
    }

    @Override
    public float[] embedArea(SupportArea area) {
        if (areas != null) return areas.embedArea(area);
        List<String> passages = EncoderTexts.passages(area);
        int d = student.dimension();
        float[] all = new float[passages.size() * d];
        for (int i = 0; i < passages.size(); i++) System.arraycopy(student.embed(passages.get(i)), 0, all, i * d, d);
        return all;
    }

    @Override
    public float[] embedEnterprise(EnterpriseProfile enterprise) {
        return student.embed(EncoderTexts.of(enterprise));
    }
}
