package org.saferplan.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.saferplan.HttpUser;
import org.saferplan.IntegrationTest;
import org.saferplan.Pages;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.web.servlet.MockMvc;

@IntegrationTest
class AdminAccessTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    UserAccounts accounts;

    @LocalServerPort
    int port;

    @Test
    void administrationIndexLinksToEveryAdministrationPage() throws Exception {
        var page = Pages.html(mvc.perform(get("/admin").with(TestUsers.as(accounts, "demo-admin")))
                .andExpect(status().isOk())
                .andReturn());
        assertThat(page.title()).isEqualTo("Administration – SaferPlan");
        assertThat(page.select("h1")).hasSize(1);
        assertThat(page.select("h1").text()).isEqualTo("Administration");
        assertThat(page.select("main a").eachAttr("href"))
                .contains("/admin/users", "/admin/organisations", "/admin/partnerships", "/admin/audit");
        assertThat(page.select("main").text()).contains("Users", "Organisations", "Partnerships", "Audit trail");
    }

    @Test
    void aCoordinatorIsRefusedEveryAdministrationPage() throws Exception {
        var coordinator = TestUsers.as(accounts, "coordinator");
        long someone = accounts.findByUsername("analyst").orElseThrow().id();
        mvc.perform(get("/admin").with(coordinator)).andExpect(status().isForbidden());
        mvc.perform(get("/admin/users").with(coordinator)).andExpect(status().isForbidden());
        mvc.perform(get("/admin/users/new").with(coordinator)).andExpect(status().isForbidden());
        mvc.perform(get("/admin/users/" + someone).with(coordinator)).andExpect(status().isForbidden());
    }

    @Test
    void aCoordinatorSeesTheServicesAccessDeniedPage() throws Exception {
        var browser = new HttpUser("http://localhost:" + port);
        browser.signIn("coordinator", "saferplan-demo");
        var response = browser.get("/admin/users");
        assertThat(response.statusCode()).isEqualTo(403);
        var page = HttpUser.html(response);
        assertThat(page.select("h1").text()).isEqualTo("You do not have access to this page");
        assertThat(page.text()).doesNotContain("demo-admin");
    }

    @Test
    void aCoordinatorIsRefusedTheAdministrationApi() throws Exception {
        mvc.perform(get("/api/v1/admin/users").with(httpBasic("coordinator", "saferplan-demo")))
                .andExpect(status().isForbidden());
    }

    @Test
    void anAdministratorMayUseEveryAdministrationPage() throws Exception {
        var admin = TestUsers.as(accounts, "demo-admin");
        long someone = accounts.findByUsername("analyst").orElseThrow().id();
        mvc.perform(get("/admin").with(admin)).andExpect(status().isOk());
        mvc.perform(get("/admin/users").with(admin)).andExpect(status().isOk());
        mvc.perform(get("/admin/users/new").with(admin)).andExpect(status().isOk());
        mvc.perform(get("/admin/users/" + someone).with(admin)).andExpect(status().isOk());
        mvc.perform(get("/api/v1/admin/users").with(httpBasic("demo-admin", "saferplan-demo")))
                .andExpect(status().isOk());
    }

    @Test
    void theAnonymousAreSentToSignInOrRefusedByTheApi() throws Exception {
        long someone = accounts.findByUsername("analyst").orElseThrow().id();
        mvc.perform(get("/admin")).andExpect(redirectedUrl("/sign-in"));
        mvc.perform(get("/admin/users")).andExpect(redirectedUrl("/sign-in"));
        mvc.perform(get("/admin/users/" + someone)).andExpect(redirectedUrl("/sign-in"));
        mvc.perform(get("/account")).andExpect(redirectedUrl("/sign-in"));
        mvc.perform(get("/api/v1/admin/users")).andExpect(status().isUnauthorized());
    }
}
