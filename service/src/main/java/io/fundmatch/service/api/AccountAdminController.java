package io.fundmatch.service.api;

import io.fundmatch.reference.Region;
import io.fundmatch.reference.RegionGazetteer;
import io.fundmatch.service.jurisdiction.Jurisdiction;
import io.fundmatch.service.security.AccountRecords;
import io.fundmatch.service.security.PasswordPolicy;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * Officer and administrator accounts (administrators): list, create, disable or enable, reset a password,
 * change a jurisdiction. A jurisdiction is written as region names or GB/T 2260 codes and stored as codes.
 */
@RestController
@Tag(name = "accounts")
public class AccountAdminController {

    private static final Set<String> ROLES = Set.of("OFFICER", "ADMIN");

    private final AccountRecords accounts;

    public AccountAdminController(AccountRecords accounts) {
        this.accounts = accounts;
    }

    /** An account as shown: the jurisdiction as codes and as names. */
    public record AccountView(
            String username, List<String> roles, List<String> jurisdiction, String jurisdictionNames, boolean enabled) {
        static AccountView of(AccountRecords.Account a) {
            String names;
            try {
                names = Jurisdiction.parse(String.join(",", a.jurisdiction()), RegionGazetteer.shared())
                        .spec();
            } catch (IllegalArgumentException e) {
                names = "?";
            }
            return new AccountView(a.username(), a.roles(), a.jurisdiction(), names, a.enabled());
        }
    }

    /** Body of {@code POST /api/v1/admin/accounts}. */
    public record NewAccount(String username, String password, List<String> roles, String jurisdiction) {}

    /** Body of {@code PATCH /api/v1/admin/accounts/{username}}: what is given changes. */
    public record AccountChange(Boolean enabled, String password, String jurisdiction) {}

    @Operation(summary = "Every account with its roles and jurisdiction (administrators)")
    @GetMapping(path = "/api/v1/admin/accounts", produces = MediaType.APPLICATION_JSON_VALUE)
    public List<AccountView> list() {
        return accounts.accounts().stream().map(AccountView::of).toList();
    }

    @Operation(summary = "Create an officer or administrator account with its jurisdiction (administrators)")
    @PostMapping(
            path = "/api/v1/admin/accounts",
            consumes = MediaType.APPLICATION_JSON_VALUE,
            produces = MediaType.APPLICATION_JSON_VALUE)
    @ResponseStatus(HttpStatus.CREATED)
    public AccountView create(@RequestBody NewAccount body, Authentication admin) {
        String username = body.username() == null ? "" : body.username().strip();
        if (!username.matches("[\\p{L}\\p{N}._@-]{2,64}")) {
            throw ApiException.badRequest("账号名须为 2–64 个字母、数字或 ._@- (user name: 2 to 64 letters, digits or ._@-)");
        }
        PasswordPolicy.problem(username, body.password()).ifPresent(p -> {
            throw ApiException.badRequest(p);
        });
        List<String> roles = roles(body.roles());
        List<String> jurisdiction = jurisdiction(body.jurisdiction());
        if (!accounts.create(username, body.password(), roles, jurisdiction, admin.getName())) {
            throw new ApiException(HttpStatus.CONFLICT, "账号已存在 (an account named '" + username + "' exists)");
        }
        return AccountView.of(accounts.account(username).orElseThrow());
    }

    @Operation(summary = "Disable or enable an account, reset its password or change its jurisdiction (administrators)")
    @PatchMapping(
            path = "/api/v1/admin/accounts/{username}",
            consumes = MediaType.APPLICATION_JSON_VALUE,
            produces = MediaType.APPLICATION_JSON_VALUE)
    public AccountView change(@PathVariable String username, @RequestBody AccountChange body, Authentication admin) {
        if (body.password() != null) {
            PasswordPolicy.problem(username, body.password()).ifPresent(p -> {
                throw ApiException.badRequest(p);
            });
        }
        if (Boolean.FALSE.equals(body.enabled()) && username.equals(admin.getName())) {
            throw ApiException.badRequest("不能停用自己的账号 (an administrator cannot disable the account in use)");
        }
        List<String> jurisdiction = body.jurisdiction() == null ? null : jurisdiction(body.jurisdiction());
        if (!accounts.change(username, body.enabled(), body.password(), jurisdiction, admin.getName())) {
            throw ApiException.notFound("未找到账号 (no account named '" + AreaController.clip(username) + "')");
        }
        return AccountView.of(accounts.account(username).orElseThrow());
    }

    private static List<String> roles(List<String> given) {
        if (given == null || given.isEmpty()) return List.of("OFFICER");
        List<String> roles = new ArrayList<>();
        for (String r : given) {
            String role = r == null ? "" : r.strip().toUpperCase(Locale.ROOT);
            if (!ROLES.contains(role))
                throw ApiException.badRequest("未知角色 (roles are OFFICER and ADMIN; got '" + r + "')");
            if (!roles.contains(role)) roles.add(role);
        }
        if (roles.contains("ADMIN") && !roles.contains("OFFICER")) roles.add("OFFICER");
        return List.copyOf(roles);
    }

    /** "all", or the GB/T 2260 codes of the regions named. */
    private static List<String> jurisdiction(String spec) {
        Jurisdiction j;
        try {
            j = Jurisdiction.parse(spec, RegionGazetteer.shared());
        } catch (IllegalArgumentException e) {
            throw ApiException.badRequest("辖区无效 (" + e.getMessage() + ")");
        }
        if (j.all()) return AccountRecords.ALL;
        List<String> codes = new ArrayList<>();
        for (Region r : j.regions()) {
            codes.add(RegionGazetteer.shared()
                    .divisionCode(r)
                    .orElseThrow(() -> ApiException.badRequest("辖区无效 (no division code for " + r.displayName() + ")")));
        }
        return List.copyOf(codes);
    }
}
