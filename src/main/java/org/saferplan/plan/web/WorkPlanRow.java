package org.saferplan.plan.web;

/** A partner organisation and how many activities of the version it owns. */
public record WorkPlanRow(String organisation, String href, int activities) {}
