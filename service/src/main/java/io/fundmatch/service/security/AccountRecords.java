package io.fundmatch.service.security;

import io.fundmatch.service.jurisdiction.Jurisdictions;
import io.fundmatch.service.records.AuditLog;
import java.sql.Array;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Accounts in the database ({@code account}): password hashes from the {@link PasswordEncoder} (bcrypt through
 * Spring Security's DelegatingPasswordEncoder, so stored hashes name their algorithm), roles, and the
 * jurisdiction an account may see (region codes, or {@code all}). Every account is read at start and each one
 * again when it signs in, and the copy is kept, so accounts keep working while the database is briefly away.
 */
public class AccountRecords implements UserDetailsService {

    private static final Logger log = LoggerFactory.getLogger(AccountRecords.class);
    public static final List<String> ALL = List.of("all");

    private final JdbcTemplate jdbc;
    private final PasswordEncoder encoder;
    private final AuditLog audit;
    private final TransactionTemplate tx;
    private final Map<String, Stored> lastRead = new ConcurrentHashMap<>();
    private final VerifiedCredentials verified;

    private static final String SELECT_STORED =
            "select username, password_hash, roles, jurisdiction, enabled from account";
    private static final org.springframework.jdbc.core.RowMapper<Stored> STORED = (rs, i) -> new Stored(
            rs.getString(1), rs.getString(2), strings(rs.getArray(3)), strings(rs.getArray(4)), rs.getBoolean(5));

    /** Reads every account once (at start), so that any of them can sign in while the database is briefly away. */
    public void keepAll() {
        jdbc.query(SELECT_STORED, STORED).forEach(a -> lastRead.put(a.username(), a));
    }

    /** An account as read (kept apart from the UserDetails handed out, whose password Spring Security erases). */
    private record Stored(
            String username, String hash, List<String> roles, List<String> jurisdiction, boolean enabled) {
        UserDetails user() {
            List<GrantedAuthority> authorities = new ArrayList<>();
            roles.forEach(r -> authorities.add(new SimpleGrantedAuthority("ROLE_" + r)));
            authorities.add(new SimpleGrantedAuthority(Jurisdictions.PREFIX + String.join(",", jurisdiction)));
            return User.withUsername(username)
                    .password(hash)
                    .authorities(authorities)
                    .disabled(!enabled)
                    .build();
        }
    }

    public AccountRecords(JdbcTemplate jdbc, PasswordEncoder encoder, AuditLog audit, TransactionTemplate tx) {
        this(jdbc, encoder, audit, tx, new VerifiedCredentials());
    }

    /** With the Basic credentials verified lately, which are forgotten for an account whenever it changes. */
    public AccountRecords(
            JdbcTemplate jdbc,
            PasswordEncoder encoder,
            AuditLog audit,
            TransactionTemplate tx,
            VerifiedCredentials verified) {
        this.jdbc = jdbc;
        this.encoder = encoder;
        this.audit = audit;
        this.tx = tx;
        this.verified = verified;
    }

    /** One stored account (no hash). */
    public record Account(String username, List<String> roles, List<String> jurisdiction, boolean enabled) {}

    /**
     * Creates the account, or updates it when its password, roles or jurisdiction differ from the stored ones;
     * an unchanged account is left as it is (its hash is not rewritten at every start).
     */
    public void ensure(String username, String password, List<String> roles, List<String> jurisdiction) {
        tx.executeWithoutResult(s -> {
            var stored = jdbc.query(
                    "select password_hash, roles, jurisdiction from account where username = ? for update",
                    (rs, i) -> new Object[] {rs.getString(1), strings(rs.getArray(2)), strings(rs.getArray(3))},
                    username);
            if (stored.isEmpty()) {
                jdbc.update(
                        "insert into account (username, password_hash, roles, jurisdiction) values (?, ?, ?, ?)",
                        username,
                        encoder.encode(password),
                        roles.toArray(String[]::new),
                        jurisdiction.toArray(String[]::new));
                audit.record(
                        "startup", "account.create", username, Map.of("roles", roles, "jurisdiction", jurisdiction));
                return;
            }
            Object[] row = stored.get(0);
            boolean samePassword = encoder.matches(password, (String) row[0]);
            if (samePassword && row[1].equals(roles) && row[2].equals(jurisdiction)) return;
            jdbc.update(
                    "update account set password_hash = ?, roles = ?, jurisdiction = ?, enabled = true, "
                            + "updated_at = now() where username = ?",
                    samePassword ? row[0] : encoder.encode(password),
                    roles.toArray(String[]::new),
                    jurisdiction.toArray(String[]::new),
                    username);
            audit.record(
                    "startup",
                    "account.update",
                    username,
                    Map.of("roles", roles, "jurisdiction", jurisdiction, "passwordChanged", !samePassword));
        });
        lastRead.remove(username);
        verified.forget(username);
    }

    public Optional<Account> account(String username) {
        return jdbc
                .query(
                        "select username, roles, jurisdiction, enabled from account where username = ?",
                        (rs, i) -> new Account(
                                rs.getString(1), strings(rs.getArray(2)), strings(rs.getArray(3)), rs.getBoolean(4)),
                        username)
                .stream()
                .findFirst();
    }

    /** Every account, by name. */
    public List<Account> accounts() {
        return jdbc.query(
                "select username, roles, jurisdiction, enabled from account order by username",
                (rs, i) -> new Account(
                        rs.getString(1), strings(rs.getArray(2)), strings(rs.getArray(3)), rs.getBoolean(4)));
    }

    /** Creates an account (an administrator's act, audited); false when the name is taken. */
    public boolean create(String username, String password, List<String> roles, List<String> jurisdiction, String by) {
        Boolean created = tx.execute(s -> {
            int n = jdbc.update(
                    "insert into account (username, password_hash, roles, jurisdiction) values (?, ?, ?, ?) "
                            + "on conflict (username) do nothing",
                    username,
                    encoder.encode(password),
                    roles.toArray(String[]::new),
                    jurisdiction.toArray(String[]::new));
            if (n == 0) return false;
            audit.record(by, "account.create", username, Map.of("roles", roles, "jurisdiction", jurisdiction));
            return true;
        });
        return Boolean.TRUE.equals(created);
    }

    /**
     * Changes what is given of an account (null: unchanged): enabled, password, jurisdiction. Audited; the
     * password itself never reaches the audit log. False when there is no such account.
     */
    public boolean change(String username, Boolean enabled, String password, List<String> jurisdiction, String by) {
        Boolean changed = tx.execute(s -> {
            int n = jdbc.update(
                    "update account set enabled = coalesce(?, enabled), "
                            + "password_hash = coalesce(?, password_hash), jurisdiction = coalesce(?, jurisdiction), "
                            + "updated_at = now() where username = ?",
                    enabled,
                    password == null ? null : encoder.encode(password),
                    jurisdiction == null ? null : jurisdiction.toArray(String[]::new),
                    username);
            if (n == 0) return false;
            Map<String, Object> what = new java.util.LinkedHashMap<>();
            if (enabled != null) what.put("enabled", enabled);
            if (password != null) what.put("passwordChanged", true);
            if (jurisdiction != null) what.put("jurisdiction", jurisdiction);
            audit.record(by, "account.update", username, what);
            return true;
        });
        lastRead.remove(username);
        verified.forget(username);
        return Boolean.TRUE.equals(changed);
    }

    /** The stored hash, for checks that no plaintext is kept. */
    Optional<String> passwordHash(String username) {
        return jdbc
                .query("select password_hash from account where username = ?", (rs, i) -> rs.getString(1), username)
                .stream()
                .findFirst();
    }

    @Override
    public UserDetails loadUserByUsername(String username) {
        Stored stored;
        try {
            stored = jdbc.query(SELECT_STORED + " where username = ?", STORED, username).stream()
                    .findFirst()
                    .orElseThrow(() -> new UsernameNotFoundException("no such account"));
            lastRead.put(username, stored);
        } catch (DataAccessException e) {
            stored = lastRead.get(username);
            if (stored == null) throw e;
            log.warn(
                    "Accounts: database unavailable ({}); using the account as last read",
                    e.getMostSpecificCause().getMessage());
        }
        return stored.user();
    }

    private static List<String> strings(Array a) throws SQLException {
        return a == null ? List.of() : Arrays.asList((String[]) a.getArray());
    }
}
