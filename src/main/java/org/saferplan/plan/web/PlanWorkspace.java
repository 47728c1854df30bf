package org.saferplan.plan.web;

/**
 * What the plan pages know about the partnership and the person reading: whether they may change the plan (the
 * security module's rules decide what the server accepts; this only hides what would be refused).
 */
public record PlanWorkspace(String slug, String name, boolean mayChange, boolean mayReadAudit) {

    public String planHref() {
        return "/partnerships/" + slug + "/plan";
    }
}
