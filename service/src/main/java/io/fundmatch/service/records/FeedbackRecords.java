package io.fundmatch.service.records;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * Feedback events in the database ({@code feedback_event}), next to the Redis list or JSON Lines file the
 * trainer reads. The event is already kept there, so a database outage only skips this copy (with a warning).
 */
@Repository
public class FeedbackRecords {

    private static final Logger log = LoggerFactory.getLogger(FeedbackRecords.class);

    private final JdbcTemplate jdbc;

    public FeedbackRecords(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Stores one event (its JSON); false when the database is away. */
    public boolean add(String eventJson) {
        try {
            jdbc.update("insert into feedback_event (event) values (?::jsonb)", eventJson);
            return true;
        } catch (DataAccessException e) {
            log.warn(
                    "Feedback not copied to the database ({}); it is kept in Redis or the feedback file",
                    e.getMostSpecificCause().getMessage());
            return false;
        }
    }

    public long count() {
        Long n = jdbc.queryForObject("select count(*) from feedback_event", Long.class);
        return n == null ? 0 : n;
    }
}
