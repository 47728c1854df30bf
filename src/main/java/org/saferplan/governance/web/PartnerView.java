package org.saferplan.governance.web;

import org.saferplan.governance.Partner;
import org.saferplan.governance.PartnerMembership;

/** A partner organisation of one partnership, as the pages show it. */
public record PartnerView(
        long organisationId, String name, String type, boolean statutory, String membership, boolean boardMember) {

    public static PartnerView from(Partner partner) {
        var organisation = partner.organisation();
        return new PartnerView(
                organisation.id(),
                organisation.name(),
                organisation.type().label(),
                organisation.type().statutory(),
                partner.membership().label(),
                partner.membership() == PartnerMembership.BOARD_MEMBER);
    }
}
