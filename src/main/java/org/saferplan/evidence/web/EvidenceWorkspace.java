package org.saferplan.evidence.web;

/**
 * What the evidence pages know about the partnership and the reader: whether they may change evidence (analysts and
 * coordinators; the security module decides what the server accepts, this only hides what it would refuse).
 */
public record EvidenceWorkspace(String slug, String name, boolean mayChange, boolean mayReadAudit) {

    public String href() {
        return "/partnerships/" + slug + "/evidence";
    }
}
