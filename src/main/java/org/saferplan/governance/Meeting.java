package org.saferplan.governance;

import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * A meeting of a group. Once held, its attendance, agenda and decisions are the record of what happened and can no
 * longer change; actions raised at it can still be updated at later meetings.
 */
public record Meeting(
        long id, long groupId, LocalDateTime startsAt, String place, MeetingKind kind, MeetingStatus status) {

    private static final DateTimeFormatter LABEL = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("h:mma", Locale.UK);

    public boolean held() {
        return status == MeetingStatus.HELD;
    }

    /** Refuses a change to the record of a held meeting. */
    void requireNotHeld(String what) {
        if (held()) {
            throw new GovernanceRuleException(
                    "The meeting on " + date() + " has been held, so its " + what + " can no longer change.");
        }
    }

    public String date() {
        return LABEL.format(startsAt);
    }

    public String dateAndTime() {
        return date() + ", " + TIME.format(startsAt).toLowerCase(Locale.UK);
    }
}
