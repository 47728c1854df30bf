package org.saferplan.assessment;

import org.saferplan.governance.Organisations;
import org.saferplan.governance.PartnerMembership;
import org.saferplan.governance.Partnership;
import org.saferplan.governance.Partnerships;
import org.saferplan.plan.PlanDocuments;
import org.saferplan.security.Role;
import org.saferplan.security.UserAccounts;

/**
 * A partnership of a test's own on Wiltshire's area (whose police.uk months ship with SaferPlan), with Wiltshire
 * Council as partner, a coordinator and an analyst, and a published 2026-27 version of a 2026-2029 plan with the
 * given themes; so a test that agrees priorities changes its own plan, not the demo's.
 */
final class TestPartnership {

    private TestPartnership() {}

    static Partnership create(
            Partnerships partnerships,
            Organisations organisations,
            UserAccounts accounts,
            PlanDocuments plans,
            String slug,
            String coordinator,
            String analyst,
            String password,
            String themes) {
        var partnership = partnerships.create("Partnership " + slug, slug, "E06000054");
        var council = organisations.findByName("Wiltshire Council").orElseThrow();
        partnerships.setPartner(partnership.id(), council.id(), PartnerMembership.BOARD_MEMBER);
        var coordinatorAccount = accounts.create(coordinator, "Coordinator " + slug, password, false, false);
        accounts.setMembership(coordinatorAccount.id(), partnership.id(), Role.COORDINATOR, council.id());
        var analystAccount = accounts.create(analyst, "Analyst " + slug, password, false, false);
        accounts.setMembership(analystAccount.id(), partnership.id(), Role.ANALYST, council.id());
        plans.load(partnership.id(), """
                plan: Plan 2026-2029
                years: 2026-2029
                version: 2026-27
                financial-year: 2026-27
                status: PUBLISHED

                """ + themes);
        return partnership;
    }
}
