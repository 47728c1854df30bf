package org.saferplan.publishing.web;

/** The partnership and the reader, for the workspace's publishing pages. */
public record PublishingWorkspace(String slug, String name, boolean mayChangePlan, boolean mayReadAudit) {

    public String href() {
        return "/partnerships/" + slug + "/publishing";
    }

    public String versionHref(long versionId) {
        return "/partnerships/" + slug + "/plan/versions/" + versionId;
    }

    public String previewHref(long versionId) {
        return href() + "/preview/" + versionId;
    }
}
