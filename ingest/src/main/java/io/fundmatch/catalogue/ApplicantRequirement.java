package io.fundmatch.catalogue;

/** Conditions on the applicant itself that a call states, beyond its type and qualifications. */
public enum ApplicantRequirement {
    /** 具有独立法人资格: a branch or representative office cannot apply (its head office may). */
    LEGAL_PERSON("具有独立法人资格"),
    /** Registered (工商/税务登记, 注册) in the issuing region: a branch there is not the registered legal person. */
    LOCAL_REGISTRATION("在本地注册登记");

    private final String label;

    ApplicantRequirement(String label) {
        this.label = label;
    }

    /** The Chinese label shown to users. */
    public String label() {
        return label;
    }
}
