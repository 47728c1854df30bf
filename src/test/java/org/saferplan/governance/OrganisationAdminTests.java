package org.saferplan.governance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.saferplan.security.TestUsers.as;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.saferplan.IntegrationTest;
import org.saferplan.Pages;
import org.saferplan.security.UserAccounts;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

@IntegrationTest
class OrganisationAdminTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    UserAccounts accounts;

    @Autowired
    Organisations organisations;

    @Autowired
    Partnerships partnerships;

    @Test
    void listsEveryOrganisationWithItsTypeAndKind() throws Exception {
        var page = Pages.html(mvc.perform(get("/admin/organisations").with(as(accounts, "demo-admin")))
                .andExpect(status().isOk())
                .andReturn());
        assertThat(page.title()).isEqualTo("Organisations – SaferPlan");
        assertThat(page.select("h1").text()).isEqualTo("Organisations");
        assertThat(page.select("table caption").text()).startsWith("All organisations");
        assertThat(page.select("th[scope=col]").eachText()).containsExactly("Name", "Type", "Statutory or other");
        var police = page.select("tbody tr").stream()
                .filter(row -> row.select("td").first().text().equals("Dorset Police"))
                .findFirst()
                .orElseThrow();
        assertThat(police.select("td").eachText()).containsExactly("Dorset Police", "Police", "Statutory");
        assertThat(police.select("a").attr("href")).startsWith("/admin/organisations/");
        assertThat(page.select("a.govuk-button[href=/admin/organisations/new]").text())
                .isEqualTo("Add an organisation");
    }

    @Test
    void addsAnOrganisationAndListsIt() throws Exception {
        var name = "Bournemouth Housing Trust " + System.nanoTime();
        var result = mvc.perform(post("/admin/organisations/new")
                        .with(as(accounts, "demo-admin"))
                        .with(csrf())
                        .param("name", name)
                        .param("type", "HOUSING"))
                .andExpect(status().is3xxRedirection())
                .andReturn();
        var created = organisations.findByName(name).orElseThrow();
        assertThat(created.type()).isEqualTo(OrganisationType.HOUSING);
        assertThat(result.getResponse().getRedirectedUrl()).isEqualTo("/admin/organisations?added=" + created.id());

        var page = Pages.html(
                mvc.perform(get("/admin/organisations?added=" + created.id()).with(as(accounts, "demo-admin")))
                        .andReturn());
        assertThat(page.select(".govuk-notification-banner--success").text()).contains("Organisation added: " + name);
        assertThat(page.select("tbody td a").eachText()).contains(name);
    }

    @Test
    void newOrganisationPageOffersEveryTypeLabelledStatutoryOrOther() throws Exception {
        var page = Pages.html(mvc.perform(get("/admin/organisations/new").with(as(accounts, "demo-admin")))
                .andExpect(status().isOk())
                .andReturn());
        assertThat(page.title()).isEqualTo("Add an organisation – SaferPlan");
        assertThat(page.select("h1").text()).isEqualTo("Add an organisation");
        assertThat(page.select("form[action=/admin/organisations/new] input[name=_csrf]"))
                .hasSize(1);
        assertThat(page.select("#type option").eachText())
                .contains("Police (statutory)", "Public health (other partner)");
        assertThat(page.select("label[for=name]").text()).isEqualTo("Name");
    }

    @Test
    void refusesABlankNameAndStoresNothing() throws Exception {
        int before = organisations.all().size();
        var page = Pages.html(mvc.perform(post("/admin/organisations/new")
                        .with(as(accounts, "demo-admin"))
                        .with(csrf())
                        .param("name", "   ")
                        .param("type", "POLICE"))
                .andExpect(status().isBadRequest())
                .andReturn());
        assertThat(page.title()).startsWith("Error: Add an organisation");
        assertThat(page.select(".govuk-error-summary a[href=#name]").text()).isEqualTo("Enter the organisation's name");
        assertThat(page.select("#name-error").text()).contains("Enter the organisation's name");
        assertThat(organisations.all()).hasSize(before);
    }

    @Test
    void refusesADuplicateNameAndStoresNothing() throws Exception {
        int before = organisations.all().size();
        var page = Pages.html(mvc.perform(post("/admin/organisations/new")
                        .with(as(accounts, "demo-admin"))
                        .with(csrf())
                        .param("name", "dorset police")
                        .param("type", "POLICE"))
                .andExpect(status().isBadRequest())
                .andReturn());
        assertThat(page.title()).startsWith("Error: ");
        assertThat(page.select(".govuk-error-summary a[href=#name]").text())
                .isEqualTo("An organisation called dorset police already exists");
        assertThat(page.select("#name").val()).isEqualTo("dorset police");
        assertThat(organisations.all()).hasSize(before);
    }

    @Test
    void refusesAMissingOrUnknownType() throws Exception {
        int before = organisations.all().size();
        for (var type : new String[] {"", "NOT_A_TYPE"}) {
            var page = Pages.html(mvc.perform(post("/admin/organisations/new")
                            .with(as(accounts, "demo-admin"))
                            .with(csrf())
                            .param("name", "Typeless " + System.nanoTime())
                            .param("type", type))
                    .andExpect(status().isBadRequest())
                    .andReturn());
            assertThat(page.select(".govuk-error-summary a[href=#type]").text())
                    .isEqualTo("Choose the type of organisation");
        }
        assertThat(organisations.all()).hasSize(before);
    }

    @Test
    void showsHostileNamesAsText() throws Exception {
        var name = "<script>alert(1)</script> Trust " + System.nanoTime();
        mvc.perform(post("/admin/organisations/new")
                        .with(as(accounts, "demo-admin"))
                        .with(csrf())
                        .param("name", name)
                        .param("type", "OTHER"))
                .andExpect(status().is3xxRedirection());
        var id = organisations.findByName(name).orElseThrow().id();
        var response = mvc.perform(get("/admin/organisations").with(as(accounts, "demo-admin")))
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(response)
                .doesNotContain("<script>alert(1)</script>")
                .contains("&lt;script&gt;alert(1)&lt;/script&gt;");
        var page = Pages.html(mvc.perform(get("/admin/organisations/" + id).with(as(accounts, "demo-admin")))
                .andReturn());
        assertThat(page.select("script").stream().filter(s -> s.data().contains("alert(1)")))
                .isEmpty();
        assertThat(page.select("h1").text()).isEqualTo(name);
        assertThat(page.select("#name").val()).isEqualTo(name);
    }

    @Test
    void editsNameAndTypeAndShowsTheOrganisationsPartnerships() throws Exception {
        var organisation = organisations.create("Poole Youth Service " + System.nanoTime(), OrganisationType.OTHER);
        var dorset = partnerships.findBySlug("dorset").orElseThrow();
        partnerships.setPartner(dorset.id(), organisation.id(), PartnerMembership.CONTRIBUTING_PARTNER);

        var page = Pages.html(
                mvc.perform(get("/admin/organisations/" + organisation.id()).with(as(accounts, "demo-admin")))
                        .andExpect(status().isOk())
                        .andReturn());
        assertThat(page.select("h1").text()).isEqualTo(organisation.name());
        assertThat(page.select("#type option[selected]").val()).isEqualTo("OTHER");
        assertThat(page.select("table caption").text()).contains("Partnerships");
        assertThat(page.select("tbody tr").eachText())
                .containsExactly("Dorset Community Safety Partnership Contributing partner");

        var renamed = organisation.name() + " renamed";
        mvc.perform(post("/admin/organisations/" + organisation.id())
                        .with(as(accounts, "demo-admin"))
                        .with(csrf())
                        .param("name", renamed)
                        .param("type", "YOUTH_OFFENDING_SERVICE"))
                .andExpect(redirectedUrl("/admin/organisations/" + organisation.id() + "?saved=true"));
        assertThat(organisations.find(organisation.id()).orElseThrow())
                .isEqualTo(new Organisation(organisation.id(), renamed, OrganisationType.YOUTH_OFFENDING_SERVICE));
        var saved = Pages.html(mvc.perform(get("/admin/organisations/" + organisation.id() + "?saved=true")
                        .with(as(accounts, "demo-admin")))
                .andReturn());
        assertThat(saved.select(".govuk-notification-banner--success").text()).contains("Changes saved");
    }

    @Test
    void editRefusesANameAnotherOrganisationHas() throws Exception {
        var organisation = organisations.create("Weymouth Shelter " + System.nanoTime(), OrganisationType.HOUSING);
        var page = Pages.html(mvc.perform(post("/admin/organisations/" + organisation.id())
                        .with(as(accounts, "demo-admin"))
                        .with(csrf())
                        .param("name", "Dorset Police")
                        .param("type", "HOUSING"))
                .andExpect(status().isBadRequest())
                .andReturn());
        assertThat(page.title()).startsWith("Error: " + organisation.name());
        assertThat(page.select(".govuk-error-summary a[href=#name]")).hasSize(1);
        assertThat(organisations.find(organisation.id()).orElseThrow().name()).isEqualTo(organisation.name());
    }

    @Test
    void unknownOrganisationIsNotFound() throws Exception {
        mvc.perform(get("/admin/organisations/999999999").with(as(accounts, "demo-admin")))
                .andExpect(status().isNotFound());
        mvc.perform(post("/admin/organisations/999999999")
                        .with(as(accounts, "demo-admin"))
                        .with(csrf())
                        .param("name", "Nobody " + System.nanoTime())
                        .param("type", "OTHER"))
                .andExpect(status().isNotFound());
    }

    @Test
    void onlyAdministratorsMayManageOrganisations() throws Exception {
        int before = organisations.all().size();
        mvc.perform(get("/admin/organisations").with(as(accounts, "coordinator")))
                .andExpect(status().isForbidden());
        mvc.perform(post("/admin/organisations/new")
                        .with(as(accounts, "coordinator"))
                        .with(csrf())
                        .param("name", "Sneaky " + System.nanoTime())
                        .param("type", "OTHER"))
                .andExpect(status().isForbidden());
        assertThat(organisations.all()).hasSize(before);
    }
}
