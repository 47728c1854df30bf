package org.saferplan.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.saferplan.HttpUser;
import org.saferplan.IntegrationTest;
import org.saferplan.Pages;
import org.saferplan.governance.Organisations;
import org.saferplan.governance.Partnerships;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

@IntegrationTest
class UserAdminTests {

    private static final String PASSWORD = "a-long-enough-password";

    @Autowired
    MockMvc mvc;

    @Autowired
    UserAccounts accounts;

    @Autowired
    Partnerships partnerships;

    @Autowired
    Organisations organisations;

    @LocalServerPort
    int port;

    @Test
    void usersPageListsEveryoneWithTheirRolesAndMarksDemoAccounts() throws Exception {
        var page = page(get("/admin/users"));
        assertThat(page.title()).isEqualTo("Users – SaferPlan");
        assertThat(page.select("h1")).hasSize(1);
        assertThat(page.select("h1").text()).isEqualTo("Users");
        assertThat(page.select("table caption").text()).isEqualTo("All users");
        assertThat(page.select("th[scope=col]").eachText())
                .containsExactly("Username", "Name", "Administrator", "Status", "Partnerships");
        var coordinator = page.select("tr:has(a:containsOwn(coordinator))").first();
        assertThat(coordinator).isNotNull();
        assertThat(coordinator.select(".govuk-tag").text()).isEqualTo("Demo only");
        assertThat(coordinator.text())
                .contains("Casey Morgan", "No", "Enabled", "Dorset Community Safety Partnership: Coordinator");
        long id = accounts.findByUsername("coordinator").orElseThrow().id();
        assertThat(coordinator.select("a").attr("href")).isEqualTo("/admin/users/" + id);
        assertThat(page.select("tr:has(a:containsOwn(demo-admin))").text()).contains("Yes");
        assertThat(page.select("a.govuk-button").attr("href")).isEqualTo("/admin/users/new");
    }

    @Test
    void newUserPageAsksForTheAccountDetails() throws Exception {
        var page = page(get("/admin/users/new"));
        assertThat(page.title()).isEqualTo("Add a user – SaferPlan");
        assertThat(page.select("h1").text()).isEqualTo("Add a user");
        assertThat(page.select("input#username")).hasSize(1);
        assertThat(page.select("input#displayName")).hasSize(1);
        assertThat(page.select("input#password").attr("type")).isEqualTo("password");
        assertThat(page.select("input#password").attr("autocomplete")).isEqualTo("new-password");
        assertThat(page.select("input#administrator").attr("type")).isEqualTo("checkbox");
        assertThat(page.select("form[action=/admin/users/new] input[name=_csrf]"))
                .hasSize(1);
        assertThat(page.select(".govuk-error-summary")).isEmpty();
    }

    @Test
    void createsAUserWhoCanThenSignIn() throws Exception {
        var username = unique("new-user");
        var result = mvc.perform(asAdmin(post("/admin/users/new"))
                        .param("username", username)
                        .param("displayName", "Sam Newcomer")
                        .param("password", PASSWORD))
                .andExpect(status().is3xxRedirection())
                .andReturn();
        var created = accounts.findByUsername(username).orElseThrow();
        assertThat(created.displayName()).isEqualTo("Sam Newcomer");
        assertThat(created.administrator()).isFalse();
        assertThat(created.demoOnly()).isFalse();
        assertThat(created.enabled()).isTrue();
        assertThat(result.getResponse().getRedirectedUrl()).isEqualTo("/admin/users/" + created.id());

        var next = followRedirect(result);
        assertThat(next.select(".govuk-notification-banner--success").text()).contains("User " + username + " added");

        var browser = new HttpUser("http://localhost:" + port);
        assertThat(browser.signIn(username, PASSWORD)).endsWith("/");
        assertThat(HttpUser.html(browser.get("/")).select(".app-account-bar").text())
                .contains("Sam Newcomer");
    }

    @Test
    void createsAnAdministratorWhenTicked() throws Exception {
        var username = unique("new-admin");
        mvc.perform(asAdmin(post("/admin/users/new"))
                        .param("username", username)
                        .param("displayName", "Ada Admin")
                        .param("password", PASSWORD)
                        .param("administrator", "true"))
                .andExpect(status().is3xxRedirection());
        assertThat(accounts.findByUsername(username).orElseThrow().administrator())
                .isTrue();
    }

    @Test
    void refusesATakenUsername() throws Exception {
        int before = accounts.all().size();
        var page = refusedNewUser("analyst", "Another Analyst", PASSWORD);
        assertThat(page.select(".govuk-error-summary a[href=#username]").text())
                .isEqualTo("The username analyst is already taken");
        assertThat(page.select("#username").val()).isEqualTo("analyst");
        assertThat(accounts.all()).hasSize(before);
        assertThat(accounts.findByUsername("analyst").orElseThrow().displayName())
                .isEqualTo("Alex Shah");
    }

