package org.saferplan.governance.web;

/** A member of the group on the day of a meeting, and whether they attended. */
public record AttendanceRow(String name, String organisation, String role, String attendance) {}
