package io.fundmatch.service.records;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A PostgreSQL server left running on the data folder by a service that was killed (SIGKILL, power cut of the
 * JVM only): the embedded server is a child process and outlives it, holding the cluster so the next start
 * would fail. It is stopped when no live service holds the data folder's lock ({@code epg-lock}, which the
 * embedded server takes while it runs); its unfinished transactions were already rolled back when the
 * killed service's connections dropped.
 */
final class OrphanedServer {

    private static final Logger log = LoggerFactory.getLogger(OrphanedServer.class);
    private static final Duration SHUTDOWN = Duration.ofSeconds(30);

    private OrphanedServer() {}

    static void stopIfAny(Path dataDir) throws IOException {
        Optional<ProcessHandle> server = runningServer(dataDir);
        if (server.isEmpty()) return;
        Path lockFile = dataDir.resolve("epg-lock");
        try (FileChannel channel = FileChannel.open(lockFile, StandardOpenOption.CREATE, StandardOpenOption.WRITE)) {
            FileLock lock;
            try {
                lock = channel.tryLock();
            } catch (OverlappingFileLockException inThisJvm) {
                return;
            }
            if (lock == null) return; // a live service owns it; the start will say so
            try {
                ProcessHandle p = server.get();
                log.warn(
                        "Stopping the PostgreSQL server (pid {}) a killed fundmatch left running on {}",
                        p.pid(),
                        dataDir);
                p.destroy();
                try {
                    p.onExit().get(SHUTDOWN.toSeconds(), TimeUnit.SECONDS);
                } catch (Exception slow) {
                    p.destroyForcibly();
                }
            } finally {
                lock.release();
            }
        }
    }

    /** The server named by postmaster.pid, when that process is alive and is a postgres on this folder. */
    private static Optional<ProcessHandle> runningServer(Path dataDir) throws IOException {
        Path pidFile = dataDir.resolve("postmaster.pid");
        if (!Files.isRegularFile(pidFile)) return Optional.empty();
        List<String> lines = Files.readAllLines(pidFile, StandardCharsets.UTF_8);
        if (lines.size() < 2) return Optional.empty();
        long pid;
        try {
            pid = Long.parseLong(lines.get(0).strip());
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
        Path folder = Path.of(lines.get(1).strip());
        return ProcessHandle.of(pid)
                .filter(ProcessHandle::isAlive)
                .filter(p -> p.info().command().map(c -> c.endsWith("postgres")).orElse(false))
                .filter(p -> sameFolder(folder, dataDir));
    }

    private static boolean sameFolder(Path a, Path b) {
        try {
            return Files.isSameFile(a, b);
        } catch (IOException e) {
            return false;
        }
    }
}
