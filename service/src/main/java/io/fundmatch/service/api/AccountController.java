package io.fundmatch.service.api;

import io.fundmatch.service.jurisdiction.Jurisdictions;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** Who the caller is; the web page uses it to check a login. */
@RestController
@Tag(name = "account")
public class AccountController {

    /** The account, its roles and its jurisdiction ("all" or the regions an officer is responsible for). */
    public record Me(String username, List<String> roles, String jurisdiction) {

        public static Me of(Authentication auth) {
            return new Me(
                    auth.getName(),
                    auth.getAuthorities().stream()
                            .map(GrantedAuthority::getAuthority)
                            .filter(a -> a.startsWith("ROLE_"))
                            .map(a -> a.substring("ROLE_".length()))
                            .sorted()
                            .toList(),
                    Jurisdictions.of(auth).spec());
        }
    }

    @Operation(summary = "The signed-in account and its roles")
    @GetMapping("/api/v1/me")
    public Me me(Authentication auth) {
        return Me.of(auth);
    }
}
