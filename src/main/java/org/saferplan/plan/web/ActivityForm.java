package org.saferplan.plan.web;

import java.util.List;

/** The form that adds or edits an activity; dates as typed (YYYY-MM-DD), owners as the ticked organisation ids. */
public record ActivityForm(
        String text,
        List<String> owners,
        String leadPerson,
        String note,
        String startsOn,
        String dueOn,
        String status,
        String position) {

    public ActivityForm {
        owners = owners == null ? List.of() : List.copyOf(owners);
    }

    public static ActivityForm blank() {
        return new ActivityForm("", List.of(), "", "", "", "", "NOT_STARTED", "");
    }

    public boolean owns(String organisationId) {
        return owners.contains(organisationId);
    }
}
