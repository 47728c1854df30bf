package org.saferplan.plan.web;

/** The form that starts a plan's next yearly refresh, e.g. "2022-23 refresh" for 2022-23. */
public record RefreshForm(String label, String financialYear) {}
