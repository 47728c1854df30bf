package org.saferplan.governance.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.saferplan.governance.Organisation;
import org.saferplan.governance.OrganisationType;
import org.saferplan.web.Option;

/**
 * The add and edit organisation form. The type is kept as the submitted text so a tampered value is reported as a
 * form error rather than a conversion failure.
 */
public record OrganisationForm(
        @NotBlank(message = "Enter the organisation's name")
        @Size(max = 200, message = "The organisation's name must be 200 characters or fewer")
        String name,

        String type) {

    public static OrganisationForm blank() {
        return new OrganisationForm("", "");
    }

    public static OrganisationForm of(Organisation organisation) {
        return new OrganisationForm(organisation.name(), organisation.type().name());
    }

    /** The chosen type, or empty when none (or an unknown one) was sent. */
    public Optional<OrganisationType> organisationType() {
        return Arrays.stream(OrganisationType.values())
                .filter(candidate -> candidate.name().equals(type))
                .findFirst();
    }

    /** Every type, statutory ones first, each labelled so the choice between them is clear. */
    public static List<Option> typeOptions() {
        var options = new java.util.ArrayList<Option>();
        options.add(new Option("", "Choose a type"));
        for (boolean statutory : new boolean[] {true, false}) {
            for (var candidate : OrganisationType.values()) {
                if (candidate.statutory() == statutory) {
                    options.add(new Option(candidate.name(), OrganisationView.typeText(candidate)));
                }
            }
        }
        return List.copyOf(options);
    }
}
