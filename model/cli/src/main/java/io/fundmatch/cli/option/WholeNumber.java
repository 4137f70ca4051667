package io.fundmatch.cli.option;

import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/** A whole number as people write it: "1_000_000" and "1,000,000" are read as 1000000. */
public final class WholeNumber implements ITypeConverter<Long> {

    @Override
    public Long convert(String value) {
        try {
            return Long.parseLong(value.strip().replace("_", "").replace(",", ""));
        } catch (NumberFormatException e) {
            throw new TypeConversionException("must be a whole number, not '" + value + "'");
        }
    }

    /** The same for {@code int} options. */
    public static final class Int implements ITypeConverter<Integer> {
        @Override
        public Integer convert(String value) {
            long v = new WholeNumber().convert(value);
            if (v < Integer.MIN_VALUE || v > Integer.MAX_VALUE)
                throw new TypeConversionException("is too large: " + value);
            return (int) v;
        }
    }

    /** A whole number of at least 1 (counts, sizes, runs). */
    public static final class Positive implements ITypeConverter<Integer> {
        @Override
        public Integer convert(String value) {
            int v = new Int().convert(value);
            if (v < 1) throw new TypeConversionException("must be at least 1, not " + v);
            return v;
        }
    }
}
