package io.fundmatch.service.security;

import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * Spring Security's check of a user name and password against the accounts, with a bcrypt check skipped when
 * the same credentials were verified against the same stored hash lately ({@link VerifiedCredentials}). The
 * account is still read on every request, and a disabled or locked account is refused before the password.
 */
final class CachedPasswordCheck extends DaoAuthenticationProvider {

    private final VerifiedCredentials verified;

    CachedPasswordCheck(UserDetailsService accounts, PasswordEncoder encoder, VerifiedCredentials verified) {
        super(accounts);
        setPasswordEncoder(encoder);
        this.verified = verified;
    }

    @Override
    protected void additionalAuthenticationChecks(UserDetails user, UsernamePasswordAuthenticationToken given) {
        Object password = given.getCredentials();
        String hash = user.getPassword();
        if (password != null && hash != null && verified.isVerified(user.getUsername(), password.toString(), hash)) {
            return;
        }
        super.additionalAuthenticationChecks(user, given); // throws on a wrong password: nothing is kept then
        if (password != null && hash != null) verified.remember(user.getUsername(), password.toString(), hash);
    }
}
