package org.saferplan.performance.web;

/** One row of the data table beside the chart. */
public record SpcRow(String period, String value, String mean, String lpl, String upl, String type, String note) {}
