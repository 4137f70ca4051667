package io.fundmatch.service.limits;

import io.fundmatch.service.audit.AuditTrail;
import java.time.Duration;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * The login throttle as every sign-in door applies it (HTTP Basic and the web page's session): a locked account
 * or address is refused and audited as {@code login.throttled}; a wrong password is counted and audited as
 * {@code login.failed}.
 */
public final class LoginLockout {

    private final LoginThrottle throttle;
    private final AuditTrail audit;

    public LoginLockout(LoginThrottle throttle, AuditTrail audit) {
        this.throttle = throttle;
        this.audit = audit;
    }

    /** Empty when the account may try to sign in from this address now, else the seconds to wait (audited). */
    public OptionalLong lockedSeconds(String account, String address) {
        Optional<Duration> locked = throttle.lockedFor(account, address);
        if (locked.isEmpty()) return OptionalLong.empty();
        long seconds = locked.get().toSeconds();
        audit.record(account, address, "login.throttled", account, "retry after " + seconds + " s");
        return OptionalLong.of(seconds);
    }

    /** Counts one refused sign-in against the account and the address, and audits it with {@code detail}. */
    public void failed(String account, String address, String detail) {
        throttle.failed(account, address);
        audit.record(account, address, "login.failed", account, detail);
    }

    /** The answer's text for a locked sign-in (Chinese, then English). */
    public static String message(long seconds) {
        return "登录失败次数过多，请 " + seconds + " 秒后再试 (too many failed logins; try again in " + seconds + " s)";
    }
}
