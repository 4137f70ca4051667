package io.fundmatch.service.feedback;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.fundmatch.json.Json;
import io.fundmatch.service.FundmatchProperties;
import io.fundmatch.service.limits.LimitSettings;
import io.fundmatch.service.records.FeedbackRecords;
import io.fundmatch.service.redis.RedisStore;
import io.fundmatch.towers.FeedbackEvent;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * Keeps feedback ({@link FeedbackEvent}, the format the trainer reads) durably: in the Redis list {@code fundmatch:feedback} when Redis is used and reachable,
 * otherwise appended (and forced to disk) to the JSON Lines file {@code fundmatch.feedback-file}. A Redis
 * outage therefore loses nothing: events go to the file meanwhile, and the listing reads both.
 */
@Component
public class FeedbackStore {

    public static final String REDIS_KEY = "fundmatch:feedback";

    private final ObjectProvider<RedisStore> redis;
    private final Path file;
    private final ObjectMapper mapper = Json.mapper();
    private final long maxEvents;
    private long fileEvents = -1;

    private final ObjectProvider<FeedbackRecords> records;

    public FeedbackStore(
            ObjectProvider<RedisStore> redis,
            FundmatchProperties properties,
            LimitSettings limits,
            ObjectProvider<FeedbackRecords> records) {
        this.redis = redis;
        this.file = Path.of(properties.feedbackFile()).toAbsolutePath();
        this.maxEvents = limits.maxFeedbackEvents();
        this.records = records;
    }

    /** Thrown when the store already holds {@code fundmatch.limits.max-feedback-events}: new feedback is refused, none is dropped. */
    public static final class StoreFullException extends RuntimeException {
        StoreFullException(long max) {
            super("feedback store holds its maximum of " + max + " events");
        }
    }

    /** Stores the event; answers where it went ("redis" or "file"). */
    public String add(FeedbackEvent event) {
        String json = toJson(event);
        RedisStore store = redis.getIfAvailable();
        if (store != null) {
            Optional<Long> held = store.length(REDIS_KEY);
            if (held.isPresent() && held.get() >= maxEvents) throw new StoreFullException(maxEvents);
            if (held.isPresent() && store.append(REDIS_KEY, json)) {
                records.ifAvailable(r -> r.add(json));
                return "redis";
            }
        }
        appendToFile(json); // refuses when the file holds its maximum
        records.ifAvailable(r -> r.add(json));
        return "file";
    }

    /** The most recent events, newest first. */
    public List<FeedbackEvent> recent(int limit) {
        List<FeedbackEvent> all = new ArrayList<>();
        RedisStore store = redis.getIfAvailable();
        if (store != null) store.tail(REDIS_KEY, limit).ifPresent(lines -> lines.forEach(l -> parse(l, all)));
        fileTail(limit).forEach(l -> parse(l, all));
        all.sort(Comparator.comparing(FeedbackEvent::time, Comparator.nullsLast(Comparator.reverseOrder())));
        return all.size() > limit ? List.copyOf(all.subList(0, limit)) : List.copyOf(all);
    }

    public Path file() {
        return file;
    }

    private synchronized void appendToFile(String json) {
        if (fileEvents < 0) fileEvents = countFileEvents();
        if (fileEvents >= maxEvents) throw new StoreFullException(maxEvents);
        try {
            Files.createDirectories(file.getParent());
            try (FileChannel ch = FileChannel.open(
                    file, StandardOpenOption.CREATE, StandardOpenOption.WRITE, StandardOpenOption.APPEND)) {
                ch.write(ByteBuffer.wrap((json + "\n").getBytes(StandardCharsets.UTF_8)));
                ch.force(false);
            }
            fileEvents++;
        } catch (IOException e) {
            throw new UncheckedIOException("could not store feedback in " + file, e);
        }
    }

    private long countFileEvents() {
        if (!Files.isRegularFile(file)) return 0;
        try (var lines = Files.lines(file, StandardCharsets.UTF_8)) {
            return lines.filter(l -> !l.isBlank()).count();
        } catch (IOException | UncheckedIOException e) {
            throw new IllegalStateException("could not read the feedback file " + file, e);
        }
    }

    private synchronized List<String> fileTail(int limit) {
        if (!Files.isRegularFile(file)) return List.of();
        Deque<String> last = new ArrayDeque<>();
        try (var lines = Files.lines(file, StandardCharsets.UTF_8)) {
            lines.filter(l -> !l.isBlank()).forEach(l -> {
                last.addLast(l);
                if (last.size() > limit) last.removeFirst();
            });
        } catch (IOException | UncheckedIOException e) {
            return List.of();
        }
        return List.copyOf(last);
    }

    private String toJson(FeedbackEvent event) {
        try {
            return mapper.writeValueAsString(event);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("feedback cannot be written as JSON", e);
        }
    }

    private void parse(String line, List<FeedbackEvent> into) {
        try {
            into.add(mapper.readValue(line, FeedbackEvent.class));
        } catch (IOException e) {
            // a damaged line is skipped; the rest of the log stays readable
        }
    }
}
