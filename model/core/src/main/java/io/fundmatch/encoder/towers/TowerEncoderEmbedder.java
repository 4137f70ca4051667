package io.fundmatch.encoder.towers;

import io.fundmatch.catalogue.SupportArea;
import io.fundmatch.encoder.EncoderEmbedder;
import io.fundmatch.match.rank.Embedder;
import io.fundmatch.profile.EnterpriseProfile;
import io.fundmatch.towers.TowerInputs;

/**
 * The sentence encoder seen through the {@link EncoderTowers}: the encoder's vectors (stored by content hash as
 * before) mapped by the enterprise tower or, passage by passage, the area tower. An identity tower hands the
 * encoder's vector back untouched, so with identity towers every score equals the zero-shot encoder's.
 */
public final class TowerEncoderEmbedder implements Embedder {

    private final EncoderEmbedder encoder;
    private final EncoderTowers towers;
    private final boolean enterpriseIdentity;
    private final boolean areaIdentity;

    public TowerEncoderEmbedder(EncoderEmbedder encoder, EncoderTowers towers) {
        this.encoder = encoder;
        this.towers = towers;
        this.enterpriseIdentity = towers.enterprise().isIdentity();
        this.areaIdentity = towers.area().isIdentity();
    }

    public EncoderTowers towers() {
        return towers;
    }

    @Override
    public String version() {
        return encoder.version() + "+towers-" + towers.digest();
    }

    @Override
    public float[] embedArea(SupportArea area) {
        float[] x = encoder.embedArea(area);
        return areaIdentity ? x : towers.area().apply(x, TowerInputs.areaSide(area));
    }

    @Override
    public float[] embedEnterprise(EnterpriseProfile enterprise) {
        return enterprise(encoder.embedEnterprise(enterprise), enterprise);
    }

    @Override
    public float[] embedRegistered(EnterpriseProfile enterprise) {
        return enterprise(encoder.embedRegistered(enterprise), enterprise);
    }

    private float[] enterprise(float[] x, EnterpriseProfile p) {
        return enterpriseIdentity ? x : towers.enterprise().apply(x, TowerInputs.enterpriseSide(p));
    }
}
