package io.fundmatch.service.security;

import static org.assertj.core.api.Assertions.assertThat;

import io.fundmatch.service.ServiceTestBase;
import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** The web page's sign-in: a session cookie, CSRF tokens on state-changing calls, sign-out. */
class SessionSignInTest extends ServiceTestBase {

    private final CookieManager cookies = new CookieManager();
    private final HttpClient browser = HttpClient.newBuilder()
            .cookieHandler(cookies)
            .connectTimeout(Duration.ofSeconds(5))
            .build();

    @Test
    void aSignedInPageUsesItsSessionAndMustEchoTheCsrfTokenToChangeAnything() throws Exception {
        assertThat(send("POST", "/api/v1/session", "{\"username\":\"officer\",\"password\":\"nope\"}", null)
                        .statusCode())
                .isEqualTo(401);
        HttpResponse<String> in =
                send("POST", "/api/v1/session", "{\"username\":\"admin\",\"password\":\"admin-pass\"}", null);
        assertThat(in.statusCode()).isEqualTo(200);
        assertThat(json(in).get("roles").toString()).contains("ADMIN", "OFFICER");
        assertThat(in.headers().allValues("Set-Cookie"))
                .anySatisfy(c -> assertThat(c)
                        .startsWith("JSESSIONID=")
                        .contains("HttpOnly")
                        .contains("SameSite=Strict"));

        assertThat(send("GET", "/api/v1/me", null, null).statusCode()).isEqualTo(200);
        String token = cookies.getCookieStore().getCookies().stream()
                .filter(c -> c.getName().equals("XSRF-TOKEN"))
                .map(HttpCookie::getValue)
                .findFirst()
                .orElseThrow();
        assertThat(send("DELETE", "/api/v1/enterprises/x", null, null).statusCode())
                .as("a state-changing call without the CSRF token is refused")
                .isEqualTo(403);
        assertThat(send("DELETE", "/api/v1/enterprises/x", null, token).statusCode())
                .as("the same call with the token passes the CSRF check")
                .isNotEqualTo(403);
        assertThat(send("POST", "/api/v1/feedback", "{}", null).statusCode())
                .as("public calls need no token")
                .isEqualTo(400);

        assertThat(send("DELETE", "/api/v1/session", null, token).statusCode()).isEqualTo(204);
        assertThat(send("GET", "/api/v1/me", null, null).statusCode()).isEqualTo(401);
    }

    private HttpResponse<String> send(String method, String path, String json, String csrf) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(uri(path))
                .timeout(Duration.ofSeconds(30))
                .header("X-Requested-With", "fundmatch-web")
                .method(
                        method,
                        json == null
                                ? HttpRequest.BodyPublishers.noBody()
                                : HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8));
        if (json != null) b.header("Content-Type", "application/json");
        if (csrf != null) b.header("X-XSRF-TOKEN", csrf);
        return browser.send(b.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }
}
