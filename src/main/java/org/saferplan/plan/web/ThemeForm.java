package org.saferplan.plan.web;

/** The form that adds or edits a theme; every field as typed. */
public record ThemeForm(
        String kind, String title, String description, String leadOrganisationId, String leadPerson, String position) {

    public static ThemeForm blank() {
        return new ThemeForm("PRIORITY", "", "", "", "", "");
    }
}
