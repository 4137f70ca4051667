package io.fundmatch.build;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Exempts a method or class from the build's forbidden-API check (the forbiddenapis plugin in the parent pom).
 * Use it sparingly, next to a comment saying why the forbidden call is the point of the code.
 */
@Retention(RetentionPolicy.CLASS)
@Target({ElementType.METHOD, ElementType.CONSTRUCTOR, ElementType.TYPE, ElementType.FIELD})
public @interface SuppressForbidden {}
