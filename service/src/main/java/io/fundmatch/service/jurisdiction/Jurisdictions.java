package io.fundmatch.service.jurisdiction;

import io.fundmatch.reference.RegionGazetteer;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;

/**
 * The jurisdiction of the caller. Accounts carry it as an authority {@code JURISDICTION:<spec>} (see
 * {@link Jurisdiction#parse}); administrators see everything; a caller without one sees no enterprise.
 */
public final class Jurisdictions {

    public static final String PREFIX = "JURISDICTION:";

    private Jurisdictions() {}

    public static GrantedAuthority authority(Jurisdiction jurisdiction) {
        return new SimpleGrantedAuthority(PREFIX + jurisdiction.spec());
    }

    public static Jurisdiction of(Authentication auth) {
        if (auth == null || !auth.isAuthenticated()) return Jurisdiction.NONE;
        for (GrantedAuthority a : auth.getAuthorities()) {
            if ("ROLE_ADMIN".equals(a.getAuthority())) return Jurisdiction.ALL;
        }
        for (GrantedAuthority a : auth.getAuthorities()) {
            String name = a.getAuthority();
            if (name != null && name.startsWith(PREFIX)) {
                try {
                    return Jurisdiction.parse(name.substring(PREFIX.length()), RegionGazetteer.shared());
                } catch (IllegalArgumentException e) {
                    return Jurisdiction.NONE;
                }
            }
        }
        return Jurisdiction.NONE;
    }
}
