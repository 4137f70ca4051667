package io.fundmatch.service.limits;

import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.TimeMeter;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

/**
 * Failed logins, counted per account and per client address: an account may give
 * {@code fundmatch.limits.login-failures-per-minute} wrong passwords a minute and
 * {@code login-failures-per-hour} an hour, an address {@value #ADDRESS_FACTOR} times as many; once either allowance is spent, every attempt — with the right
 * password too — is refused until it comes back (a minute, then up to an hour: the back-off).
 */
@Component
public class LoginThrottle {

    private final Allowances accounts;
    private final Allowances addresses;

    @Autowired
    public LoginThrottle(LimitSettings settings) {
        this(settings, TimeMeter.SYSTEM_MILLISECONDS);
    }

    public LoginThrottle(LimitSettings settings, TimeMeter clock) {
        Duration shortWindow = settings.window();
        Duration longWindow = shortWindow.multipliedBy(60);
        this.accounts = new Allowances(limits(settings, 1), longWindow, settings.trackedClients(), clock);
        this.addresses = new Allowances(limits(settings, ADDRESS_FACTOR), longWindow, settings.trackedClients(), clock);
    }

    /**
     * The wrong passwords of a whole client address may be this many times an account's: colleagues behind one
     * office gateway do not lock each other out, while one address still cannot try many accounts quickly.
     */
    static final int ADDRESS_FACTOR = 4;

    private static List<Bandwidth> limits(LimitSettings settings, int factor) {
        int perMinute = settings.loginFailuresPerMinute() * factor;
        int perHour = settings.loginFailuresPerHour() * factor;
        return List.of(
                Bandwidth.builder()
                        .capacity(perMinute)
                        .refillIntervally(perMinute, settings.window())
                        .build(),
                Bandwidth.builder()
                        .capacity(perHour)
                        .refillIntervally(perHour, settings.window().multipliedBy(60))
                        .build());
    }

    /** Empty when the account may try to log in from this address now, otherwise how long it must wait. */
    public Optional<Duration> lockedFor(String account, String address) {
        Optional<Duration> byAccount = accounts.waitFor(accountKey(account));
        Optional<Duration> byAddress = addresses.waitFor(address);
        if (byAccount.isEmpty()) return byAddress;
        if (byAddress.isEmpty()) return byAccount;
        return Optional.of(byAccount.get().compareTo(byAddress.get()) >= 0 ? byAccount.get() : byAddress.get());
    }

    /** Counts one wrong password against the account and the address. */
    public void failed(String account, String address) {
        accounts.take(accountKey(account));
        addresses.take(address);
    }

    private static String accountKey(String account) {
        return account == null ? "" : account.strip().toLowerCase(Locale.ROOT);
    }
}
