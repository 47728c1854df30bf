package org.saferplan.web;

/** One choice in a select. */
public record Option(String value, String text) {}
