package org.saferplan.security;

import java.util.function.Supplier;
import org.saferplan.governance.Partnerships;
import org.springframework.security.authorization.AuthorizationDecision;
import org.springframework.security.authorization.AuthorizationManager;
import org.springframework.security.authorization.AuthorizationResult;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.access.intercept.RequestAuthorizationContext;
import org.springframework.stereotype.Component;

/**
 * Decides every request under {@code /partnerships/{slug}} and {@code /api/v1/partnerships/{slug}}: the person
 * must hold a role in that partnership that {@link PartnershipSection} allows for the method. Unknown partnerships
 * are refused like other people's, so the answer does not reveal which exist.
 */
@Component
class PartnershipAccess implements AuthorizationManager<RequestAuthorizationContext> {

    private final Partnerships partnerships;
    private final UserAccounts accounts;

    PartnershipAccess(Partnerships partnerships, UserAccounts accounts) {
        this.partnerships = partnerships;
        this.accounts = accounts;
    }

    @Override
    public AuthorizationResult authorize(
            Supplier<? extends Authentication> authentication, RequestAuthorizationContext context) {
        if (!(authentication.get().getPrincipal() instanceof SignedInUser user)) {
            return new AuthorizationDecision(false);
        }
        var slug = context.getVariables().get("slug");
        var partnership = slug == null ? null : partnerships.findBySlug(slug).orElse(null);
        if (partnership == null) {
            return new AuthorizationDecision(false);
        }
        var membership = accounts.membership(user.id(), partnership.id());
        if (membership.isEmpty()) {
            return new AuthorizationDecision(false);
        }
        var section = PartnershipSection.of(sectionOf(context.getRequest().getRequestURI(), slug));
        var method = context.getRequest().getMethod();
        boolean write = !("GET".equals(method) || "HEAD".equals(method));
        return new AuthorizationDecision(section.allows(membership.get().role(), write));
    }

    /** The path segment after the slug: {@code /partnerships/dorset/plan/3} gives {@code plan}. */
    static String sectionOf(String uri, String slug) {
        var marker = "/partnerships/" + slug;
        int at = uri.indexOf(marker);
        if (at < 0) {
            return "";
        }
        var rest = uri.substring(at + marker.length());
        if (rest.startsWith("/")) {
            rest = rest.substring(1);
        }
        int slash = rest.indexOf('/');
        return slash < 0 ? rest : rest.substring(0, slash);
    }
}
