package io.fundmatch.profile;

/**
 * A GB/T 4754-2017 code with its name and a confidence in [0, 1].
 *
 * @param code e.g. "I", "I65", "I651", "I6513" (门类 letter, then 大类/中类/小类 digits)
 */
public record SectorGuess(String code, String name, double confidence) {}
