package io.fundmatch.cli;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class CommandLineTest {

    private static final CommandLine.Spec NIGHTLY_LIKE = CommandLine.Spec.options("out", "top-k", "date", "registry")
            .withSwitches("no-explain");

    private static String error(String[] args, CommandLine.Spec spec, String option) {
        CommandLine c = CommandLine.parse(args, spec);
        return assertThrows(IllegalArgumentException.class, () -> {
            switch (option) {
                case "top-k" -> c.positive("top-k", 20);
                case "date" -> c.date("date", null);
                default -> c.required(option);
            }
        }).getMessage();
    }

    @Test
    void readsValuesSwitchesAndFiles() {
        CommandLine c = CommandLine.parse(new String[]{"a.tsv", "--out", "data", "--no-parquet", "b.xlsx"},
                CommandLine.Spec.options("out").withSwitches("no-parquet").withArguments());
        assertEquals("data", c.get("out"));
        assertTrue(c.isSet("no-parquet"));
        assertEquals(List.of("a.tsv", "b.xlsx"), c.arguments());
        assertEquals("fallback", c.get("missing", "fallback"));
    }

    @Test
    void numbersMayBeWrittenWithSeparatorsAndRepeatedOptionsKeepEveryValue() {
        CommandLine c = CommandLine.parse(new String[]{"--top-k", "1_000", "--registry", "a", "--registry", "b"}, NIGHTLY_LIKE);
        assertEquals(1000, c.positive("top-k", 20));
        assertEquals(List.of("a", "b"), c.all("registry"));
        assertEquals("b", c.get("registry"));
        assertEquals(LocalDate.of(2026, 1, 1), c.date("date", LocalDate.of(2026, 1, 1)));
    }

    @Test
    void everyMistakeIsAMessageNamingTheOption() {
        assertEquals("unknown option '--outt' (--help lists the options)", assertThrows(IllegalArgumentException.class,
                () -> CommandLine.parse(new String[]{"--outt", "x"}, NIGHTLY_LIKE)).getMessage());
        assertEquals("--out needs a value", assertThrows(IllegalArgumentException.class,
                () -> CommandLine.parse(new String[]{"--out"}, NIGHTLY_LIKE)).getMessage());
        assertEquals("--out needs a value", assertThrows(IllegalArgumentException.class,
                () -> CommandLine.parse(new String[]{"--out", "--no-explain"}, NIGHTLY_LIKE)).getMessage());
        assertEquals("unexpected argument 'stray' (--help lists the options)", assertThrows(IllegalArgumentException.class,
                () -> CommandLine.parse(new String[]{"stray"}, NIGHTLY_LIKE)).getMessage());
        assertEquals("--top-k must be a whole number, not 'ten'", error(new String[]{"--top-k", "ten"}, NIGHTLY_LIKE, "top-k"));
        assertEquals("--top-k must be at least 1, not 0", error(new String[]{"--top-k", "0"}, NIGHTLY_LIKE, "top-k"));
        assertEquals("--date must be a date YYYY-MM-DD, not '2026-13-01'",
                error(new String[]{"--date", "2026-13-01"}, NIGHTLY_LIKE, "date"));
        assertEquals("--out is required (--help lists the options)", error(new String[0], NIGHTLY_LIKE, "out"));
    }

    @Test
    void helpIsFoundAnywhere() {
        assertTrue(CommandLine.wantsHelp(new String[]{"--out", "x", "-h"}));
        assertFalse(CommandLine.wantsHelp(new String[]{"--out", "x"}));
    }
}
