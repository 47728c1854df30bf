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

    /**
     * The label of the coordinator role as the page shell shows it. This module cannot ask the security module
     * directly (security depends on governance, and modules must not form a cycle), and Spring Security's request
     * rule evaluator cannot evaluate our chain (its synthetic request has no dispatcher type). So the shell's
     * description of the person's role decides what the pages offer; the security rules still decide what the
     * server accepts.
     */
    static final String COORDINATOR_ROLE = "Coordinator";

    private final Partnerships partnerships;

    Workspaces(Partnerships partnerships) {
        this.partnerships = partnerships;
    }

    /** The partnership with this slug; 404 when there is none. */
    Partnership partnership(String slug) {
        return partnerships.findBySlug(slug).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    }

    /** The workspace as the signed-in person sees it; their role and organisation come from the page shell. */
    Workspace of(Partnership partnership, Model model) {
        var href = "/partnerships/" + partnership.slug();
        var shell = (Shell) model.getAttribute("shell");
        ShellUser.Workspace yours = shell == null || shell.user() == null
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
                yours != null && COORDINATOR_ROLE.equals(yours.role()));
    }
}
