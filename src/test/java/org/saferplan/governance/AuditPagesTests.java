package org.saferplan.governance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.saferplan.security.TestUsers.as;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.jsoup.nodes.Document;
import org.jsoup.select.Elements;
import org.junit.jupiter.api.Test;
import org.saferplan.IntegrationTest;
import org.saferplan.Pages;
import org.saferplan.security.UserAccounts;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

@IntegrationTest
class AuditPagesTests {

    private static final String UK_TIME = "\\d{1,2} (January|February|March|April|May|June|July|August|September"
            + "|October|November|December) \\d{4} \\d{2}:\\d{2}";

    @Autowired
    MockMvc mvc;

    @Autowired
    UserAccounts accounts;

    @Autowired
    Organisations organisations;

    @Autowired
    Partnerships partnerships;

    @Test
    void adminAuditTrailShowsAChangeMadeThroughAPageWithWhoAndTheValues() throws Exception {
        var organisation = organisations.create("Christchurch Trust " + System.nanoTime(), OrganisationType.OTHER);
        var renamed = organisation.name() + " renamed";
        mvc.perform(post("/admin/organisations/" + organisation.id())
                        .with(as(accounts, "demo-admin"))
                        .with(csrf())
                        .param("name", renamed)
                        .param("type", "HOUSING"))
                .andExpect(status().is3xxRedirection());

        var page = page("demo-admin", "/admin/audit?recordType=organisation&recordId=" + organisation.id());
        assertThat(page.title()).isEqualTo("Audit trail – SaferPlan");
        assertThat(page.select("h1").text()).isEqualTo("Audit trail");
        assertThat(page.select("main").text()).contains("at most 200 changes");
        assertThat(page.select("table caption").text()).startsWith("Changes");
        assertThat(page.select("th[scope=col]").eachText())
                .containsExactly("Time", "Person", "Partnership", "Record", "Action", "Before", "After");
        assertThat(page.select("#recordType").val()).isEqualTo("organisation");

        var rows = page.select("tbody tr");
        assertThat(rows).hasSize(2);
        var update = rows.first().select("td");
        assertThat(update.get(0).text()).matches(UK_TIME);
        assertThat(update.get(1).text()).isEqualTo("demo-admin");
        assertThat(update.get(2).text()).isEqualTo("All partnerships");
        assertThat(update.get(3).text()).isEqualTo("organisation " + organisation.id());
        assertThat(update.get(4).text()).isEqualTo("Updated");
        assertThat(update.get(5).select("pre").text()).contains("name: " + organisation.name(), "type: OTHER");
        assertThat(update.get(6).select("pre").text()).contains("name: " + renamed, "type: HOUSING");
        assertThat(rows.get(1).select("td").get(4).text()).isEqualTo("Created");
    }

    @Test
    void adminAuditTrailNamesThePartnershipOfAnEntry() throws Exception {
        var organisation = organisations.create("Verwood Hub " + System.nanoTime(), OrganisationType.OTHER);
        mvc.perform(post("/partnerships/dorset/partners")
                        .with(as(accounts, "coordinator"))
                        .with(csrf())
                        .param("organisationId", String.valueOf(organisation.id()))
                        .param("membership", "CONTRIBUTING_PARTNER"))
                .andExpect(status().is3xxRedirection());
        var dorset = partnerships.findBySlug("dorset").orElseThrow();
        var page =
                page("demo-admin", "/admin/audit?recordType=partner&recordId=" + dorset.id() + "/" + organisation.id());
        var cells = page.select("tbody tr").first().select("td");
        assertThat(cells.get(1).text()).isEqualTo("coordinator");
        assertThat(cells.get(2).text()).isEqualTo("Dorset Community Safety Partnership");
        assertThat(cells.get(5).text()).isEmpty();
        assertThat(cells.get(6).text())
                .contains("organisation: " + organisation.name(), "membership: CONTRIBUTING_PARTNER");
    }

