package org.saferplan.governance.web;

/** One member of a group as listed; {@code editHref} null when the reader may not change it. */
public record MemberRow(
        String name, String organisation, String role, boolean elected, String from, String to, String editHref) {}
