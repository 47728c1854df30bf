package org.saferplan.security;

import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** {@code GET /api/v1/admin/users}: every account and its partnership roles, for administrators' scripts. */
@RestController
class UserAdminApiController {

    private final UserAccounts accounts;

    UserAdminApiController(UserAccounts accounts) {
        this.accounts = accounts;
    }

    @GetMapping("/api/v1/admin/users")
    List<User> users() {
        return accounts.all().stream()
                .map(account -> new User(
                        account.id(),
                        account.username(),
                        account.displayName(),
                        account.administrator(),
                        account.demoOnly(),
                        account.enabled(),
                        accounts.memberships(account.id()).stream()
                                .map(m -> new User.PartnershipRole(
                                        m.partnershipSlug(), m.role().name(), m.organisationName()))
                                .toList()))
                .toList();
    }

    /**
     * @param memberships each partnership by its slug, the role's name and the organisation's name (or null)
     */
    record User(
            long id,
            String username,
            String displayName,
            boolean administrator,
            boolean demoOnly,
            boolean enabled,
            List<PartnershipRole> memberships) {

        record PartnershipRole(String partnership, String role, String organisation) {}
    }
}
