package org.saferplan.governance;

/** Where an action stands. Only open actions are carried into the group's next meeting. */
public enum ActionStatus {
    OPEN("Open"),
    DONE("Done"),
    DROPPED("Dropped");

    private final String label;

    ActionStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
