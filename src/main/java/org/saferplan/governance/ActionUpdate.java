package org.saferplan.governance;

import java.time.Instant;

/** A change of an action's status, recorded with the meeting at which it was reviewed. */
public record ActionUpdate(
        long id,
        long actionId,
        long meetingId,
        ActionStatus status,
        String note,
        String recordedBy,
        Instant recordedAt) {}
