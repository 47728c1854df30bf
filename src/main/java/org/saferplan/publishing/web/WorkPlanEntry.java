package org.saferplan.publishing.web;

/** An activity in a partner's annual work plan; {@code illustrative} when the plan did not name its owners. */
public record WorkPlanEntry(String theme, String activity, boolean illustrative) {}
