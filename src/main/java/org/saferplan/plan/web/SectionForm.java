package org.saferplan.plan.web;

/** The form that edits one section's text. */
public record SectionForm(String body) {}
