package org.saferplan.performance.web;

/** A new baseline from a period, with the reason. */
public record RebaseForm(String period, String reason) {}
