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
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

@IntegrationTest
class PartnershipAdminTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    UserAccounts accounts;

    @Autowired
    Organisations organisations;

    @Autowired
    Partnerships partnerships;

    @Test
    void listsPartnershipsWithTheirAreaAndNumberOfPartners() throws Exception {
        var page = page(get("/admin/partnerships"));
        assertThat(page.title()).isEqualTo("Partnerships – SaferPlan");
        assertThat(page.select("h1").text()).isEqualTo("Partnerships");
        assertThat(page.select("th[scope=col]").eachText())
                .containsExactly("Name", "Local authority codes", "Partners");
        var dorset = partnerships.findBySlug("dorset").orElseThrow();
        var row = page.select("tbody tr:has(a[href=/admin/partnerships/" + dorset.id() + "])");
        assertThat(row.select("td").eachText())
                .containsExactly(
                        dorset.name(),
                        "E06000059",
                        String.valueOf(partnerships.partners(dorset.id()).size()));
        assertThat(page.select("a.govuk-button[href=/admin/partnerships/new]").text())
                .isEqualTo("Add a partnership");
    }

    @Test
    void newPartnershipPageExplainsTheFields() throws Exception {
        var page = page(get("/admin/partnerships/new"));
        assertThat(page.title()).isEqualTo("Add a partnership – SaferPlan");
        assertThat(page.select("h1").text()).isEqualTo("Add a partnership");
        assertThat(page.select("#slug-hint").text()).contains("made from the name");
        assertThat(page.select("#areaCodes-hint").text())
                .isEqualTo(
                        "One or more ONS local authority codes, separated by commas, for example E06000059 for Dorset");
        assertThat(page.select("form[action=/admin/partnerships/new] input[name=_csrf]"))
                .hasSize(1);
    }

    @Test
    void addsAPartnershipWithASlugMadeFromItsNameAndListsIt() throws Exception {
        var name = "Poole Bay Partnership " + System.nanoTime();
        mvc.perform(post("/admin/partnerships/new")
                        .with(as(accounts, "demo-admin"))
                        .with(csrf())
                        .param("name", name)
                        .param("slug", "")
                        .param("areaCodes", "e06000058, E06000059"))
                .andExpect(status().is3xxRedirection());
        var created = partnerships.all().stream()
                .filter(p -> p.name().equals(name))
                .findFirst()
                .orElseThrow();
        assertThat(created.slug()).isEqualTo(Partnerships.slugOf(name));
        assertThat(created.area()).extracting(LocalAuthorityCode::value).containsExactly("E06000058", "E06000059");

        var page = page(get("/admin/partnerships?added=" + created.id()));
        assertThat(page.select(".govuk-notification-banner--success").text()).contains("Partnership added: " + name);
        assertThat(page.select("tbody a").eachText()).contains(name);
    }

    @Test
    void refusesABlankNameAndStoresNothing() throws Exception {
        int before = partnerships.all().size();
        var page = refused(post("/admin/partnerships/new")
                .param("name", "")
                .param("slug", "")
                .param("areaCodes", "E06000059"));
        assertThat(page.title()).startsWith("Error: Add a partnership");
        assertThat(page.select(".govuk-error-summary a[href=#name]").text()).isEqualTo("Enter the partnership's name");
        assertThat(partnerships.all()).hasSize(before);
    }

    @Test
    void refusesADuplicateNameAndStoresNothing() throws Exception {
        int before = partnerships.all().size();
        var page = refused(post("/admin/partnerships/new")
                .param("name", "Dorset Community Safety Partnership")
                .param("slug", "dorset-again-" + System.nanoTime())
                .param("areaCodes", "E06000059"));
        assertThat(page.title()).startsWith("Error: ");
        assertThat(page.select(".govuk-error-summary a[href=#name]").text())
                .isEqualTo("A partnership called Dorset Community Safety Partnership already exists");
        assertThat(partnerships.all()).hasSize(before);
    }

    @Test
    void refusesABadAreaCodeAndKeepsWhatWasTyped() throws Exception {
        int before = partnerships.all().size();
        var name = "Nowhere Partnership " + System.nanoTime();
        var page = refused(post("/admin/partnerships/new")
                .param("name", name)
                .param("slug", "")
                .param("areaCodes", "X123"));
        assertThat(page.title()).startsWith("Error: ");
        assertThat(page.select(".govuk-error-summary a[href=#areaCodes]").text())
                .contains("\"X123\" is not a local authority code");
        assertThat(page.select("#areaCodes").val()).isEqualTo("X123");
        assertThat(page.select("#name").val()).isEqualTo(name);
        assertThat(partnerships.all()).hasSize(before);
    }

    @Test
    void refusesAWellFormedCodeThatOnsDoesNotKnow() throws Exception {
        int before = partnerships.all().size();
        var page = refused(post("/admin/partnerships/new")
                .param("name", "Phantom Partnership " + System.nanoTime())
                .param("slug", "")
                .param("areaCodes", "E06000059, E06999999"));
        assertThat(page.select(".govuk-error-summary a[href=#areaCodes]").text())
                .isEqualTo("E06999999 is not a local authority in the ONS geography loaded in SaferPlan");
        assertThat(partnerships.all()).hasSize(before);
    }

    @Test
    void refusesATakenWebAddressName() throws Exception {
        int before = partnerships.all().size();
        var page = refused(post("/admin/partnerships/new")
                .param("name", "Another " + System.nanoTime())
                .param("slug", "dorset")
                .param("areaCodes", "E06000059"));
        assertThat(page.select(".govuk-error-summary a[href=#slug]").text())
                .isEqualTo("Another partnership already uses the web address name dorset");
        assertThat(partnerships.all()).hasSize(before);
    }

    @Test
    void editsNameAndArea() throws Exception {
        var partnership = partnerships.create("Purbeck Partnership " + System.nanoTime(), null, "E06000059");
        var page = page(get("/admin/partnerships/" + partnership.id()));
        assertThat(page.title()).isEqualTo(partnership.name() + " – SaferPlan");
        assertThat(page.select("h1").text()).isEqualTo(partnership.name());
        assertThat(page.select("#areaCodes").val()).isEqualTo("E06000059");

        mvc.perform(post("/admin/partnerships/" + partnership.id())
                        .with(as(accounts, "demo-admin"))
                        .with(csrf())
                        .param("name", partnership.name() + " renamed")
                        .param("areaCodes", "E06000059,E06000058"))
                .andExpect(redirectedUrl("/admin/partnerships/" + partnership.id() + "?saved=true"));
        var changed = partnerships.find(partnership.id()).orElseThrow();
        assertThat(changed.name()).isEqualTo(partnership.name() + " renamed");
        assertThat(changed.area()).extracting(LocalAuthorityCode::value).containsExactly("E06000058", "E06000059");
        assertThat(page(get("/admin/partnerships/" + partnership.id() + "?saved=true"))
                        .select(".govuk-notification-banner--success")
                        .text())
                .contains("Changes saved");
    }

    @Test
    void editRefusesABadAreaCodeAndChangesNothing() throws Exception {
        var partnership = partnerships.create("Swanage Partnership " + System.nanoTime(), null, "E06000059");
        var page = refused(post("/admin/partnerships/" + partnership.id())
                .param("name", "Changed " + System.nanoTime())
                .param("areaCodes", "E06000059, X123"));
        assertThat(page.title()).startsWith("Error: " + partnership.name());
        assertThat(page.select(".govuk-error-summary a[href=#areaCodes]")).hasSize(1);
        assertThat(partnerships.find(partnership.id()).orElseThrow()).isEqualTo(partnership);
    }

    @Test
    void addsAndRemovesPartners() throws Exception {
        var partnership = partnerships.create("Wareham Partnership " + System.nanoTime(), null, "E06000059");
        var organisation = organisations.create("Wareham Town Council " + System.nanoTime(), OrganisationType.COUNCIL);
        var page = page(get("/admin/partnerships/" + partnership.id()));
        assertThat(page.select("#organisationId option").eachText()).contains(organisation.name() + " (Council)");

        mvc.perform(post("/admin/partnerships/" + partnership.id() + "/partners")
                        .with(as(accounts, "demo-admin"))
                        .with(csrf())
                        .param("organisationId", String.valueOf(organisation.id()))
                        .param("membership", "BOARD_MEMBER"))
                .andExpect(redirectedUrl(
                        "/admin/partnerships/" + partnership.id() + "?partner-added=" + organisation.id()));
        assertThat(partnerships.partners(partnership.id()))
                .containsExactly(new Partner(organisation, PartnerMembership.BOARD_MEMBER));
        var added = page(get("/admin/partnerships/" + partnership.id() + "?partner-added=" + organisation.id()));
        assertThat(added.select(".govuk-notification-banner--success").text())
                .contains("Partner added: " + organisation.name());
        assertThat(added.select("tbody tr").first().select("td").eachText())
                .startsWith(organisation.name(), "Council (statutory)", "Member of the partnership");
        assertThat(added.select("form[action=/admin/partnerships/" + partnership.id() + "/partners/" + organisation.id()
                                + "/remove] button")
                        .text())
                .isEqualTo("Remove " + organisation.name());

        mvc.perform(post("/admin/partnerships/" + partnership.id() + "/partners/" + organisation.id() + "/remove")
                        .with(as(accounts, "demo-admin"))
                        .with(csrf()))
                .andExpect(redirectedUrl(
                        "/admin/partnerships/" + partnership.id() + "?partner-removed=" + organisation.id()));
        assertThat(partnerships.partners(partnership.id())).isEmpty();
    }

    @Test
    void addingAPartnerWithoutChoosingAnOrganisationIsRefused() throws Exception {
        var partnership = partnerships.create("Bridport Partnership " + System.nanoTime(), null, "E06000059");
        var page = refused(post("/admin/partnerships/" + partnership.id() + "/partners")
                .param("organisationId", "")
                .param("membership", "BOARD_MEMBER"));
        assertThat(page.title()).startsWith("Error: ");
        assertThat(page.select(".govuk-error-summary a[href=#organisationId]").text())
                .isEqualTo("Choose an organisation");
        assertThat(partnerships.partners(partnership.id())).isEmpty();
    }

    @Test
    void unknownPartnershipOrPartnerIsNotFound() throws Exception {
        mvc.perform(get("/admin/partnerships/999999999").with(as(accounts, "demo-admin")))
                .andExpect(status().isNotFound());
        mvc.perform(post("/admin/partnerships/999999999")
                        .with(as(accounts, "demo-admin"))
                        .with(csrf())
                        .param("name", "x")
                        .param("areaCodes", "E06000059"))
                .andExpect(status().isNotFound());
        var dorset = partnerships.findBySlug("dorset").orElseThrow();
        mvc.perform(post("/admin/partnerships/" + dorset.id() + "/partners/999999999/remove")
                        .with(as(accounts, "demo-admin"))
                        .with(csrf()))
                .andExpect(status().isNotFound());
    }

    @Test
    void onlyAdministratorsMayManagePartnerships() throws Exception {
        mvc.perform(get("/admin/partnerships").with(as(accounts, "coordinator")))
                .andExpect(status().isForbidden());
        mvc.perform(get("/admin/partnerships/new").with(as(accounts, "coordinator")))
                .andExpect(status().isForbidden());
    }

    private Document page(MockHttpServletRequestBuilder request) throws Exception {
        return Pages.html(mvc.perform(request.with(as(accounts, "demo-admin")))
                .andExpect(status().isOk())
                .andReturn());
    }

    private Document refused(MockHttpServletRequestBuilder request) throws Exception {
        return Pages.html(mvc.perform(request.with(as(accounts, "demo-admin")).with(csrf()))
                .andExpect(status().isBadRequest())
                .andReturn());
    }
}
