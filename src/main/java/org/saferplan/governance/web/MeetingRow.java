package org.saferplan.governance.web;

/** One meeting as listed. */
public record MeetingRow(String when, String href, String place, String kind, boolean annual, String status) {}
