package org.saferplan.governance.web;

/** The form that records an action's new status at a meeting, with an optional note. */
public record ActionUpdateForm(String status, String note) {}
