package org.saferplan.security;

import java.util.function.Supplier;
import org.springframework.security.authorization.AuthorizationDecision;
import org.springframework.security.authorization.AuthorizationManager;
import org.springframework.security.authorization.AuthorizationResult;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.access.intercept.RequestAuthorizationContext;
import org.springframework.stereotype.Component;

/**
 * Decides who may import national data (police.uk files under {@code /crime/imports} and
 * {@code /api/v1/crime/imports}): an analyst or coordinator of at least one partnership, or an administrator. The
 * data is national and shared, so the role may be held in any partnership. Roles are read from the database on
 * each request, so a change applies at once.
 */
@Component
public class ImportAccess implements AuthorizationManager<RequestAuthorizationContext> {

    private final UserAccounts accounts;

    ImportAccess(UserAccounts accounts) {
        this.accounts = accounts;
    }

    @Override
    public AuthorizationResult authorize(
            Supplier<? extends Authentication> authentication, RequestAuthorizationContext context) {
        return new AuthorizationDecision(allows(authentication.get()));
    }

    /** Whether this person may import national data; for pages that offer the link only to those who may. */
    public boolean allows(Authentication authentication) {
        if (authentication == null || !(authentication.getPrincipal() instanceof SignedInUser user)) {
            return false;
        }
        if (user.administrator()) {
            return true;
        }
        return accounts.memberships(user.id()).stream()
                .anyMatch(membership -> membership.role() == Role.ANALYST || membership.role() == Role.COORDINATOR);
    }
}
