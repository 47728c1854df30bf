package org.saferplan.governance;

import org.saferplan.governance.web.Workspace;
import org.saferplan.web.Shell;
import org.saferplan.web.ShellUser;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;
import org.springframework.web.server.ResponseStatusException;

/** Finds the partnership of a workspace page and what the signed-in person is there. */
@Component
class Workspaces {

    private final Partnerships partnerships;

    Workspaces(Partnerships partnerships) {
        this.partnerships = partnerships;
    }

    /** The partnership with this slug; 404 when there is none. */
    Partnership partnership(String slug) {
        return partnerships.findBySlug(slug).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    }

    /**
     * The workspace as the signed-in person sees it. Their role, organisation and what they may read and change
     * come from the page shell, which the security module fills from its access rules (this module cannot call
     * security: security depends on it). The rules themselves still decide what the server accepts.
     */
    Workspace of(Partnership partnership, Model model) {
        var shell = (Shell) model.getAttribute("shell");
        ShellUser.Workspace yours =
                shell == null ? null : shell.workspace(partnership.slug()).orElse(null);
        return new Workspace(
                partnership.slug(),
                partnership.name(),
                partnership.area().stream().map(LocalAuthorityCode::value).toList(),
                yours == null ? null : yours.role(),
                yours == null ? null : yours.organisation(),
                yours != null && yours.mayChange("partners"),
                yours != null && yours.mayRead("audit"));
    }
}
