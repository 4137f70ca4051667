package io.fundmatch.cli;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A command's arguments: {@code --name value} options, {@code --name} switches and plain arguments (files).
 * Every mistake (an unknown option, a missing value, a malformed number or date, a missing required option)
 * is an {@link IllegalArgumentException} whose message says what to fix; the CLI prints it on one line.
 */
public final class CommandLine {

    private final Map<String, List<String>> values = new HashMap<>();
    private final Set<String> switches = new HashSet<>();
    private final List<String> arguments = new ArrayList<>();

    private CommandLine() {
    }

    /** What a command accepts: the names of its valued options and of its switches (without "--"). */
    public record Spec(Set<String> valued, Set<String> switches, boolean takesArguments) {

        public static Spec options(String... valued) {
            return new Spec(Set.of(valued), Set.of(), false);
        }

        public Spec withSwitches(String... names) {
            return new Spec(valued, Set.of(names), takesArguments);
        }

        /** Plain arguments (files, folders) are accepted besides the options. */
        public Spec withArguments() {
            return new Spec(valued, switches, true);
        }
    }

    /** Whether the arguments ask for the command's help ({@code --help} or {@code -h} anywhere). */
    public static boolean wantsHelp(String[] args) {
        for (String a : args) if (a.equals("--help") || a.equals("-h")) return true;
        return false;
    }

    public static CommandLine parse(String[] args, Spec spec) {
        CommandLine c = new CommandLine();
        for (int i = 0; i < args.length; i++) {
            String a = args[i];
            if (a.startsWith("--")) {
                String name = a.substring(2);
                if (spec.switches().contains(name)) {
                    c.switches.add(name);
                } else if (spec.valued().contains(name)) {
                    if (i + 1 >= args.length || args[i + 1].startsWith("--")) throw new IllegalArgumentException(a + " needs a value");
                    c.values.computeIfAbsent(name, k -> new ArrayList<>()).add(args[++i]);
                } else {
                    throw new IllegalArgumentException("unknown option '" + a + "' (--help lists the options)");
                }
            } else if (spec.takesArguments()) {
                c.arguments.add(a);
            } else {
                throw new IllegalArgumentException("unexpected argument '" + a + "' (--help lists the options)");
            }
        }
        return c;
    }

    public boolean has(String name) {
        return values.containsKey(name);
    }

    /** The option's value (the last one when given more than once), or null. */
    public String get(String name) {
        List<String> v = values.get(name);
        return v == null ? null : v.get(v.size() - 1);
    }

    public String get(String name, String fallback) {
        String v = get(name);
        return v == null ? fallback : v;
    }

    /** Every value of an option that may be given more than once, in order. */
    public List<String> all(String name) {
        return List.copyOf(values.getOrDefault(name, List.of()));
    }

    public String required(String name) {
        String v = get(name);
        if (v == null) throw new IllegalArgumentException("--" + name + " is required (--help lists the options)");
        return v;
    }

    public Path path(String name) {
        String v = get(name);
        return v == null ? null : Path.of(v);
    }

    public boolean isSet(String switchName) {
        return switches.contains(switchName);
    }

    public List<String> arguments() {
        return List.copyOf(arguments);
    }

    /** A whole number; "1_000_000" and "1,000,000" are read as 1000000. */
    public long whole(String name, long fallback) {
        String v = get(name);
        if (v == null) return fallback;
        try {
            return Long.parseLong(v.strip().replace("_", "").replace(",", ""));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("--" + name + " must be a whole number, not '" + v + "'");
        }
    }

    public int integer(String name, int fallback) {
        long v = whole(name, fallback);
        if (v < Integer.MIN_VALUE || v > Integer.MAX_VALUE) throw new IllegalArgumentException("--" + name + " is too large: " + v);
        return (int) v;
    }

    /** A whole number of at least 1. */
    public int positive(String name, int fallback) {
        int v = integer(name, fallback);
        if (v < 1) throw new IllegalArgumentException("--" + name + " must be at least 1, not " + v);
        return v;
    }

    public double decimal(String name, double fallback) {
        String v = get(name);
        if (v == null) return fallback;
        try {
            return Double.parseDouble(v.strip());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("--" + name + " must be a number, not '" + v + "'");
        }
    }

    /** A date written YYYY-MM-DD. */
    public LocalDate date(String name, LocalDate fallback) {
        String v = get(name);
        if (v == null) return fallback;
        try {
            return LocalDate.parse(v.strip());
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("--" + name + " must be a date YYYY-MM-DD, not '" + v + "'");
        }
    }
}
