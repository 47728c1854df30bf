package org.saferplan.web;

import java.util.List;
import java.util.Optional;
import org.springframework.security.web.csrf.CsrfToken;

/**
 * What every page's layout needs besides its content: navigation, the signed-in person and the CSRF token that
 * every form sends back.
 *
 * @param user the signed-in person, or null for the public
 * @param csrf the request's CSRF token, or null where it has none (error pages). It is deferred: only a page with
 *     a form asks for its value, so public pages that have none start no session.
 * @param messages the page's text in the reader's language ({@link #t})
 */
public record Shell(String path, ShellUser user, List<NavLink> navigation, CsrfToken csrf, Messages messages) {

    public Shell {
        navigation = List.copyOf(navigation);
    }

    public String csrfParameter() {
        return csrf == null ? null : csrf.getParameterName();
    }

    public String csrfToken() {
        return csrf == null ? null : csrf.getToken();
    }

    public boolean signedIn() {
        return user != null;
    }

    /** The signed-in person's place in the partnership with this slug, if they belong to it. */
    public Optional<ShellUser.Workspace> workspace(String slug) {
        if (user == null) {
            return Optional.empty();
        }
        var href = "/partnerships/" + slug;
        return user.workspaces().stream()
                .filter(workspace -> workspace.href().equals(href))
                .findFirst();
    }

    /**
     * The reader's place in the partnership with this slug, from the shell a page's model holds (empty when signed
     * out): what each module's workspace pages may offer them.
     */
    public static Optional<ShellUser.Workspace> workspaceIn(org.springframework.ui.Model model, String slug) {
        return model.getAttribute("shell") instanceof Shell shell ? shell.workspace(slug) : Optional.empty();
    }

    /** The message with this key from the message bundles, in the reader's language. */
    public String t(String key, Object... args) {
        return messages.get(key, args);
    }

    public boolean hasCsrf() {
        return csrf != null;
    }
}
