package io.fundmatch.catalogue;

/** GUIDE: a call or notice inviting applications; PLAN: a plan or policy outline naming fields it will back. */
public enum DocumentType {
    GUIDE,
    PLAN
}
