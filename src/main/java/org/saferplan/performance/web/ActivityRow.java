package org.saferplan.performance.web;

/** An activity with its latest update (null status before the first) and why it is overdue (null if not); illustrative when the latest update is demo data. */
public record ActivityRow(
        String text,
        String href,
        String theme,
        String owners,
        Badge status,
        String latestOn,
        String overdue,
        boolean illustrative) {}
