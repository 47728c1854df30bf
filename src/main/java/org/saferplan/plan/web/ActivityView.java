package org.saferplan.plan.web;

/** An activity as shown on a page; editHref is null unless the reader may edit it now. */
public record ActivityView(
        long id,
        String text,
        String owners,
        String lead,
        String dates,
        String status,
        String statusClass,
        String note,
        String editHref) {}
