package org.saferplan.performance.web;

/** An activity progress update: RED, AMBER, GREEN or COMPLETE, commentary and the date (yyyy-mm-dd). */
public record UpdateForm(String status, String commentary, String date) {}
