package org.saferplan.demo;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import org.saferplan.DatabaseProperties;
import org.saferplan.assessment.AssessmentDocuments;
import org.saferplan.evidence.EvidenceDocuments;
import org.saferplan.governance.GovernanceDocuments;
import org.saferplan.governance.Organisation;
import org.saferplan.governance.OrganisationType;
import org.saferplan.governance.Organisations;
import org.saferplan.governance.PartnerMembership;
import org.saferplan.governance.Partnership;
import org.saferplan.governance.Partnerships;
import org.saferplan.jobs.ClusterLock;
import org.saferplan.performance.PerformanceDocuments;
import org.saferplan.plan.PlanDocuments;
import org.saferplan.security.Role;
import org.saferplan.security.UserAccounts;
import org.saferplan.surveys.SurveyDocuments;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

/**
 * Loads the demo workspace once, on first start. Partners are those named in the Governance section of the Dorset
 * Community Safety Plan 2020-2023 (2021-22 refresh). Under a cluster lock, so two nodes starting together load it
 * once. The plan and the governance records come from the text files in {@code src/main/resources/demo}.
 */
@Component
@Order(10)
class DemoWorkspace implements ApplicationRunner {

    /** The password of every demo-only account; listed in the README, never valid outside the demo. */
    static final String DEMO_PASSWORD = "saferplan-demo";

    static final String DORSET = "dorset";
    private static final Logger log = LoggerFactory.getLogger(DemoWorkspace.class);

    private final DemoSettings settings;
    private final DatabaseProperties database;
    private final ClusterLock clusterLock;
    private final Partnerships partnerships;
    private final Organisations organisations;
    private final UserAccounts accounts;
    private final PlanDocuments planDocuments;
    private final GovernanceDocuments governanceDocuments;
    private final PerformanceDocuments performanceDocuments;
    private final SurveyDocuments surveyDocuments;
    private final EvidenceDocuments evidenceDocuments;
    private final AssessmentDocuments assessmentDocuments;

    DemoWorkspace(
            DemoSettings settings,
            DatabaseProperties database,
            ClusterLock clusterLock,
            Partnerships partnerships,
            Organisations organisations,
            UserAccounts accounts,
            PlanDocuments planDocuments,
            GovernanceDocuments governanceDocuments,
            PerformanceDocuments performanceDocuments,
            EvidenceDocuments evidenceDocuments,
            SurveyDocuments surveyDocuments,
            AssessmentDocuments assessmentDocuments) {
        this.settings = settings;
        this.database = database;
        this.clusterLock = clusterLock;
        this.partnerships = partnerships;
        this.organisations = organisations;
        this.accounts = accounts;
        this.planDocuments = planDocuments;
        this.governanceDocuments = governanceDocuments;
        this.performanceDocuments = performanceDocuments;
        this.evidenceDocuments = evidenceDocuments;
        this.surveyDocuments = surveyDocuments;
        this.assessmentDocuments = assessmentDocuments;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (!settings.wanted(database.embedded()) || !args.getNonOptionArgs().isEmpty()) {
            return;
        }
        clusterLock.runExclusively("demo-workspace", () -> {
            if (partnerships.findBySlug(DORSET).isEmpty()) {
                load();
                log.info("Loaded the demo workspace (Dorset Community Safety Partnership)");
            }
            return null;
        });
    }

