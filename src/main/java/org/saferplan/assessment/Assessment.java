package org.saferplan.assessment;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A partnership's strategic assessment for a year, the aggregate root of its themes, evidence, scores and decision.
 * It guards its own life (style rule 3): a draft may be changed and agreed once; an agreed assessment is frozen.
 */
record Assessment(
        long id,
        long partnershipId,
        int year,
        String title,
        Matrix matrix,
        String status,
        String createdBy,
        Instant createdAt,
        String agreedBy,
        Instant agreedAt) {

    static final String DRAFT = "DRAFT";
    static final String AGREED = "AGREED";

    boolean agreed() {
        return AGREED.equals(status);
    }

    /** Refuses any change unless the assessment is a draft. */
    void requireDraft() {
        if (agreed()) {
            throw new AssessmentRuleException("The " + title + " was agreed on " + Views.date(agreedAt)
                    + ", so it is frozen. Re-run the ranking or start next year's assessment instead.");
        }
    }

    Assessment agree(String by, Instant at) {
        requireDraft();
        return new Assessment(id, partnershipId, year, title, matrix, AGREED, createdBy, createdAt, by, at);
    }

    String statusLabel() {
        return agreed() ? "Agreed" : "Draft";
    }

    Map<String, Object> auditValues() {
        var values = new LinkedHashMap<String, Object>();
        values.put("title", title);
        values.put("year", year);
        values.put("matrix", matrix.name());
        values.put("status", status);
        return values;
    }
}