    @Test
    void refusesABadUsername() throws Exception {
        var page = refusedNewUser("Bad User!", "Bad Username", PASSWORD);
        assertThat(page.select(".govuk-error-summary a[href=#username]").text()).startsWith("Enter a username of");
        assertThat(page.select("#username-error").text()).contains("lower-case letters");
        assertThat(accounts.findByUsername("Bad User!")).isEmpty();
        assertThat(accounts.all()).noneMatch(account -> account.displayName().equals("Bad Username"));
    }

    @Test
    void refusesAShortPasswordAndNeverShowsItAgain() throws Exception {
        var username = unique("short-pw");
        var page = refusedNewUser(username, "Short Password", "too-short");
        assertThat(page.select(".govuk-error-summary a[href=#password]").text())
                .isEqualTo("Enter a password of at least 12 characters");
        assertThat(page.select("#password").val()).isEmpty();
        assertThat(page.select("#displayName").val()).isEqualTo("Short Password");
        assertThat(accounts.findByUsername(username)).isEmpty();
    }

    @Test
    void namesEveryMissingField() throws Exception {
        var page = refusedNewUser("", "", "");
        assertThat(page.select(".govuk-error-summary a").eachAttr("href"))
                .containsExactly("#username", "#displayName", "#password");
    }

    @Test
    void showsHostileTextAsText() throws Exception {
        var username = unique("hostile");
        var hostile = "<script>alert(1)</script>";
        var created = accounts.create(username, hostile, PASSWORD, false, false);
        for (var path : new String[] {"/admin/users", "/admin/users/" + created.id()}) {
            var page = page(get(path));
            assertThat(page.select("script")).allMatch(script -> script.hasAttr("src"));
            assertThat(page.select("main").text()).contains(hostile);
        }
        assertThat(page(get("/admin/users/" + created.id())).select("h1").text())
                .isEqualTo(hostile);
    }

    @Test
    void userPageShowsTheirDetailsAndForms() throws Exception {
        long id = accounts.findByUsername("analyst").orElseThrow().id();
        var page = page(get("/admin/users/" + id));
        assertThat(page.title()).isEqualTo("Alex Shah (analyst) – SaferPlan");
        assertThat(page.select("h1")).hasSize(1);
        assertThat(page.select("h1").text()).isEqualTo("Alex Shah");
        assertThat(page.select(".govuk-summary-list").text()).contains("analyst", "Demo only");
        assertThat(page.select("table caption").text()).contains("Roles of analyst");
        assertThat(page.select("table tbody tr").text())
                .contains("Dorset Community Safety Partnership", "Analyst", "Dorset Police", "Remove");
        assertThat(page.select("#displayName").val()).isEqualTo("Alex Shah");
        assertThat(page.select("#enabled").hasAttr("checked")).isTrue();
        assertThat(page.select("#administrator").hasAttr("checked")).isFalse();
        assertThat(page.select("#role option").eachText()).contains("Partner officer", "Analyst", "Coordinator");
        assertThat(page.select("#organisation option").first().text()).isEqualTo("None");
        assertThat(page.select("#partnership option").eachText())
                .contains("Dorset Community Safety Partnership", "Wiltshire Community Safety Partnership");
        assertThat(page.select("form"))
                .allMatch(form -> !form.attr("method").equals("post")
                        || form.select("input[name=_csrf]").size() == 1);
    }

    @Test
    void unknownUserIsNotFound() throws Exception {
        mvc.perform(asAdmin(get("/admin/users/987654321"))).andExpect(status().isNotFound());
        mvc.perform(asAdmin(post("/admin/users/987654321")).param("displayName", "Nobody"))
                .andExpect(status().isNotFound());
        mvc.perform(asAdmin(post("/admin/users/987654321/password")).param("password", PASSWORD))
                .andExpect(status().isNotFound());
    }

    @Test
    void updatesTheirDetailsWithABanner() throws Exception {
        var user = accounts.create(unique("rename"), "Before Name", PASSWORD, false, false);
        var result = mvc.perform(asAdmin(post("/admin/users/" + user.id()))
                        .param("displayName", "After Name")
                        .param("enabled", "true"))
                .andExpect(status().is3xxRedirection())
                .andReturn();
        assertThat(accounts.find(user.id()).orElseThrow().displayName()).isEqualTo("After Name");
        var page = followRedirect(result);
        assertThat(page.select(".govuk-notification-banner--success").text()).contains("were saved");
    }

