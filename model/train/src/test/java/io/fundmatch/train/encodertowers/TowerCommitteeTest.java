package io.fundmatch.train.encodertowers;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.fundmatch.encoder.towers.EncoderTower;
import io.fundmatch.encoder.towers.EncoderTowers;
import java.util.List;
import java.util.Properties;
import org.junit.jupiter.api.Test;

class TowerCommitteeTest {

    private static final int DIM = 3;
    private static final int SIDE = 1;

    /** A tower whose weights are the identity plus {@code delta} on every entry, and bias {@code delta}. */
    private static EncoderTower shifted(float delta) {
        EncoderTower id = EncoderTower.identity(DIM, SIDE);
        float[] w = id.w().clone();
        for (int i = 0; i < w.length; i++) w[i] += delta;
        float[] b = new float[DIM];
        java.util.Arrays.fill(b, delta);
        return new EncoderTower(DIM, SIDE, w, b);
    }

    private static EncoderTowerTrainer.Trained member(EncoderTower tower, int epoch, List<Double> validation) {
        return new EncoderTowerTrainer.Trained(new EncoderTowers(tower, tower), List.of(), validation, epoch);
    }

    @Test
    void membersThatAllKeptTheIdentityServeExactlyTheZeroShotEncoder() {
        EncoderTower id = EncoderTower.identity(DIM, SIDE);
        TowerCommittee c = TowerCommittee.of(
                List.of(member(id, 0, List.of(0.4, 0.3)), member(id, 0, List.of(0.5)), member(id, 0, List.of(0.2))));
        assertTrue(c.isIdentity());
        assertEquals(id, c.towers().enterprise());
    }

    @Test
    void theCommitteeServesTheMembersAverageLinearMap() {
        TowerCommittee c = TowerCommittee.of(List.of(
                member(shifted(0.3f), 2, List.of(0.4, 0.5, 0.6)),
                member(EncoderTower.identity(DIM, SIDE), 0, List.of(0.5, 0.4)),
                member(shifted(-0.6f), 1, List.of(0.3, 0.35))));
        EncoderTower expected = shifted(-0.1f);
        assertArrayEquals(expected.w(), c.towers().enterprise().w(), 1e-6f);
        assertArrayEquals(expected.b(), c.towers().area().b(), 1e-6f);
        // one input through the averaged map, scaled to unit length as a single tower's output is
        float[] x = {0.6f, 0.8f, 0f};
        float[] side = {1f};
        assertArrayEquals(expected.apply(x, side), c.towers().enterprise().apply(x, side), 1e-6f);
        assertEquals(
                List.of(2, 0, 1),
                c.members().stream().map(TowerCommittee.Member::keptEpoch).toList());
    }

    @Test
    void theCardKeepsEachMembersEpochAndHeldOutScores() {
        TowerCommittee c = TowerCommittee.of(List.of(
                member(shifted(0.1f), 2, List.of(0.4, 0.5, 0.6)), member(shifted(0.2f), 1, List.of(0.3, 0.45))));
        Properties card = c.card();
        TowerCommittee back = TowerCommittee.read(c.towers(), card);
        assertEquals(c.members(), back.members());
        assertTrue(
                back.summary().startsWith("2 members kept epoch 2 (0.400 → 0.600), epoch 1 (0.300 → 0.450)"),
                back.summary());
        assertEquals(
                List.of(), TowerCommittee.read(c.towers(), new Properties()).members());
        Properties torn = new Properties();
        torn.setProperty("members", "2");
        torn.setProperty("member.0.epoch", "x");
        assertEquals(List.of(), TowerCommittee.read(c.towers(), torn).members(), "a torn card is no card");
    }

    @Test
    void aCommitteeNeedsMembersOfOneShape() {
        EncoderTower other = EncoderTower.identity(DIM, SIDE + 1);
        assertThrows(IllegalArgumentException.class, () -> TowerCommittee.of(List.of()));
        assertThrows(
                IllegalArgumentException.class,
                () -> TowerCommittee.average(List.of(
                        shifted(0.1f), new EncoderTower(DIM, SIDE + 1, other.w(), new float[] {0.1f, 0f, 0f}))));
    }
}
