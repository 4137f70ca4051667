package io.fundmatch.train.encodertowers;

import io.fundmatch.encoder.towers.EncoderTower;
import io.fundmatch.encoder.towers.EncoderTowers;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Properties;

/**
 * Encoder towers trained several times on the same data, each member holding out a different part of the labelled
 * profiles to choose its epoch, and served as one: the members' linear maps averaged ({@code W} and {@code b} of each
 * tower; the output is still scaled to unit length). Early stopping on one small held-out part is noisy (the kept
 * epoch swings between trainings of nearly the same profiles); the average keeps what the members agree on, and
 * every labelled profile trains all members but one. Serving reads one pair of towers as before: same size, same
 * cost, same file.
 *
 * @param members each member's kept epoch and held-out score by epoch (empty when read back from a folder that kept
 *     only the towers)
 */
public record TowerCommittee(EncoderTowers towers, List<Member> members) {

    /** One training of the committee: the epoch it kept (0 = the identity) and its held-out nDCG@10 by epoch. */
    public record Member(int keptEpoch, List<Double> validation) {
        public Member {
            validation = List.copyOf(validation);
        }
    }

    public TowerCommittee {
        members = List.copyOf(members);
    }

    /** The committee of these trainings: their towers averaged (the identity when every member kept it). */
    public static TowerCommittee of(List<EncoderTowerTrainer.Trained> trained) {
        if (trained.isEmpty()) throw new IllegalArgumentException("a committee needs at least one member");
        EncoderTowers towers = new EncoderTowers(
                average(trained.stream().map(t -> t.towers().enterprise()).toList()),
                average(trained.stream().map(t -> t.towers().area()).toList()));
        return new TowerCommittee(
                towers,
                trained.stream()
                        .map(t -> new Member(t.bestEpoch(), t.validation()))
                        .toList());
    }

    /** Whether the committee serves the zero-shot encoder (every member kept the identity). */
    public boolean isIdentity() {
        return towers.isIdentity();
    }

    /** The members' average linear map; towers that are all the identity stay exactly the identity. */
    static EncoderTower average(List<EncoderTower> towers) {
        EncoderTower first = towers.get(0);
        if (towers.stream().allMatch(EncoderTower::isIdentity)) return first;
        float[] w = new float[first.w().length];
        float[] b = new float[first.b().length];
        for (EncoderTower t : towers) {
            if (t.dim() != first.dim() || t.side() != first.side())
                throw new IllegalArgumentException("committee members of different shapes");
            for (int i = 0; i < w.length; i++) w[i] += t.w()[i] / towers.size();
            for (int i = 0; i < b.length; i++) b[i] += t.b()[i] / towers.size();
        }
        return new EncoderTower(first.dim(), first.side(), w, b);
    }

    /** One line: each member's kept epoch and held-out nDCG@10 at the identity and at that epoch. */
    public String summary() {
        if (members.isEmpty()) return "committee read back (members not recorded)";
        List<String> parts = new ArrayList<>();
        for (Member m : members) {
            double identity =
                    m.validation().isEmpty() ? Double.NaN : m.validation().get(0);
            double kept = m.keptEpoch() < m.validation().size() ? m.validation().get(m.keptEpoch()) : Double.NaN;
            parts.add(String.format(Locale.ROOT, "epoch %d (%.3f → %.3f)", m.keptEpoch(), identity, kept));
        }
        return members.size() + " members kept " + String.join(", ", parts)
                + " (held-out nDCG@10 at the identity → at the kept epoch)";
    }

    /** The members as properties ({@code members}, {@code member.N.epoch}, {@code member.N.validation}). */
    public Properties card() {
        Properties p = new Properties();
        p.setProperty("members", Integer.toString(members.size()));
        for (int i = 0; i < members.size(); i++) {
            Member m = members.get(i);
            p.setProperty("member." + i + ".epoch", Integer.toString(m.keptEpoch()));
            p.setProperty(
                    "member." + i + ".validation",
                    String.join(
                            " ",
                            m.validation().stream()
                                    .map(d -> String.format(Locale.ROOT, "%.4f", d))
                                    .toList()));
        }
        return p;
    }

    /** A committee's towers with the members {@link #card()} recorded; a missing or unreadable card gives none. */
    public static TowerCommittee read(EncoderTowers towers, Properties card) {
        List<Member> members = new ArrayList<>();
        try {
            int n = Integer.parseInt(card.getProperty("members", "0").strip());
            for (int i = 0; i < n; i++) {
                int epoch = Integer.parseInt(
                        card.getProperty("member." + i + ".epoch", "").strip());
                List<Double> validation = new ArrayList<>();
                for (String v : card.getProperty("member." + i + ".validation", "")
                        .strip()
                        .split("\\s+")) if (!v.isEmpty()) validation.add(Double.parseDouble(v));
                members.add(new Member(epoch, validation));
            }
        } catch (NumberFormatException e) {
            members.clear(); // a card is a note: without it the towers are still what was kept
        }
        return new TowerCommittee(towers, members);
    }
}
