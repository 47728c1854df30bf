package org.saferplan.governance;

import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.access.WebInvocationPrivilegeEvaluator;
import org.springframework.stereotype.Component;

/**
 * Whether the signed-in person may do something in a partnership's workspace, so pages offer only what the server
 * will accept. It asks Spring Security's request rules (the security module's partnership sections) rather than
 * repeating them, and so that this module does not depend on the security module, which depends on it.
 */
@Component
class WorkspacePermissions {

    private final WebInvocationPrivilegeEvaluator requestRules;

    WorkspacePermissions(WebInvocationPrivilegeEvaluator requestRules) {
        this.requestRules = requestRules;
    }

    boolean mayChangePartners(String slug) {
        return allowed("POST", "/partnerships/" + slug + "/partners");
    }

    boolean mayReadAuditTrail(String slug) {
        return allowed("GET", "/partnerships/" + slug + "/audit");
    }

    private boolean allowed(String method, String path) {
        var authentication = SecurityContextHolder.getContext().getAuthentication();
        return authentication != null && requestRules.isAllowed("", path, method, authentication);
    }
}
