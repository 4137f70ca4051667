package io.fundmatch.eval.cli;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;

/** {@code --name value} options of a command; unknown names and missing values are clear errors. */
final class Args {

    private final Map<String, String> values = new HashMap<>();

    Args(String[] args, Set<String> names) {
        for (int i = 0; i < args.length; i++) {
            String a = args[i];
            if (!a.startsWith("--") || !names.contains(a.substring(2))) {
                throw new IllegalArgumentException("unknown option '" + a + "' (--help lists the options)");
            }
            if (i + 1 >= args.length) throw new IllegalArgumentException(a + " needs a value");
            values.put(a.substring(2), args[++i]);
        }
    }

    String get(String name, String fallback) {
        return values.getOrDefault(name, fallback);
    }

    String get(String name) {
        return values.get(name);
    }

    int integer(String name, int fallback) {
        String v = values.get(name);
        if (v == null) return fallback;
        try {
            return Integer.parseInt(v.strip());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("--" + name + " must be a whole number, not '" + v + "'");
        }
    }

    static boolean wantsHelp(String[] args) {
        for (String a : args) if (a.equals("--help") || a.equals("-h")) return true;
        return false;
    }
}
