package io.fundmatch.service.engine;

import java.util.concurrent.Semaphore;
import java.util.function.Supplier;

/**
 * At most as many rankings computed at once as there are cores; the others wait their turn in arrival order (a
 * fair semaphore). With 32 connections on 2 cores, 32 encoder calls and scoring passes at once would each get a
 * sixteenth of a core and all finish late together, with the unlucky ones very late (the p99); in turn, each runs
 * at full speed and the wait is the same for all. Answers from the cache never wait here.
 */
public final class ComputeGate {

    private final Semaphore permits;
    private final int size;

    /** @param size computations at once; 0 or less means one per core */
    public ComputeGate(int size) {
        this.size = size > 0 ? size : Runtime.getRuntime().availableProcessors();
        this.permits = new Semaphore(this.size, true);
    }

    /** Runs {@code work} when a place is free (waiting in arrival order), and gives the place back after. */
    public <T> T run(Supplier<T> work) {
        try {
            permits.acquire();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting to compute a ranking", e);
        }
        try {
            return work.get();
        } finally {
            permits.release();
        }
    }

    /** Computations allowed at once. */
    public int size() {
        return size;
    }

    /** Requests waiting for a place now (an estimate). */
    public int waiting() {
        return permits.getQueueLength();
    }
}
