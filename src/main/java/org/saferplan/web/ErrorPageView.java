package org.saferplan.web;

/** What an error page says: the status, a heading and what the person can do. */
public record ErrorPageView(int status, String heading, String message) {}
