package org.saferplan.security;

import java.util.List;
import java.util.Optional;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/** Who is making this request, and their roles: for modules that decide finer rules (e.g. their own activities). */
@Component
public class CurrentUser {

    private final UserAccounts accounts;

    CurrentUser(UserAccounts accounts) {
        this.accounts = accounts;
    }

    public Optional<SignedInUser> get() {
        var authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication != null && authentication.getPrincipal() instanceof SignedInUser user) {
            return Optional.of(user);
        }
        return Optional.empty();
    }

    public List<Membership> memberships() {
        return get().map(user -> accounts.memberships(user.id())).orElse(List.of());
    }

    public Optional<Membership> membership(long partnershipId) {
        return get().flatMap(user -> accounts.membership(user.id(), partnershipId));
    }

    public boolean hasRole(long partnershipId, Role role) {
        return membership(partnershipId).map(m -> m.role() == role).orElse(false);
    }
}
