package org.saferplan.plan.web;

/**
 * One difference between two versions: what kind of thing, what happened (Added, Removed, Changed), where (the
 * theme's title, or empty), and the text before and after (null when there is none).
 */
public record Change(String thing, String what, String where, String before, String after) {}
