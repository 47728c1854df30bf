package org.saferplan.governance.web;

/**
 * What the governance pages know about the partnership and the person reading: whether they may change its
 * governance records (the security module's rules decide what the server accepts; this only hides what would be
 * refused).
 */
public record GovernanceWorkspace(String slug, String name, boolean mayChange, boolean mayReadAudit) {

    public String href() {
        return "/partnerships/" + slug + "/governance";
    }
}
