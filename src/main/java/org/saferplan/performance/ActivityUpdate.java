package org.saferplan.performance;

import java.time.Instant;
import java.time.LocalDate;

/**
 * An owner's progress report on an activity. Updates are only ever added, so the history is kept.
 *
 * @param activityId the activity (in the plan version it was posted on)
 * @param on the date the update reports progress at
 * @param postedAt when it was stored
 * @param illustrative demo data that is not real, labelled so wherever it shows
 */
record ActivityUpdate(
        long id,
        long activityId,
        RagStatus status,
        String commentary,
        LocalDate on,
        String author,
        Instant postedAt,
        boolean illustrative) {}
