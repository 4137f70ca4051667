package io.fundmatch.catalogue;

/**
 * A qualification an area names, and how: applicants must hold it (REQUIRED), must hold it or another
 * ONE_OF qualification of the same area (须为国家高新技术企业或科技型中小企业: at least one of them), holders
 * are favoured (PREFERRED), or the area aims to help applicants obtain it (CULTIVATE, e.g.
 * 培育国家高新技术企业), so it targets those who do not hold it yet.
 *
 * @param qualification canonical name, see {@link io.fundmatch.reference.Qualifications}
 */
public record QualificationRequirement(String qualification, Mode mode) {
    public enum Mode {
        REQUIRED,
        ONE_OF,
        PREFERRED,
        CULTIVATE
    }
}
