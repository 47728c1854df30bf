package org.saferplan.governance;

/** How a member is recorded at a meeting; a member with neither is recorded as absent. */
enum Attendance {
    PRESENT("Present"),
    APOLOGIES("Apologies");

    private final String label;

    Attendance(String label) {
        this.label = label;
    }

    String label() {
        return label;
    }
}
