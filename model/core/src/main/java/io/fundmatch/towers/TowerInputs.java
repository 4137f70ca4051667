package io.fundmatch.towers;

import io.fundmatch.catalogue.DocumentType;
import io.fundmatch.catalogue.QualificationRequirement;
import io.fundmatch.catalogue.SupportArea;
import io.fundmatch.profile.EnterpriseProfile;
import io.fundmatch.reference.EntityType;
import io.fundmatch.reference.Qualifications;
import java.util.ArrayList;
import java.util.List;

/**
 * The structured (non-text) inputs of the two towers and the text each tower reads.
 * Enterprise: GB/T 4754 门类 (A–T), qualifications held, entity type. Area: document type,
 * applicant types named, and each qualification by how it is named (required, preferred, cultivated).
 */
public final class TowerInputs {

    /** Text beyond this many characters is not read (a profile may paste a whole brochure). */
    public static final int MAX_TEXT_CHARS = 20_000;

    private static final String SECTIONS = "ABCDEFGHIJKLMNOPQRST";
    private static final List<String> QUALIFICATIONS = Qualifications.canonicalNames();
    private static final EntityType[] ENTITY_TYPES = EntityType.values();
    /**
     * The qualification modes the area tower tells apart, in the order of its inputs. ONE_OF (须为A或B) reads as
     * REQUIRED: fixing the slots here keeps trained models valid when the catalogue learns new modes.
     */
    private static final List<QualificationRequirement.Mode> MODES = List.of(
            QualificationRequirement.Mode.REQUIRED,
            QualificationRequirement.Mode.PREFERRED,
            QualificationRequirement.Mode.CULTIVATE);

    public static final int ENTERPRISE_SIDE = SECTIONS.length() + QUALIFICATIONS.size() + ENTITY_TYPES.length;
    public static final int AREA_SIDE =
            DocumentType.values().length + ENTITY_TYPES.length + QUALIFICATIONS.size() * MODES.size();

    private TowerInputs() {}

    public static float[] enterpriseSide(EnterpriseProfile p) {
        float[] x = new float[ENTERPRISE_SIDE];
        String code = p.industryCode();
        if (code != null && !code.isBlank()) {
            int s = SECTIONS.indexOf(Character.toUpperCase(code.strip().charAt(0)));
            if (s >= 0) x[s] = 1;
        }
        int off = SECTIONS.length();
        for (String q : p.qualifications()) {
            int i = qualificationIndex(q);
            if (i >= 0) x[off + i] = 1;
        }
        off += QUALIFICATIONS.size();
        if (p.entityType() != null) x[off + p.entityType().ordinal()] = 1;
        return x;
    }

    public static float[] areaSide(SupportArea a) {
        float[] x = new float[AREA_SIDE];
        if (a.document() != null && a.document().type() != null)
            x[a.document().type().ordinal()] = 1;
        int off = DocumentType.values().length;
        for (EntityType t : a.applicantTypes()) {
            if (t != null) x[off + t.ordinal()] = 1;
        }
        off += ENTITY_TYPES.length;
        for (QualificationRequirement r : a.qualifications()) {
            int i = qualificationIndex(r.qualification());
            if (i >= 0 && r.mode() != null) x[off + i * MODES.size() + slot(r.mode())] = 1;
        }
        return x;
    }

    private static int slot(QualificationRequirement.Mode mode) {
        return MODES.indexOf(
                mode == QualificationRequirement.Mode.ONE_OF ? QualificationRequirement.Mode.REQUIRED : mode);
    }

    /** Name, specialization and business scope: what an enterprise says it does. */
    public static String enterpriseText(EnterpriseProfile p) {
        return clip(join(List.of(nz(p.name()), nz(p.specialization()), nz(p.businessScope()))));
    }

    /** Headings, title, text and key terms of an area. */
    public static String areaText(SupportArea a) {
        List<String> parts = new ArrayList<>(a.path());
        parts.add(nz(a.title()));
        parts.add(a.text());
        parts.add(String.join("，", a.keyTerms()));
        return clip(join(parts));
    }

    private static int qualificationIndex(String written) {
        return Qualifications.canonical(written).map(QUALIFICATIONS::indexOf).orElse(-1);
    }

    private static String join(List<String> parts) {
        StringBuilder sb = new StringBuilder();
        for (String s : parts) {
            if (s != null && !s.isBlank()) sb.append(s).append('\n');
        }
        return sb.toString();
    }

    private static String clip(String s) {
        return s.length() <= MAX_TEXT_CHARS ? s : s.substring(0, MAX_TEXT_CHARS);
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }
}
