package org.saferplan.governance.web;

import org.saferplan.governance.Organisation;
import org.saferplan.governance.OrganisationType;

/** An organisation as the pages show it. */
public record OrganisationView(long id, String name, String type, boolean statutory) {

    public static OrganisationView from(Organisation organisation) {
        return new OrganisationView(
                organisation.id(),
                organisation.name(),
                organisation.type().label(),
                organisation.type().statutory());
    }

    public String kind() {
        return statutory ? "Statutory" : "Other partner";
    }

    /** A type with its kind, for choosing one: "Police (statutory)". */
    static String typeText(OrganisationType type) {
        return type.label() + (type.statutory() ? " (statutory)" : " (other partner)");
    }
}
