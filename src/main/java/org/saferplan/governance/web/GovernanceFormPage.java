package org.saferplan.governance.web;

/** The frame of one governance form: its heading, caption, where it posts and where "Cancel" goes. */
public record GovernanceFormPage(String title, String caption, String action, String backHref) {}