    @Test
    void disablingSomeoneStopsThemSigningIn() throws Exception {
        var user = accounts.create(unique("disable"), "To Be Disabled", PASSWORD, false, false);
        mvc.perform(asAdmin(post("/admin/users/" + user.id())).param("displayName", "To Be Disabled"))
                .andExpect(status().is3xxRedirection());
        assertThat(accounts.find(user.id()).orElseThrow().enabled()).isFalse();
        mvc.perform(get("/api/v1/me").with(httpBasic(user.username(), PASSWORD)))
                .andExpect(status().isUnauthorized());
    }

    @Test
    void refusesAnEmptyName() throws Exception {
        var user = accounts.create(unique("noname"), "Keeps Name", PASSWORD, false, false);
        var page = Pages.html(mvc.perform(asAdmin(post("/admin/users/" + user.id()))
                        .param("displayName", "  ")
                        .param("enabled", "true"))
                .andExpect(status().isBadRequest())
                .andReturn());
        assertThat(page.title()).startsWith("Error: ");
        assertThat(page.select(".govuk-error-summary a[href=#displayName]").text())
                .isEqualTo("Enter the person's full name");
        assertThat(accounts.find(user.id()).orElseThrow().displayName()).isEqualTo("Keeps Name");
    }

    @Test
    void anAdministratorSetsSomeonesPassword() throws Exception {
        var user = accounts.create(unique("reset"), "Forgot Password", PASSWORD, false, false);
        var newPassword = "a-brand-new-password";
        mvc.perform(asAdmin(post("/admin/users/" + user.id() + "/password")).param("password", newPassword))
                .andExpect(status().is3xxRedirection());
        mvc.perform(get("/api/v1/me").with(httpBasic(user.username(), newPassword)))
                .andExpect(status().isOk());

        var page = Pages.html(mvc.perform(
                        asAdmin(post("/admin/users/" + user.id() + "/password")).param("password", "short"))
                .andExpect(status().isBadRequest())
                .andReturn());
        assertThat(page.title()).startsWith("Error: ");
        assertThat(page.select(".govuk-error-summary a[href=#password]").text())
                .isEqualTo("Enter a password of at least 12 characters");
        mvc.perform(get("/api/v1/me").with(httpBasic(user.username(), newPassword)))
                .andExpect(status().isOk());
    }

    @Test
    void aRoleInDorsetOpensDorsetAndRemovingItClosesIt() throws Exception {
        var user = accounts.create(unique("member"), "New Member", PASSWORD, false, false);
        var dorset = partnerships.findBySlug("dorset").orElseThrow();
        var police = organisations.findByName("Dorset Police").orElseThrow();
        var asUser = TestUsers.as(accounts, user.username());
        mvc.perform(get("/partnerships/dorset").with(asUser)).andExpect(status().isForbidden());

        mvc.perform(asAdmin(post("/admin/users/" + user.id() + "/memberships"))
                        .param("partnership", String.valueOf(dorset.id()))
                        .param("role", "ANALYST")
                        .param("organisation", String.valueOf(police.id())))
                .andExpect(status().is3xxRedirection());
        var me = mvc.perform(get("/api/v1/me").with(httpBasic(user.username(), PASSWORD)))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(me).contains("\"slug\":\"dorset\"", "\"role\":\"ANALYST\"", "\"organisation\":\"Dorset Police\"");
        // The partnership page is built elsewhere; until it exists the access rule lets the request through to 404.
        assertThat(mvc.perform(get("/partnerships/dorset").with(asUser))
                        .andReturn()
                        .getResponse()
                        .getStatus())
                .isIn(200, 404);
        var page = page(get("/admin/users/" + user.id()));
        assertThat(page.select("table tbody tr").text()).contains("Analyst", "Dorset Police");

        mvc.perform(asAdmin(post("/admin/users/" + user.id() + "/memberships/" + dorset.id() + "/remove")))
                .andExpect(status().is3xxRedirection());
        assertThat(accounts.memberships(user.id())).isEmpty();
        mvc.perform(get("/partnerships/dorset").with(asUser)).andExpect(status().isForbidden());
    }

    @Test
    void changingARoleReplacesTheOldOne() throws Exception {
        var user = accounts.create(unique("promote"), "Promoted Person", PASSWORD, false, false);
        var dorset = partnerships.findBySlug("dorset").orElseThrow();
        for (var role : new String[] {"PARTNER_OFFICER", "COORDINATOR"}) {
            mvc.perform(asAdmin(post("/admin/users/" + user.id() + "/memberships"))
                            .param("partnership", String.valueOf(dorset.id()))
                            .param("role", role)
                            .param("organisation", ""))
                    .andExpect(status().is3xxRedirection());
        }
        assertThat(accounts.memberships(user.id())).singleElement().satisfies(m -> {
            assertThat(m.role()).isEqualTo(Role.COORDINATOR);
            assertThat(m.organisationId()).isNull();
        });
    }

