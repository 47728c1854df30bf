package org.saferplan.governance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.saferplan.security.TestUsers.as;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.saferplan.IntegrationTest;
import org.saferplan.Pages;
import org.saferplan.security.UserAccounts;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

@IntegrationTest
class WorkspaceTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    UserAccounts accounts;

    @Autowired
    Organisations organisations;

    @Autowired
    Partnerships partnerships;

    @Test
    void overviewShowsTheAreaYourRoleAndThePartners() throws Exception {
        var page = page("coordinator", "/partnerships/dorset");
        assertThat(page.title()).isEqualTo("Dorset Community Safety Partnership – SaferPlan");
        assertThat(page.select("h1").text()).isEqualTo("Dorset Community Safety Partnership");
        assertThat(summary(page, "Area")).contains("E06000059");
        assertThat(summary(page, "Your role")).isEqualTo("Coordinator");
        assertThat(summary(page, "Your organisation")).isEqualTo("Dorset Council");

        var members = page.select("table:has(caption:containsOwn(Members of the partnership)) tbody tr");
        assertThat(members.eachText()).contains("Dorset Police Police (statutory)");
        var contributors = page.select("table:has(caption:containsOwn(Contributing partners)) tbody tr");
        assertThat(contributors.eachText()).contains("Public Health Dorset Public health");
        assertThat(members.eachText()).noneMatch(row -> row.startsWith("Public Health Dorset"));
    }

    @Test
    void overviewShowsAnOfficersOwnRoleAndOrganisation() throws Exception {
        var page = page("officer", "/partnerships/dorset");
        assertThat(summary(page, "Your role")).isEqualTo("Partner officer");
        assertThat(summary(page, "Your organisation")).isEqualTo("Dorset & Wiltshire Fire & Rescue Service");
    }

    @Test
    void workspaceNavigationOffersTheAuditTrailOnlyToCoordinators() throws Exception {
        var coordinator = page("coordinator", "/partnerships/dorset");
        var nav = coordinator.select("nav[aria-label=Partnership workspace] a");
        assertThat(nav.eachText())
                .containsExactly(
                        "Overview",
                        "Partners",
                        "Plan",
                        "Performance",
                        "Governance",
                        "Crime",
                        "Evidence",
                        "Surveys",
                        "Strategic assessment",
                        "Publishing",
                        "Audit trail");
        assertThat(nav.eachAttr("href"))
                .containsExactly(
                        "/partnerships/dorset",
                        "/partnerships/dorset/partners",
                        "/partnerships/dorset/plan",
                        "/partnerships/dorset/performance",
                        "/partnerships/dorset/governance",
                        "/partnerships/dorset/crime",
                        "/partnerships/dorset/evidence",
                        "/partnerships/dorset/surveys",
                        "/partnerships/dorset/assessment",
                        "/partnerships/dorset/publishing",
                        "/partnerships/dorset/audit");
        assertThat(coordinator
                        .select("nav[aria-label=Partnership workspace] a[aria-current=page]")
                        .text())
                .isEqualTo("Overview");

        for (var member : new String[] {"analyst", "officer"}) {
            var page = page(member, "/partnerships/dorset/partners");
            assertThat(page.select("nav[aria-label=Partnership workspace] a").eachText())
                    .containsExactly(
                            "Overview",
                            "Partners",
                            "Plan",
                            "Performance",
                            "Governance",
                            "Crime",
                            "Evidence",
                            "Surveys",
                            "Strategic assessment",
                            "Publishing");
            assertThat(page.select("nav[aria-label=Partnership workspace] a[aria-current=page]")
                            .text())
                    .isEqualTo("Partners");
        }
    }

    @Test
    void officerReadsThePartnersButIsOfferedNoForms() throws Exception {
        var page = page("officer", "/partnerships/dorset/partners");
        assertThat(page.title()).isEqualTo("Partners – Dorset Community Safety Partnership – SaferPlan");
        assertThat(page.select("h1").text()).isEqualTo("Partners");
        assertThat(page.select("table caption").text()).isEqualTo("Partner organisations");
        assertThat(page.select("th[scope=col]").eachText()).containsExactly("Organisation", "Type", "Takes part as");
        assertThat(page.select("tbody td").eachText()).contains("Dorset Police", "Public Health Dorset");
        assertThat(page.select("main form")).isEmpty();
        assertThat(page.select("main button")).isEmpty();
    }

    @Test
    void officerCannotAddOrRemovePartners() throws Exception {
        var dorset = partnerships.findBySlug("dorset").orElseThrow();
        var before = partnerships.partners(dorset.id());
        var organisation = organisations.create("Sherborne Trust " + System.nanoTime(), OrganisationType.OTHER);
        mvc.perform(post("/partnerships/dorset/partners")
                        .with(as(accounts, "officer"))
                        .with(csrf())
                        .param("organisationId", String.valueOf(organisation.id()))
                        .param("membership", "CONTRIBUTING_PARTNER"))
                .andExpect(status().isForbidden());
        mvc.perform(post("/partnerships/dorset/partners/"
                                + before.get(0).organisation().id() + "/remove")
                        .with(as(accounts, "officer"))
                        .with(csrf()))
                .andExpect(status().isForbidden());
        assertThat(partnerships.partners(dorset.id())).isEqualTo(before);
    }

    @Test
    void coordinatorAddsAndRemovesAPartner() throws Exception {
        var dorset = partnerships.findBySlug("dorset").orElseThrow();
        var organisation =
                organisations.create("Gillingham Food Bank " + System.nanoTime(), OrganisationType.VOLUNTARY_SECTOR);
        var form = page("coordinator", "/partnerships/dorset/partners");
        assertThat(form.select("form[action=/partnerships/dorset/partners] input[name=_csrf]"))
                .hasSize(1);
        assertThat(form.select("#organisationId option").eachText())
                .contains(organisation.name() + " (Voluntary sector)")
                .doesNotContain("Dorset Police (Police)");

        mvc.perform(post("/partnerships/dorset/partners")
                        .with(as(accounts, "coordinator"))
                        .with(csrf())
                        .param("organisationId", String.valueOf(organisation.id()))
                        .param("membership", "CONTRIBUTING_PARTNER"))
                .andExpect(redirectedUrl("/partnerships/dorset/partners?partner-added=" + organisation.id()));
        assertThat(partnerships.partners(dorset.id()))
                .contains(new Partner(organisation, PartnerMembership.CONTRIBUTING_PARTNER));
        var added = page("coordinator", "/partnerships/dorset/partners?partner-added=" + organisation.id());
        assertThat(added.select(".govuk-notification-banner--success").text())
                .contains("Partner added: " + organisation.name());

        mvc.perform(post("/partnerships/dorset/partners/" + organisation.id() + "/remove")
                        .with(as(accounts, "coordinator"))
                        .with(csrf()))
                .andExpect(redirectedUrl("/partnerships/dorset/partners?partner-removed=" + organisation.id()));
        assertThat(partnerships.partners(dorset.id()))
                .extracting(p -> p.organisation().id())
                .doesNotContain(organisation.id());
    }

    @Test
    void coordinatorMustChooseHowThePartnerTakesPart() throws Exception {
        var dorset = partnerships.findBySlug("dorset").orElseThrow();
        var before = partnerships.partners(dorset.id());
        var organisation = organisations.create("Lyme Regis Club " + System.nanoTime(), OrganisationType.OTHER);
        var page = Pages.html(mvc.perform(post("/partnerships/dorset/partners")
                        .with(as(accounts, "coordinator"))
                        .with(csrf())
                        .param("organisationId", String.valueOf(organisation.id()))
                        .param("membership", "OWNER"))
                .andExpect(status().isBadRequest())
                .andReturn());
        assertThat(page.title()).startsWith("Error: Partners");
        assertThat(page.select(".govuk-error-summary a[href=#membership]").text())
                .isEqualTo("Choose how the organisation takes part");
        assertThat(partnerships.partners(dorset.id())).isEqualTo(before);
    }

    @Test
    void anotherPartnershipsCoordinatorIsRefusedEveryDorsetPage() throws Exception {
        for (var path : new String[] {
            "/partnerships/dorset",
            "/partnerships/dorset/partners",
            "/partnerships/dorset/audit",
            "/api/v1/partnerships/dorset",
            "/api/v1/partnerships/dorset/audit"
        }) {
            mvc.perform(get(path).with(as(accounts, "wiltshire-coordinator"))).andExpect(status().isForbidden());
        }
        var dorset = partnerships.findBySlug("dorset").orElseThrow();
        var before = partnerships.partners(dorset.id());
        var organisation = organisations.create("Salisbury Group " + System.nanoTime(), OrganisationType.OTHER);
        mvc.perform(post("/partnerships/dorset/partners")
                        .with(as(accounts, "wiltshire-coordinator"))
                        .with(csrf())
                        .param("organisationId", String.valueOf(organisation.id()))
                        .param("membership", "BOARD_MEMBER"))
                .andExpect(status().isForbidden());
        mvc.perform(post("/partnerships/dorset/partners/"
                                + before.get(0).organisation().id() + "/remove")
                        .with(as(accounts, "wiltshire-coordinator"))
                        .with(csrf()))
                .andExpect(status().isForbidden());
        assertThat(partnerships.partners(dorset.id())).isEqualTo(before);
    }

    @Test
    void theWiltshireCoordinatorRunsTheirOwnWorkspace() throws Exception {
        var page = page("wiltshire-coordinator", "/partnerships/wiltshire");
        assertThat(page.select("h1").text()).isEqualTo("Wiltshire Community Safety Partnership");
        assertThat(summary(page, "Area")).contains("E06000054");
        assertThat(page.text()).doesNotContain("Dorset Police");
    }

    @Test
    void anonymousPeopleAreSentToSignIn() throws Exception {
        for (var path : new String[] {
            "/partnerships/dorset",
            "/partnerships/dorset/partners",
            "/partnerships/dorset/audit",
            "/admin/organisations",
            "/admin/partnerships",
            "/admin/audit"
        }) {
            mvc.perform(get(path)).andExpect(redirectedUrl("/sign-in"));
        }
    }

    private Document page(String username, String path) throws Exception {
        return Pages.html(mvc.perform(get(path).with(as(accounts, username)))
                .andExpect(status().isOk())
                .andReturn());
    }

    private static String summary(Document page, String key) {
        return page.select(".govuk-summary-list__row:has(dt:containsOwn(" + key + ")) dd")
                .text();
    }
}
