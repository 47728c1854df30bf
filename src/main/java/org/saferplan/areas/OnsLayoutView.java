package org.saferplan.areas;

/** An ONS file layout as described to administrators. */
public record OnsLayoutView(String description, String columns, boolean needsYear) {}