    @Test
    void refusesARoleWithoutPartnershipOrWithAnUnknownRole() throws Exception {
        var user = accounts.create(unique("norole"), "No Role", PASSWORD, false, false);
        var page = Pages.html(mvc.perform(asAdmin(post("/admin/users/" + user.id() + "/memberships"))
                        .param("partnership", "")
                        .param("role", "OVERLORD")
                        .param("organisation", "987654321"))
                .andExpect(status().isBadRequest())
                .andReturn());
        assertThat(page.title()).startsWith("Error: ");
        assertThat(page.select(".govuk-error-summary a").eachAttr("href"))
                .containsExactly("#partnership", "#role", "#organisation");
        assertThat(page.select("#partnership-error").text()).contains("Choose a partnership");
        assertThat(accounts.memberships(user.id())).isEmpty();
    }

    @Test
    void removingAnUnknownMembershipIsNotFound() throws Exception {
        var user = accounts.create(unique("nomember"), "No Member", PASSWORD, false, false);
        mvc.perform(asAdmin(post("/admin/users/" + user.id() + "/memberships/987654321/remove")))
                .andExpect(status().isNotFound());
    }

    @Test
    void anAdministratorCannotRemoveTheirOwnAdministratorFlagOrDisableThemselves() throws Exception {
        var admin = accounts.create(unique("guard"), "Guarding Admin", PASSWORD, true, false);
        var asAdmin = TestUsers.as(accounts, admin.username());

        var page = Pages.html(mvc.perform(post("/admin/users/" + admin.id())
                        .with(asAdmin)
                        .with(csrf())
                        .param("displayName", "Guarding Admin")
                        .param("enabled", "true"))
                .andExpect(status().isBadRequest())
                .andReturn());
        assertThat(page.title()).startsWith("Error: ");
        assertThat(page.select(".govuk-error-summary a[href=#administrator]").text())
                .contains("You cannot remove your own administrator access");
        assertThat(page.select("#administrator-error").text()).contains("your own administrator access");

        page = Pages.html(mvc.perform(post("/admin/users/" + admin.id())
                        .with(asAdmin)
                        .with(csrf())
                        .param("displayName", "Guarding Admin")
                        .param("administrator", "true"))
                .andExpect(status().isBadRequest())
                .andReturn());
        assertThat(page.select(".govuk-error-summary a[href=#enabled]").text())
                .contains("You cannot disable your own account");

        var unchanged = accounts.find(admin.id()).orElseThrow();
        assertThat(unchanged.administrator()).isTrue();
        assertThat(unchanged.enabled()).isTrue();

        // Another administrator may do it.
        mvc.perform(asAdmin(post("/admin/users/" + admin.id()))
                        .param("displayName", "Guarding Admin")
                        .param("enabled", "true"))
                .andExpect(status().is3xxRedirection());
        assertThat(accounts.find(admin.id()).orElseThrow().administrator()).isFalse();
    }

    private Document refusedNewUser(String username, String displayName, String password) throws Exception {
        var page = Pages.html(mvc.perform(asAdmin(post("/admin/users/new"))
                        .param("username", username)
                        .param("displayName", displayName)
                        .param("password", password))
                .andExpect(status().isBadRequest())
                .andReturn());
        assertThat(page.title()).isEqualTo("Error: Add a user – SaferPlan");
        assertThat(page.select(".govuk-error-summary")).hasSize(1);
        return page;
    }

    /** The page a redirect leads to, in the same session, so it shows the flash banner. */
    private Document followRedirect(MvcResult result) throws Exception {
        var session = result.getResponse().getCookie("SESSION");
        assertThat(session).as("session cookie carrying the flash banner").isNotNull();
        return Pages.html(mvc.perform(
                        asAdmin(get(result.getResponse().getRedirectedUrl())).cookie(session))
                .andExpect(status().isOk())
                .andReturn());
    }

    private Document page(MockHttpServletRequestBuilder request) throws Exception {
        MvcResult result =
                mvc.perform(asAdmin(request)).andExpect(status().isOk()).andReturn();
        return Pages.html(result);
    }

    private MockHttpServletRequestBuilder asAdmin(MockHttpServletRequestBuilder request) {
        return request.with(TestUsers.as(accounts, "demo-admin")).with(csrf());
    }

    static String unique(String prefix) {
        return prefix + "-" + System.nanoTime() % 100000;
    }
}
