package org.saferplan.plan;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One yearly refresh of a plan, the aggregate root of its sections, themes, activities and measures. It guards its
 * own life: a draft is approved, an approved version is published, and only a draft can be changed (style rule 3).
 * The methods return the changed version and leave storing it to the caller.
 *
 * @param basedOnId the version this refresh was copied from, or null for a plan's first version
 */
record PlanVersion(
        long id,
        long planId,
        String label,
        FinancialYear financialYear,
        VersionStatus status,
        Long basedOnId,
        Step created,
        Step approved,
        Step published) {

    /** Who took a step in the version's life, and when. */
    record Step(String by, Instant at) {}

    PlanVersion approve(String by, Instant at) {
        if (status != VersionStatus.DRAFT) {
            throw new PlanRuleException("Only a draft can be approved. The " + label + " version is already "
                    + status.label().toLowerCase() + ".");
        }
        return new PlanVersion(
                id, planId, label, financialYear, VersionStatus.APPROVED, basedOnId, created, new Step(by, at), null);
    }

    PlanVersion publish(String by, Instant at) {
        if (status != VersionStatus.APPROVED) {
            throw new PlanRuleException(
                    status == VersionStatus.DRAFT
                            ? "The " + label + " version must be approved before it can be published."
                            : "The " + label + " version is already published.");
        }
        return new PlanVersion(
                id,
                planId,
                label,
                financialYear,
                VersionStatus.PUBLISHED,
                basedOnId,
                created,
                approved,
                new Step(by, at));
    }

    boolean editable() {
        return status == VersionStatus.DRAFT;
    }

    /** Refuses any change to the version's content unless it is a draft. */
    void requireEditable() {
        if (!editable()) {
            throw new PlanRuleException(
                    "The " + label + " version is " + status.label().toLowerCase()
                            + ", so it can no longer be changed. Start the next refresh to make changes.");
        }
    }

    Map<String, Object> auditValues() {
        var values = new LinkedHashMap<String, Object>();
        values.put("label", label);
        values.put("financialYear", financialYear.toString());
        values.put("status", status.name());
        return values;
    }
}
