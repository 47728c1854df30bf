package org.saferplan.governance.web;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.saferplan.governance.PartnerMembership;
import org.saferplan.web.Option;

/**
 * The form that adds an organisation to a partnership. Both fields are kept as submitted text so that a missing or
 * tampered choice is reported as a form error.
 */
public record PartnerForm(String organisationId, String membership) {

    public static PartnerForm blank() {
        return new PartnerForm("", PartnerMembership.BOARD_MEMBER.name());
    }

    public Optional<Long> chosenOrganisation() {
        try {
            return organisationId == null ? Optional.empty() : Optional.of(Long.parseLong(organisationId.strip()));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    public Optional<PartnerMembership> chosenMembership() {
        return Arrays.stream(PartnerMembership.values())
                .filter(candidate -> candidate.name().equals(membership))
                .findFirst();
    }

    public static List<Option> membershipOptions() {
        return Arrays.stream(PartnerMembership.values())
                .map(candidate -> new Option(candidate.name(), candidate.label()))
                .toList();
    }
}
