package org.saferplan.governance;

/** Whether a meeting is still to happen or has been held. */
public enum MeetingStatus {
    PLANNED("Planned"),
    HELD("Held");

    private final String label;

    MeetingStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
