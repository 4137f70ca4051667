package io.fundmatch.service.security;

import static org.assertj.core.api.Assertions.assertThat;

import io.fundmatch.service.ServiceTestBase;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A script polling with HTTP Basic pays one bcrypt check, not one per request; a changed password or a disabled
 * account is refused at the very next request all the same.
 */
class VerifiedCredentialsTest extends ServiceTestBase {

    @Autowired
    VerifiedCredentials verified;

    @Test
    void aPollingScriptIsCheckedByBcryptOnceAndItsOldPasswordIsRefusedAtOnceAfterAChange() throws Exception {
        ensureOfficer("officer-poll", "poll-pass-2026", "北京市海淀区");
        String old = basic("officer-poll", "poll-pass-2026");
        long hitsBefore = verified.cache().stats().hitCount();
        for (int i = 0; i < 4; i++) {
            assertThat(get("/api/v1/me", old, null).statusCode())
                    .as("poll " + i)
                    .isEqualTo(200);
        }
        assertThat(verified.cache().stats().hitCount() - hitsBefore)
                .as("three of four polls were answered without a bcrypt check")
                .isGreaterThanOrEqualTo(3);

        assertThat(patch("/api/v1/admin/accounts/officer-poll", "{\"password\":\"poll-pass-2027\"}")
                        .statusCode())
                .isEqualTo(200);
        assertThat(get("/api/v1/me", old, null).statusCode())
                .as("the old password, verified a moment ago, is refused at once")
                .isEqualTo(401);
        String renewed = basic("officer-poll", "poll-pass-2027");
        assertThat(get("/api/v1/me", renewed, null).statusCode()).isEqualTo(200);
        assertThat(get("/api/v1/me", renewed, null).statusCode()).isEqualTo(200);

        assertThat(patch("/api/v1/admin/accounts/officer-poll", "{\"enabled\":false}")
                        .statusCode())
                .isEqualTo(200);
        assertThat(get("/api/v1/me", renewed, null).statusCode())
                .as("a disabled account is refused although its password was verified a moment ago")
                .isEqualTo(401);
    }

    @Test
    void theKeyHoldsNeitherThePasswordNorTheAccountNameAndChangesWithTheStoredHash() {
        String key = VerifiedCredentials.key("officer-xc", "xicheng-pass-1", "{bcrypt}$2a$10$abc");
        assertThat(key).hasSize(64).doesNotContain("xicheng").doesNotContain("officer");
        assertThat(VerifiedCredentials.key("officer-xc", "xicheng-pass-1", "{bcrypt}$2a$10$abd"))
                .isNotEqualTo(key);
        assertThat(VerifiedCredentials.key("officer-x", "cxicheng-pass-1", "{bcrypt}$2a$10$abc"))
                .as("the parts are separated, not run together")
                .isNotEqualTo(key);
    }

    private HttpResponse<String> patch(String path, String json) throws Exception {
        return http.send(
                HttpRequest.newBuilder(uri(path))
                        .timeout(Duration.ofSeconds(30))
                        .header("Authorization", ADMIN)
                        .header("Content-Type", "application/json")
                        .method("PATCH", HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8))
                        .build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }
}
