package org.saferplan.plan.web;

/**
 * The frame of one small edit form: its heading, where it posts, where "Cancel" goes, and, for things that can be
 * removed, where the remove button posts (else null).
 */
public record FormPage(
        String title, String caption, String action, String backHref, String removeAction, String removeLabel) {}
