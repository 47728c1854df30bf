package org.saferplan.governance;

import java.time.LocalDate;

/** An action raised at a meeting; its status is that of its latest update. */
public record ActionItem(
        long id,
        long meetingId,
        String text,
        String ownerPerson,
        Long ownerOrganisationId,
        LocalDate dueOn,
        ActionStatus status,
        String raisedBy) {

    public boolean overdueOn(LocalDate day) {
        return status == ActionStatus.OPEN && dueOn != null && dueOn.isBefore(day);
    }
}
