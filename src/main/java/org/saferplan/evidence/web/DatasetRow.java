package org.saferplan.evidence.web;

/** A dataset in the list. */
public record DatasetRow(
        String title,
        String href,
        String kind,
        String owner,
        String sharing,
        String periods,
        String updated,
        boolean illustrative) {}