    @Test
    void partnershipAuditTrailNeverShowsAnotherPartnershipsEntries() throws Exception {
        var organisation = organisations.create("Marlborough Trust " + System.nanoTime(), OrganisationType.OTHER);
        mvc.perform(post("/partnerships/wiltshire/partners")
                        .with(as(accounts, "wiltshire-coordinator"))
                        .with(csrf())
                        .param("organisationId", String.valueOf(organisation.id()))
                        .param("membership", "BOARD_MEMBER"))
                .andExpect(status().is3xxRedirection());

        var wiltshire = page("wiltshire-coordinator", "/partnerships/wiltshire/audit");
        assertThat(wiltshire.select("tbody").text()).contains(organisation.name());

        var dorset = page("coordinator", "/partnerships/dorset/audit");
        assertThat(dorset.title()).isEqualTo("Audit trail – Dorset Community Safety Partnership – SaferPlan");
        assertThat(dorset.select("h1").text()).isEqualTo("Audit trail");
        assertThat(dorset.select("th[scope=col]").eachText())
                .containsExactly("Time", "Person", "Record", "Action", "Before", "After");
        assertThat(dorset.select("tbody tr")).isNotEmpty();
        assertThat(dorset.select("tbody").text())
                .doesNotContain(organisation.name())
                .doesNotContain("wiltshire-coordinator")
                .doesNotContain("Wiltshire Council");
        var wiltshireId = partnerships.findBySlug("wiltshire").orElseThrow().id();
        var dorsetSearch =
                page("coordinator", "/partnerships/dorset/audit?recordType=partnership&recordId=" + wiltshireId);
        assertThat(dorsetSearch.select("tbody tr")).isEmpty();
        assertThat(dorsetSearch.select("main").text()).contains("No changes match.");
    }

    @Test
    void filtersByPerson() throws Exception {
        var organisation = organisations.create("Blandford Forum " + System.nanoTime(), OrganisationType.OTHER);
        mvc.perform(post("/partnerships/dorset/partners")
                        .with(as(accounts, "coordinator"))
                        .with(csrf())
                        .param("organisationId", String.valueOf(organisation.id()))
                        .param("membership", "CONTRIBUTING_PARTNER"))
                .andExpect(status().is3xxRedirection());

        var mine = page("coordinator", "/partnerships/dorset/audit?actor=coordinator");
        assertThat(mine.select("#actor").val()).isEqualTo("coordinator");
        assertThat(column(mine.select("tbody tr"), 1)).isNotEmpty().allMatch("coordinator"::equals);
        assertThat(mine.select("tbody").text()).contains(organisation.name());
        assertThat(mine.select("form a[href=/partnerships/dorset/audit]").text())
                .isEqualTo("Clear filters");

        var system = page("coordinator", "/partnerships/dorset/audit?actor=system");
        assertThat(column(system.select("tbody tr"), 1)).isNotEmpty().allMatch("system"::equals);
        assertThat(system.select("tbody").text()).doesNotContain(organisation.name());

        var admin = page("demo-admin", "/admin/audit?actor=coordinator");
        assertThat(column(admin.select("tbody tr"), 1)).isNotEmpty().allMatch("coordinator"::equals);
    }

    @Test
    void onlyCoordinatorsReadTheirPartnershipsAuditTrailAndOnlyAdministratorsReadAll() throws Exception {
        mvc.perform(get("/partnerships/dorset/audit").with(as(accounts, "officer")))
                .andExpect(status().isForbidden());
        mvc.perform(get("/partnerships/dorset/audit").with(as(accounts, "analyst")))
                .andExpect(status().isForbidden());
        mvc.perform(get("/admin/audit").with(as(accounts, "coordinator"))).andExpect(status().isForbidden());
    }

    private Document page(String username, String path) throws Exception {
        return Pages.html(mvc.perform(get(path).with(as(accounts, username)))
                .andExpect(status().isOk())
                .andReturn());
    }

    private static java.util.List<String> column(Elements rows, int index) {
        return rows.stream().map(row -> row.select("td").get(index).text()).toList();
    }
}
