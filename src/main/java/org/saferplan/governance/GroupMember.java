package org.saferplan.governance;

import java.time.LocalDate;

/**
 * A person's seat on a group. A member who leaves keeps the record, with the date they left.
 *
 * @param organisationId the partner organisation they represent, or null
 */
public record GroupMember(
        long id,
        long groupId,
        String personName,
        Long organisationId,
        String role,
        boolean electedMember,
        LocalDate fromDate,
        LocalDate toDate) {

    /** Whether they sat on the group on that day. */
    public boolean currentOn(LocalDate day) {
        return (fromDate == null || !fromDate.isAfter(day)) && (toDate == null || !toDate.isBefore(day));
    }
}
