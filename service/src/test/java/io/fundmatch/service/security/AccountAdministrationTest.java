package io.fundmatch.service.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.fundmatch.service.ServiceTestBase;
import io.fundmatch.service.records.AuditLog;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** Administrators manage accounts; passwords are stored as bcrypt hashes only; each audited action is one row. */
class AccountAdministrationTest extends ServiceTestBase {

    @Autowired
    AccountRecords accounts;

    @Autowired
    AuditLog audit;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void adminsCreateDisableAndReenableAnOfficerWithAJurisdiction() throws Exception {
        assertThat(postJson("/api/v1/admin/accounts", account("officer-hd", "short1", "海淀区"), ADMIN)
                        .statusCode())
                .as("password policy")
                .isEqualTo(400);
        assertThat(postJson("/api/v1/admin/accounts", account("officer-hd", "haidian-pass-7", "不存在区"), ADMIN)
                        .statusCode())
                .as("unknown region")
                .isEqualTo(400);
        HttpResponse<String> created =
                postJson("/api/v1/admin/accounts", account("officer-hd", "haidian-pass-7", "北京市海淀区"), ADMIN);
        assertThat(created.statusCode()).isEqualTo(201);
        assertThat(json(created).get("jurisdiction").toString()).isEqualTo("[\"110108\"]");
        assertThat(json(created).get("jurisdictionNames").asText()).isEqualTo("北京市海淀区");
        assertThat(postJson("/api/v1/admin/accounts", account("officer-hd", "haidian-pass-7", "海淀区"), ADMIN)
                        .statusCode())
                .isEqualTo(409);
        assertThat(get("/api/v1/admin/accounts", OFFICER, null).statusCode()).isEqualTo(403);

        String officer = basic("officer-hd", "haidian-pass-7");
        JsonNode me = json(get("/api/v1/me", officer, null));
        assertThat(me.get("jurisdiction").asText()).isEqualTo("北京市海淀区");
        assertThat(accounts.passwordHash("officer-hd").orElseThrow())
                .startsWith("{bcrypt}$2")
                .doesNotContain("haidian-pass-7");

        assertThat(patch("/api/v1/admin/accounts/officer-hd", "{\"enabled\":false}")
                        .statusCode())
                .isEqualTo(200);
        assertThat(get("/api/v1/me", officer, null).statusCode())
                .as("a disabled account cannot sign in")
                .isEqualTo(401);
        assertThat(patch("/api/v1/admin/accounts/officer-hd", "{\"enabled\":true,\"password\":\"haidian-pass-8\"}")
                        .statusCode())
                .isEqualTo(200);
        assertThat(get("/api/v1/me", basic("officer-hd", "haidian-pass-8"), null)
                        .statusCode())
                .isEqualTo(200);
        assertThat(patch("/api/v1/admin/accounts/nobody-here", "{\"enabled\":false}")
                        .statusCode())
                .isEqualTo(404);
    }

    @Test
    void noPlaintextPasswordIsStoredAnywhere() {
        List<String> hashes = jdbc.queryForList("select password_hash from account", String.class);
        assertThat(hashes).isNotEmpty().allSatisfy(h -> assertThat(h).startsWith("{bcrypt}$2"));
        assertThat(jdbc.queryForObject(
                        "select count(*) from audit_event where detail::text like '%admin-pass%' "
                                + "or detail::text like '%officer-pass%' or detail::text like '%haidian-pass%'",
                        Long.class))
                .isZero();
    }

    @Test
    void everyAuditedActionLeavesExactlyOneAuditRow() throws Exception {
        String area = json(get("/api/v1/areas?limit=1")).at("/areas/0/areaId").asText();
        Map<String, Runnable> actions = new LinkedHashMap<>();
        actions.put(
                "login.failed", () -> call(() -> get("/api/v1/me", basic("nobody-audit", "wrong-password-1"), null)));
        actions.put(
                "account.create",
                () -> call(() ->
                        postJson("/api/v1/admin/accounts", account("officer-audit", "audit-pass-123", "西城区"), ADMIN)));
        actions.put(
                "account.update",
                () -> call(() -> patch("/api/v1/admin/accounts/officer-audit", "{\"enabled\":false}")));
        actions.put(
                "officer.export",
                () -> call(() -> get("/api/v1/areas/" + area + "/enterprises?format=csv", OFFICER, "text/csv")));
        actions.put(
                "document.upload.refused",
                () -> call(() ->
                        upload("/api/v1/guides", "guide.exe", "not a guide".getBytes(StandardCharsets.UTF_8), ADMIN)));
        for (var action : actions.entrySet()) {
            long before = audit.count(action.getKey());
            action.getValue().run();
            assertThat(audit.count(action.getKey()) - before)
                    .as(action.getKey())
                    .isEqualTo(1);
        }
        JsonNode latest = json(get("/api/v1/admin/audit?limit=5", ADMIN, null));
        assertThat(latest.get(0).get("action").asText()).isEqualTo("document.upload.refused");
        assertThat(latest.get(0).at("/detail/address").asText()).isEqualTo("127.0.0.1");
        assertThat(latest.get(0).get("actor").asText()).isEqualTo("admin");
    }

    private interface Call {
        HttpResponse<String> send() throws Exception;
    }

    private static void call(Call c) {
        try {
            c.send();
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }

    private static String account(String user, String password, String jurisdiction) {
        return JSON.createObjectNode()
                .put("username", user)
                .put("password", password)
                .put("jurisdiction", jurisdiction)
                .toString();
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
