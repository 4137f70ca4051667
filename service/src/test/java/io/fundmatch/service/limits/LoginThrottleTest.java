package io.fundmatch.service.limits;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.bucket4j.TimeMeter;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class LoginThrottleTest {

    /** A clock the test moves by hand. */
    private static final class ManualClock implements TimeMeter {
        final AtomicLong millis = new AtomicLong(1_000_000);

        @Override
        public long currentTimeNanos() {
            return millis.get() * 1_000_000L;
        }

        @Override
        public boolean isWallClockBased() {
            return true;
        }

        void advance(Duration d) {
            millis.addAndGet(d.toMillis());
        }
    }

    private final ManualClock clock = new ManualClock();
    private final LoginThrottle throttle =
            new LoginThrottle(new LimitSettings(5, 20, 600, 30, Duration.ofMinutes(1), 1000, 16384, 1000), clock);

    @Test
    void fiveWrongPasswordsLockTheAccountUntilTheMinuteHasPassed() {
        for (int i = 0; i < 5; i++) {
            assertThat(throttle.lockedFor("officer-xc", "10.0.0.1")).isEmpty();
            throttle.failed("officer-xc", "10.0.0.1");
        }
        assertThat(throttle.lockedFor("officer-xc", "10.0.0.1"))
                .hasValueSatisfying(wait -> assertThat(wait).isBetween(Duration.ofSeconds(59), Duration.ofSeconds(60)));
        assertThat(throttle.lockedFor("Officer-XC", "10.0.0.9"))
                .as("the account is locked from any address")
                .isPresent();
        assertThat(throttle.lockedFor("admin", "10.0.0.1"))
                .as("colleagues at the same address are not")
                .isEmpty();

        clock.advance(Duration.ofSeconds(30));
        assertThat(throttle.lockedFor("officer-xc", "10.0.0.1"))
                .hasValueSatisfying(wait -> assertThat(wait).isBetween(Duration.ofSeconds(29), Duration.ofSeconds(30)));
        clock.advance(Duration.ofSeconds(31));
        assertThat(throttle.lockedFor("officer-xc", "10.0.0.1"))
                .as("the back-off has ended")
                .isEmpty();
    }

    @Test
    void repeatedBurstsBackOffForTheHour() {
        for (int burst = 0; burst < 4; burst++) {
            for (int i = 0; i < 5; i++) throttle.failed("officer-hd", "10.0.0." + burst);
            clock.advance(Duration.ofSeconds(61));
        }
        assertThat(throttle.lockedFor("officer-hd", "10.0.0.77"))
                .as("20 failures in an hour: locked for the hour")
                .hasValueSatisfying(wait -> assertThat(wait).isGreaterThan(Duration.ofMinutes(50)));
    }

    @Test
    void oneAddressTryingManyAccountsIsStoppedToo() {
        for (int i = 0; i < 5 * LoginThrottle.ADDRESS_FACTOR; i++) throttle.failed("guess" + i, "203.0.113.5");
        assertThat(throttle.lockedFor("someone-else", "203.0.113.5")).isPresent();
        assertThat(throttle.lockedFor("someone-else", "203.0.113.6")).isEmpty();
    }

    @Test
    void basicHeadersGiveTheirUserName() {
        assertThat(LoginThrottleFilter.basicUser("Basic b2ZmaWNlcjpwdw==")).hasValue("officer");
        assertThat(LoginThrottleFilter.basicUser("Bearer abc")).isEmpty();
        assertThat(LoginThrottleFilter.basicUser("Basic !!!")).isEmpty();
        assertThat(LoginThrottleFilter.basicUser(null)).isEmpty();
    }
}
