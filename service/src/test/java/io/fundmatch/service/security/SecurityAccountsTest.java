package io.fundmatch.service.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.fundmatch.service.records.AuditLog;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.transaction.support.TransactionTemplate;

/** Accounts in a real PostgreSQL (embedded, its own throw-away cluster), created from configuration at start. */
class SecurityAccountsTest {

    private static EmbeddedPostgres pg;
    private static JdbcTemplate jdbc;
    private static AccountRecords records;
    private static final PasswordEncoder ENCODER = PasswordEncoderFactories.createDelegatingPasswordEncoder();

    @BeforeAll
    static void database() throws IOException {
        pg = EmbeddedPostgres.builder()
                .setPGStartupWait(java.time.Duration.ofSeconds(90))
                .start();
        Flyway.configure()
                .dataSource(pg.getPostgresDatabase())
                .locations("classpath:db/migration")
                .load()
                .migrate();
        jdbc = new JdbcTemplate(pg.getPostgresDatabase());
        records = new AccountRecords(
                jdbc,
                ENCODER,
                new AuditLog(jdbc),
                new TransactionTemplate(new DataSourceTransactionManager(pg.getPostgresDatabase())));
    }

    @AfterAll
    static void stop() throws IOException {
        if (pg != null) pg.close();
    }

    @Test
    void productionRefusesToStartWithoutConfiguredPasswords() {
        var accounts = new SecurityAccounts(
                new SecurityAccounts.Account("officer-p", null), new SecurityAccounts.Account("admin-p", "set"), true);
        assertThatThrownBy(() -> SecurityConfig.ensureConfigured(accounts, records))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("fundmatch.security.officer.password");
    }

    @Test
    void theEmbeddedDefaultGeneratesPasswordsAndAdminsAreOfficersToo() {
        var accounts = new SecurityAccounts(
                new SecurityAccounts.Account(null, null), new SecurityAccounts.Account(null, null), false);
        SecurityConfig.ensureConfigured(accounts, records);
        assertThat(records.loadUserByUsername("officer").getAuthorities())
                .extracting(Object::toString)
                .containsExactlyInAnyOrder("ROLE_OFFICER", "JURISDICTION:all");
        assertThat(records.loadUserByUsername("admin").getAuthorities())
                .extracting(Object::toString)
                .containsExactlyInAnyOrder("ROLE_ADMIN", "ROLE_OFFICER", "JURISDICTION:all");
        assertThat(ENCODER.matches("", records.loadUserByUsername("officer").getPassword()))
                .isFalse();
        assertThat(records.account("officer").orElseThrow().jurisdiction()).containsExactly("all");
    }

    @Test
    void configuredAccountsAreStoredAsBcryptHashesAndUpdatedWhenThePasswordChanges() {
        records.ensure("liaison-xicheng", "first-Secret1", java.util.List.of("OFFICER"), AccountRecords.ALL);
        String first = records.passwordHash("liaison-xicheng").orElseThrow();
        assertThat(first).startsWith("{bcrypt}$2a$").doesNotContain("first-Secret1");
        assertThat(ENCODER.matches(
                        "first-Secret1",
                        records.loadUserByUsername("liaison-xicheng").getPassword()))
                .isTrue();

        records.ensure("liaison-xicheng", "first-Secret1", java.util.List.of("OFFICER"), AccountRecords.ALL);
        assertThat(records.passwordHash("liaison-xicheng")).hasValue(first);

        records.ensure("liaison-xicheng", "second-Secret2", java.util.List.of("OFFICER"), AccountRecords.ALL);
        String second = records.passwordHash("liaison-xicheng").orElseThrow();
        assertThat(second).isNotEqualTo(first);
        assertThat(ENCODER.matches("first-Secret1", second)).isFalse();
        assertThat(ENCODER.matches("second-Secret2", second)).isTrue();
        assertThat(jdbc.queryForObject(
                        "select count(*) from audit_event where subject = 'liaison-xicheng'", Long.class))
                .isEqualTo(2L);
        Long plaintext =
                jdbc.queryForObject("select count(*) from account where password_hash like '%Secret%'", Long.class);
        assertThat(plaintext).isZero();
    }

    @Test
    void aGeneratedPasswordIsMadeOnceAtTheFirstStartAndKeptAfterwards() {
        var unset = new SecurityAccounts(
                new SecurityAccounts.Account("officer-gen", null),
                new SecurityAccounts.Account("admin-gen", null),
                false);
        SecurityConfig.ensureConfigured(unset, records);
        String first = records.passwordHash("admin-gen").orElseThrow();
        SecurityConfig.ensureConfigured(unset, records);
        assertThat(records.passwordHash("admin-gen"))
                .as("a restart keeps the password printed at the first start")
                .hasValue(first);
        var configured = new SecurityAccounts(
                new SecurityAccounts.Account("officer-gen", null),
                new SecurityAccounts.Account("admin-gen", "rotated-pass-1"),
                false);
        SecurityConfig.ensureConfigured(configured, records);
        assertThat(ENCODER.matches(
                        "rotated-pass-1", records.passwordHash("admin-gen").orElseThrow()))
                .as("a configured password replaces it")
                .isTrue();
    }
}
