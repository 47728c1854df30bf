package org.saferplan.security;

import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** {@code GET /api/v1/me}: who the credentials belong to and their partnerships, so a script can check its setup. */
@RestController
class MeApiController {

    private final CurrentUser currentUser;

    MeApiController(CurrentUser currentUser) {
        this.currentUser = currentUser;
    }

    @GetMapping("/api/v1/me")
    Me me() {
        var user = currentUser.get().orElseThrow();
        return new Me(
                user.getUsername(),
                user.displayName(),
                user.administrator(),
                currentUser.memberships().stream()
                        .map(m -> new Me.Partnership(
                                m.partnershipSlug(),
                                m.partnershipName(),
                                m.role().name(),
                                m.organisationName()))
                        .toList());
    }

    record Me(String username, String displayName, boolean administrator, List<Partnership> partnerships) {

        record Partnership(String slug, String name, String role, String organisation) {}
    }
}
