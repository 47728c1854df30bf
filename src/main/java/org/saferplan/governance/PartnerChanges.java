package org.saferplan.governance;

import java.util.ArrayList;
import java.util.HashSet;
import org.saferplan.governance.web.PartnerForm;
import org.saferplan.governance.web.PartnerManagement;
import org.saferplan.governance.web.PartnerView;
import org.saferplan.web.FormErrors;
import org.saferplan.web.InvalidInputException;
import org.saferplan.web.Option;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.validation.BindingResult;
import org.springframework.web.server.ResponseStatusException;

/** Adding and removing partners, shared by the administrators' partnership page and the workspace's partners page. */
@Component
class PartnerChanges {

    private final Partnerships partnerships;
    private final Organisations organisations;

    PartnerChanges(Partnerships partnerships, Organisations organisations) {
        this.partnerships = partnerships;
        this.organisations = organisations;
    }

    PartnerManagement view(
            Partnership partnership, boolean canChange, String formAction, PartnerForm form, FormErrors errors) {
        var partners = partnerships.partners(partnership.id());
        var already = new HashSet<Long>();
        partners.forEach(partner -> already.add(partner.organisation().id()));
        var choices = new ArrayList<Option>();
        choices.add(new Option("", "Choose an organisation"));
        for (var organisation : organisations.all()) {
            if (!already.contains(organisation.id())) {
                choices.add(new Option(
                        String.valueOf(organisation.id()),
                        organisation.name() + " (" + organisation.type().label() + ")"));
            }
        }
        return new PartnerManagement(
                partners.stream().map(PartnerView::from).toList(), canChange, formAction, choices, form, errors);
    }

    /** Adds the chosen organisation; problems go into {@code result}, and then nothing is stored. */
    void add(Partnership partnership, PartnerForm form, BindingResult result) {
        var organisation = form.chosenOrganisation().flatMap(organisations::find);
        if (organisation.isEmpty()) {
            result.rejectValue("organisationId", "required", "Choose an organisation");
        }
        var membership = form.chosenMembership();
        if (membership.isEmpty()) {
            result.rejectValue("membership", "required", "Choose how the organisation takes part");
        }
        if (result.hasErrors()) {
            return;
        }
        try {
            partnerships.setPartner(partnership.id(), organisation.get().id(), membership.get());
        } catch (InvalidInputException e) {
            FormErrors.reject(result, e);
        }
    }

    /** Removes a partner; 404 when the organisation is not one. */
    void remove(Partnership partnership, long organisationId) {
        partnerships.partners(partnership.id()).stream()
                .filter(candidate -> candidate.organisation().id() == organisationId)
                .findFirst()
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        partnerships.removePartner(partnership.id(), organisationId);
    }

    /**
     * The success message after a partner was added or removed. The redirect carries only the organisation's id,
     * so a crafted address cannot put its own words in the banner.
     */
    String notice(Long addedId, Long removedId) {
        if (addedId != null) {
            return organisations
                    .find(addedId)
                    .map(o -> "Partner added: " + o.name())
                    .orElse(null);
        }
        if (removedId != null) {
            return organisations
                    .find(removedId)
                    .map(o -> "Partner removed: " + o.name())
                    .orElse(null);
        }
        return null;
    }
}
