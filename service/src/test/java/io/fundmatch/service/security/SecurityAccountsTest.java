package io.fundmatch.service.security;

import org.junit.jupiter.api.Test;
import org.springframework.security.core.userdetails.UserDetailsService;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class SecurityAccountsTest {

    private final SecurityConfig config = new SecurityConfig();
    private final Sha256PasswordEncoder encoder = new Sha256PasswordEncoder();

    @Test
    void productionRefusesToStartWithoutConfiguredPasswords() {
        var accounts = new SecurityAccounts(new SecurityAccounts.Account("officer", null),
                new SecurityAccounts.Account("admin", "set"), true);
        assertThatThrownBy(() -> config.accounts(accounts, encoder))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("fundmatch.security.officer.password");
    }

    @Test
    void theEmbeddedDefaultGeneratesPasswordsAndAdminsAreOfficersToo() {
        var accounts = new SecurityAccounts(new SecurityAccounts.Account(null, null),
                new SecurityAccounts.Account(null, null), false);
        UserDetailsService users = config.accounts(accounts, encoder);
        assertThat(users.loadUserByUsername("officer").getAuthorities()).extracting(Object::toString)
                .containsExactlyInAnyOrder("ROLE_OFFICER", "JURISDICTION:all");
        assertThat(users.loadUserByUsername("admin").getAuthorities()).extracting(Object::toString)
                .containsExactlyInAnyOrder("ROLE_ADMIN", "ROLE_OFFICER");
        assertThat(encoder.matches("", users.loadUserByUsername("officer").getPassword())).isFalse();
    }

    @Test
    void passwordsAreCheckedAgainstTheirSaltedDigest() {
        String stored = encoder.encode("s3cret");
        assertThat(encoder.matches("s3cret", stored)).isTrue();
        assertThat(encoder.matches("s3cret!", stored)).isFalse();
        assertThat(encoder.encode("s3cret")).isNotEqualTo(stored);
    }
}
