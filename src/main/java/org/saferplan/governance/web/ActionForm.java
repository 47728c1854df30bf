package org.saferplan.governance.web;

/** The form that raises an action; due date as typed (YYYY-MM-DD), {@code ownerOrganisationId} empty for none. */
public record ActionForm(String text, String ownerPerson, String ownerOrganisationId, String dueOn) {

    public static ActionForm blank() {
        return new ActionForm("", "", "", "");
    }
}
