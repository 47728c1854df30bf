package org.saferplan.performance.web;

/**
 * What the performance pages know about the partnership and the reader: whether they may change performance data
 * (coordinators and analysts; the security module decides what the server accepts, this only hides what it would
 * refuse).
 */
public record PerformanceWorkspace(String slug, String name, boolean mayChange, boolean mayReadAudit) {

    public String href() {
        return "/partnerships/" + slug + "/performance";
    }

    public String activitiesHref() {
        return "/partnerships/" + slug + "/activities";
    }
}
