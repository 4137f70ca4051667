package io.fundmatch.service.records;

import io.fundmatch.profile.EnterpriseProfile;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Registry files too large to embed while the uploader waits. Such a file is stored first (so it survives a
 * restart, whose start embeds whatever is stored); its enterprises are then embedded on one background thread, one
 * file after another, and registered — searchable and ranked — when that is done. Until then the file is pending.
 * The caller decides what embedding and registering mean and marks a file {@linkplain #finished finished}.
 */
final class BackgroundRegistration implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(BackgroundRegistration.class);

    private final ExecutorService worker = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "registry-embedding");
        t.setDaemon(true);
        return t;
    });
    private final Map<Long, PendingRegistryFile> pending = new LinkedHashMap<>();

    /** Enterprises embedded between two looks at whether the service is stopping. */
    static final int CHUNK = 256;

    /**
     * Queues a stored file: its enterprises are embedded by {@code embed} a chunk at a time (the slow part, outside
     * any lock), then {@code register} runs, which must call {@link #finished}. A stop between chunks leaves the file
     * to the next start; failures are logged, and a file whose registration failed is registered by the next restore
     * of the registry (a withdrawal or a restart).
     */
    void submit(
            PendingRegistryFile file,
            List<EnterpriseProfile> enterprises,
            Consumer<List<EnterpriseProfile>> embed,
            Runnable register) {
        synchronized (pending) {
            pending.put(file.fileId(), file);
        }
        worker.execute(() -> {
            long t0 = System.nanoTime();
            try {
                for (int from = 0; from < enterprises.size(); from += CHUNK) {
                    if (Thread.currentThread().isInterrupted()) {
                        log.info(
                                "Stopped while embedding registry file {}; the next start registers it",
                                file.fileName());
                        return;
                    }
                    embed.accept(enterprises.subList(from, Math.min(enterprises.size(), from + CHUNK)));
                }
            } catch (RuntimeException e) {
                log.warn(
                        "Embedding registry file {} failed ({}); it is registered without vectors",
                        file.fileName(),
                        e.toString());
            }
            try {
                register.run();
                log.info(
                        "Registry file {}: {} enterprises embedded and registered in {} ms",
                        file.fileName(),
                        file.enterprises(),
                        (System.nanoTime() - t0) / 1_000_000);
            } catch (RuntimeException e) {
                finished(file.fileId());
                log.error(
                        "Registering registry file {} failed ({}); the next restore of the registry brings it in",
                        file.fileName(),
                        e.toString());
            }
        });
    }

    /** The file's enterprises are registered (or will be by the next restore): it is no longer pending. */
    void finished(long fileId) {
        synchronized (pending) {
            pending.remove(fileId);
        }
    }

    /** The ids of the files still pending. */
    Set<Long> pendingFiles() {
        synchronized (pending) {
            return Set.copyOf(pending.keySet());
        }
    }

    /** The files still pending, oldest first. */
    List<PendingRegistryFile> pending() {
        synchronized (pending) {
            return new ArrayList<>(pending.values());
        }
    }

    /** Stops the worker; what it had not registered is registered by the next start from the database. */
    @Override
    public void close() {
        worker.shutdownNow();
        try {
            worker.awaitTermination(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
