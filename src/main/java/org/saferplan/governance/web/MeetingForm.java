package org.saferplan.governance.web;

/** The form that adds or edits a meeting: date (YYYY-MM-DD) and time (HH:MM) as typed. */
public record MeetingForm(String date, String time, String place, String kind, String status) {

    public static MeetingForm blank() {
        return new MeetingForm("", "10:00", "", "ORDINARY", "PLANNED");
    }
}
