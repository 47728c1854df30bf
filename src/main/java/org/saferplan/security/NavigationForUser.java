package org.saferplan.security;

import java.util.ArrayList;
import java.util.Optional;
import org.saferplan.web.NavLink;
import org.saferplan.web.ShellUser;
import org.saferplan.web.SignedInUserResolver;
import org.springframework.stereotype.Component;

/** The service navigation a signed-in person sees: their partnerships, and administration if they may. */
@Component
class NavigationForUser implements SignedInUserResolver {

    private final CurrentUser currentUser;

    NavigationForUser(CurrentUser currentUser) {
        this.currentUser = currentUser;
    }

    @Override
    public Optional<ShellUser> current() {
        return currentUser.get().map(user -> {
            var links = new ArrayList<NavLink>();
            var workspaces = new ArrayList<ShellUser.Workspace>();
            links.add(new NavLink("Home", "/"));
            for (var membership : currentUser.memberships()) {
                var href = "/partnerships/" + membership.partnershipSlug();
                links.add(new NavLink(membership.partnershipName(), href));
                var role = membership.role();
                workspaces.add(new ShellUser.Workspace(
                        membership.partnershipName(),
                        href,
                        role.label(),
                        membership.organisationName(),
                        PartnershipSection.segmentsAllowing(role, false),
                        PartnershipSection.segmentsAllowing(role, true)));
            }
            links.add(new NavLink("Crime data", "/crime/data"));
            if (user.administrator()) {
                links.add(new NavLink("Administration", "/admin"));
            }
            links.add(new NavLink("Your account", "/account"));
            return new ShellUser(user.displayName(), user.administrator(), links, workspaces);
        });
    }
}
