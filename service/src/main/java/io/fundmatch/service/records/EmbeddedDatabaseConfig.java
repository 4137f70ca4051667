package io.fundmatch.service.records;

import com.zaxxer.hikari.HikariDataSource;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.nio.file.Files;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The embedded PostgreSQL, used when no {@code spring.datasource.url} is given: a real PostgreSQL server
 * (the binaries ship in the zonky jar) whose cluster lives in {@code <fundmatch.data-dir>/postgres} and
 * survives restarts. It listens on a free loopback port chosen at each start; the cluster is created on the
 * first start only.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnExpression("'${spring.datasource.url:}'.isEmpty()")
public class EmbeddedDatabaseConfig {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedDatabaseConfig.class);

    @Bean(destroyMethod = "close")
    EmbeddedPostgres embeddedPostgres(DataFolder folder) {
        var dir = folder.postgres();
        try {
            Files.createDirectories(dir);
            boolean fresh = !Files.exists(dir.resolve("PG_VERSION"));
            OrphanedServer.stopIfAny(dir);
            EmbeddedPostgres pg = EmbeddedPostgres.builder()
                    .setDataDirectory(dir)
                    .setCleanDataDirectory(false)
                    .setServerConfig("listen_addresses", "127.0.0.1")
                    // zonky starts a test server (-F, synchronous_commit=off); a system of record must be durable
                    .setServerConfig("fsync", "on")
                    .setServerConfig("synchronous_commit", "on")
                    // a first start initialises the cluster; on a busy machine that takes longer than zonky's 10 s
                    .setPGStartupWait(java.time.Duration.ofSeconds(90))
                    .start();
            log.info("Embedded PostgreSQL {} in {} on port {}", fresh ? "created" : "started", dir, pg.getPort());
            return pg;
        } catch (IOException | IllegalStateException e) { // IllegalStateException: the folder's lock is held
            throw new EmbeddedDatabaseException(dir, e);
        }
    }

    @Bean
    DataSource dataSource(EmbeddedPostgres pg) {
        HikariDataSource ds = new HikariDataSource();
        ds.setJdbcUrl(pg.getJdbcUrl("postgres", "postgres"));
        ds.setUsername("postgres");
        ds.setPoolName("fundmatch-embedded");
        ds.setMaximumPoolSize(8);
        ds.setConnectionTimeout(3_000);
        return ds;
    }

    /** The embedded server could not start (e.g. another instance holds the data folder). */
    public static final class EmbeddedDatabaseException extends IllegalStateException {
        public EmbeddedDatabaseException(java.nio.file.Path dir, Exception cause) {
            super("the embedded PostgreSQL in " + dir + " did not start: " + cause.getMessage(), cause);
        }
    }
}
