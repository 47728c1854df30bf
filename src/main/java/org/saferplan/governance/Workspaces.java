package org.saferplan.governance;

import org.saferplan.governance.web.Workspace;
import org.saferplan.web.Shell;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;
import org.springframework.web.server.ResponseStatusException;

/** Finds the partnership of a workspace page and what the signed-in person is there. */
@Component
class Workspaces {

    private final Partnerships partnerships;
    private final WorkspacePermissions permissions;

    Workspaces(Partnerships partnerships, WorkspacePermissions permissions) {
        this.partnerships = partnerships;
        this.permissions = permissions;
    }

    /** The partnership with this slug; 404 when there is none. */
    Partnership partnership(String slug) {
        return partnerships.findBySlug(slug).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    }

    /**
     * The workspace as the signed-in person sees it. Their role and organisation come from the page shell, which
     * lists the partnerships they belong to.
     */
    Workspace of(Partnership partnership, Model model) {
        var href = "/partnerships/" + partnership.slug();
        var shell = (Shell) model.getAttribute("shell");
        var yours = shell == null || shell.user() == null
                ? null
                : shell.user().workspaces().stream()
                        .filter(workspace -> workspace.href().equals(href))
                        .findFirst()
                        .orElse(null);
        return new Workspace(
                partnership.slug(),
                partnership.name(),
                partnership.area().stream().map(LocalAuthorityCode::value).toList(),
                yours == null ? null : yours.role(),
                yours == null ? null : yours.organisation(),
                permissions.mayReadAuditTrail(partnership.slug()));
    }
}
