package org.saferplan.governance.web;

import java.util.List;
import org.saferplan.web.FormErrors;
import org.saferplan.web.Option;

/**
 * A partnership's partners with, for people who may change them, the forms that add and remove one.
 *
 * @param formAction where the add form posts; each remove form posts to {@code formAction/{organisationId}/remove}
 * @param organisations the organisations that can still be added, first a "Choose" option
 */
public record PartnerManagement(
        List<PartnerView> partners,
        boolean canChange,
        String formAction,
        List<Option> organisations,
        PartnerForm form,
        FormErrors errors) {

    public PartnerManagement {
        partners = List.copyOf(partners);
        organisations = List.copyOf(organisations);
    }

    public boolean anyToAdd() {
        return organisations.size() > 1;
    }
}
