package io.fundmatch.catalogue;

/**
 * A qualification an area names, and how: applicants must hold it (REQUIRED), holders are
 * favoured (PREFERRED), or the area aims to help applicants obtain it (CULTIVATE, e.g.
 * 培育国家高新技术企业), so it targets those who do not hold it yet.
 *
 * @param qualification canonical name, see {@link io.fundmatch.reference.Qualifications}
 */
public record QualificationRequirement(String qualification, Mode mode) {
    public enum Mode { REQUIRED, PREFERRED, CULTIVATE }
}
