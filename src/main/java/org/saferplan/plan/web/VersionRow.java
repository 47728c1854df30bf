package org.saferplan.plan.web;

/** A plan version in the list of a plan's versions. Steps not yet taken are null. */
public record VersionRow(
        long id,
        String href,
        String label,
        String financialYear,
        String status,
        String statusClass,
        String approved,
        String published) {}
