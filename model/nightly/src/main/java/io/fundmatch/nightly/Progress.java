package io.fundmatch.nightly;

import java.io.PrintStream;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.function.LongSupplier;

/**
 * Console progress of a run: the current stage, rows done, rate and time left, every few seconds; and the
 * time each stage took, for the summary.
 */
public final class Progress implements AutoCloseable {

    private final PrintStream out;
    private final long everyMillis;
    private final Map<String, Long> stageMillis = new LinkedHashMap<>();
    private final Thread ticker;
    private volatile String stage;
    private volatile long total;
    private volatile LongSupplier done;
    private volatile long stageStart;
    private long quietTicks;

    public Progress(PrintStream out, long everyMillis) {
        this.out = out;
        this.everyMillis = everyMillis;
        this.ticker = new Thread(this::tick, "nightly-progress");
        ticker.setDaemon(true);
        ticker.start();
    }

    /** Starts a stage; {@code total} rows (0 when unknown) and where to read the rows done so far. */
    public synchronized void start(String name, long totalRows, LongSupplier rowsDone) {
        stage = name;
        total = totalRows;
        done = rowsDone;
        stageStart = System.nanoTime();
        out.printf(
                Locale.ROOT,
                "[nightly] %-16s started%s%n",
                name,
                totalRows > 0 ? String.format(Locale.ROOT, " (%,d rows)", totalRows) : "");
    }

    /** Ends the current stage and records its time. */
    public synchronized long end(String detail) {
        long ms = (System.nanoTime() - stageStart) / 1_000_000;
        stageMillis.merge(stage, ms, Long::sum);
        out.printf(
                Locale.ROOT,
                "[nightly] %-16s done in %s%s%n",
                stage,
                duration(ms),
                detail == null ? "" : " — " + detail);
        stage = null;
        return ms;
    }

    public Map<String, Long> stageMillis() {
        return Map.copyOf(stageMillis);
    }

    public Map<String, Long> orderedStageMillis() {
        return new LinkedHashMap<>(stageMillis);
    }

    private void tick() {
        try {
            while (!Thread.currentThread().isInterrupted()) {
                Thread.sleep(everyMillis);
                String s = stage;
                if (s == null) continue;
                double secs = (System.nanoTime() - stageStart) / 1e9;
                LongSupplier counter = done;
                if (counter == null) {
                    if (++quietTicks % 6 == 0)
                        out.printf(Locale.ROOT, "[nightly] %-16s running for %s%n", s, duration((long) (secs * 1000)));
                    continue;
                }
                long rows = counter.getAsLong();
                double rate = secs > 0 ? rows / secs : 0;
                long t = total;
                String eta =
                        t > 0 && rate > 0 && rows <= t ? ", ETA " + duration((long) ((t - rows) / rate * 1000)) : "";
                String of = t > 0 ? String.format(Locale.ROOT, " / %,d (%.0f%%)", t, 100.0 * rows / t) : "";
                out.printf(Locale.ROOT, "[nightly] %-16s %,d%s rows, %,.0f rows/s%s%n", s, rows, of, rate, eta);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    static String duration(long ms) {
        if (ms < 1000) return ms + " ms";
        long s = ms / 1000;
        if (s < 60) return String.format(Locale.ROOT, "%.1f s", ms / 1000.0);
        return String.format(Locale.ROOT, "%dm%02ds", s / 60, s % 60);
    }

    @Override
    public void close() {
        ticker.interrupt();
    }
}
