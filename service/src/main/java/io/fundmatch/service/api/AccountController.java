package io.fundmatch.service.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

import java.util.List;

/** Who the caller is; the web page uses it to check a login. */
@RestController
@Tag(name = "account")
public class AccountController {

    public record Me(String username, List<String> roles) {
    }

    @Operation(summary = "The signed-in account and its roles")
    @GetMapping("/api/v1/me")
    public Me me(Authentication auth) {
        return new Me(auth.getName(), auth.getAuthorities().stream().map(GrantedAuthority::getAuthority)
                .map(a -> a.replaceFirst("^ROLE_", "")).sorted().toList());
    }
}