    private void load() {
        var orgs = new HashMap<String, Organisation>();
        organisation(orgs, "Dorset Police", OrganisationType.POLICE);
        organisation(orgs, "Dorset Council", OrganisationType.COUNCIL);
        organisation(orgs, "Dorset & Wiltshire Fire & Rescue Authority", OrganisationType.FIRE_AND_RESCUE);
        organisation(orgs, "National Probation Service", OrganisationType.PROBATION);
        organisation(orgs, "Dorset, Devon and Cornwall Probation", OrganisationType.PROBATION);
        organisation(orgs, "Dorset Clinical Commissioning Group", OrganisationType.HEALTH);
        organisation(orgs, "Public Health Dorset", OrganisationType.PUBLIC_HEALTH);
        organisation(
                orgs,
                "Office of the Police and Crime Commissioner for Dorset",
                OrganisationType.POLICE_AND_CRIME_COMMISSIONER);
        organisation(orgs, "Dorset & Wiltshire Fire & Rescue Service", OrganisationType.FIRE_AND_RESCUE);
        organisation(orgs, "Dorset Combined Youth Offending Service", OrganisationType.YOUTH_OFFENDING_SERVICE);
        organisation(orgs, "Wiltshire Police", OrganisationType.POLICE);
        organisation(orgs, "Wiltshire Council", OrganisationType.COUNCIL);

        var dorset = partnerships.create("Dorset Community Safety Partnership", DORSET, "E06000059");
        partners(
                dorset,
                orgs,
                PartnerMembership.BOARD_MEMBER,
                "Dorset Police",
                "Dorset Council",
                "Dorset & Wiltshire Fire & Rescue Authority",
                "National Probation Service",
                "Dorset, Devon and Cornwall Probation",
                "Dorset Clinical Commissioning Group");
        partners(
                dorset,
                orgs,
                PartnerMembership.CONTRIBUTING_PARTNER,
                "Public Health Dorset",
                "Office of the Police and Crime Commissioner for Dorset",
                "Dorset & Wiltshire Fire & Rescue Service",
                "Dorset Combined Youth Offending Service");

        // A neighbour, so the demo shows that one partnership cannot see another's workspace.
        var wiltshire = partnerships.create("Wiltshire Community Safety Partnership", "wiltshire", "E06000054");
        partners(
                wiltshire,
                orgs,
                PartnerMembership.BOARD_MEMBER,
                "Wiltshire Police",
                "Wiltshire Council",
                "Dorset & Wiltshire Fire & Rescue Authority");

        user("demo-admin", "Demo Administrator", true, null, null, null, orgs);
        user("coordinator", "Casey Morgan", false, dorset, Role.COORDINATOR, "Dorset Council", orgs);
        user("analyst", "Alex Shah", false, dorset, Role.ANALYST, "Dorset Police", orgs);
        user(
                "officer",
                "Priya Evans",
                false,
                dorset,
                Role.PARTNER_OFFICER,
                "Dorset & Wiltshire Fire & Rescue Service",
                orgs);
        user("wiltshire-coordinator", "Jordan Hughes", false, wiltshire, Role.COORDINATOR, "Wiltshire Council", orgs);

        // The Community Safety Plan 2020-2023: an illustrative earlier version, then the 2021-22 refresh entered
        // from the reference plan word for word. Both are published; the earlier one comes first.
        planDocuments.load(dorset.id(), resource("demo/plan-2020-21.txt"));
        planDocuments.load(dorset.id(), resource("demo/plan-2021-22.txt"));

        // The board with a representative of each statutory member, illustrative PCGs feeding into it, held,
        // annual public and planned meetings with decisions and an action log. People's names are illustrative.
        governanceDocuments.load(dorset.id(), resource("demo/governance.txt"));

        // Partner evidence: Defra's fly-tipping tables for Dorset's districts (real), illustrative A&E and NRM data.
        evidenceDocuments.load(dorset.id(), resource("demo/evidence.txt"), "demo/");

        // Illustrative indicator series linked to the plan's measures, evidence notes and activity updates, chosen
        // so that a performance pack shows every kind of Making Data Count icon and every status of an update.
        // Indicators fed from real data (police.uk, Defra via evidence) come after their sources.
        performanceDocuments.load(dorset.id(), resource("demo/performance.txt"));

        // The three sources of the plan's "Consultation and Engagement" section with their published numbers, and
        // an illustrative second residents' survey wave (respondent-level) so change between waves shows.
        surveyDocuments.load(dorset.id(), resource("demo/surveys.txt"));

        // The 2021 strategic assessment whose agreed priorities are the 2021-22 refresh's, with crime figures from the
        // shipped police.uk months; scores an analyst set are illustrative and say so.
        assessmentDocuments.load(dorset.id(), resource("demo/assessment.txt"));
    }

    private static String resource(String path) {
        try {
            return new ClassPathResource(path).getContentAsString(StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void organisation(Map<String, Organisation> orgs, String name, OrganisationType type) {
        var organisation = organisations.findByName(name).orElseGet(() -> organisations.create(name, type));
        orgs.put(name, organisation);
    }

    private void partners(
            Partnership partnership, Map<String, Organisation> orgs, PartnerMembership membership, String... names) {
        for (var name : names) {
            partnerships.setPartner(partnership.id(), orgs.get(name).id(), membership);
        }
    }

    private void user(
            String username,
            String name,
            boolean administrator,
            Partnership partnership,
            Role role,
            String organisation,
            Map<String, Organisation> orgs) {
        var account = accounts.findByUsername(username)
                .orElseGet(() -> accounts.create(username, name, DEMO_PASSWORD, administrator, true));
        if (partnership != null) {
            accounts.setMembership(
                    account.id(), partnership.id(), role, orgs.get(organisation).id());
        }
    }
}
