package org.saferplan.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import jakarta.servlet.http.Cookie;
import org.junit.jupiter.api.Test;
import org.saferplan.HttpUser;
import org.saferplan.IntegrationTest;
import org.saferplan.Pages;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.web.servlet.MockMvc;

@IntegrationTest
class SignInTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    UserAccounts accounts;

    @LocalServerPort
    int port;

    @Test
    void signsInWithTheRightPasswordAndLandsOnTheirPartnerships() throws Exception {
        var browser = new HttpUser("http://localhost:" + port);
        assertThat(browser.signIn("coordinator", "saferplan-demo")).endsWith("/");
        var home = HttpUser.html(browser.get("/"));
        assertThat(home.title()).isEqualTo("Your partnerships – SaferPlan");
        assertThat(home.select("h2 a").text()).contains("Dorset Community Safety Partnership");
        assertThat(home.text()).doesNotContain("Wiltshire Community Safety Partnership");
    }

    @Test
    void wrongPasswordShowsTheErrorSummary() throws Exception {
        mvc.perform(post("/sign-in")
                        .param("username", "analyst")
                        .param("password", "not-the-password")
                        .with(csrf()))
                .andExpect(redirectedUrl("/sign-in?error=credentials&username=analyst"));
        var page = Pages.html(mvc.perform(get("/sign-in?error=credentials&username=analyst"))
                .andExpect(status().isOk())
                .andReturn());
        assertThat(page.title()).startsWith("Error: Sign in");
        assertThat(page.select(".govuk-error-summary a").text()).isEqualTo("Enter a correct username and password");
        assertThat(page.select("#username").val()).isEqualTo("analyst");
    }

    @Test
    void missingUsernameAndPasswordAreNamed() throws Exception {
        mvc.perform(post("/sign-in")
                        .param("username", "")
                        .param("password", "x")
                        .with(csrf()))
                .andExpect(redirectedUrl("/sign-in?error=missing-username&username="));
        mvc.perform(post("/sign-in")
                        .param("username", "analyst")
                        .param("password", "")
                        .with(csrf()))
                .andExpect(redirectedUrl("/sign-in?error=missing-password&username=analyst"));
    }

    @Test
    void locksTheUsernameAfterRepeatedFailuresEvenForTheRightPassword() throws Exception {
        accounts.create("throttled-user", "Throttled User", "correct-horse-battery", false, false);
        for (int i = 0; i < 5; i++) {
            mvc.perform(post("/sign-in")
                            .param("username", "throttled-user")
                            .param("password", "wrong-password-1")
                            .with(csrf()))
                    .andExpect(redirectedUrl("/sign-in?error=credentials&username=throttled-user"));
        }
        mvc.perform(post("/sign-in")
                        .param("username", "throttled-user")
                        .param("password", "correct-horse-battery")
                        .with(csrf()))
                .andExpect(redirectedUrl("/sign-in?error=locked&username=throttled-user"));
        mvc.perform(get("/api/v1/me")
                        .with(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors
                                .httpBasic("throttled-user", "correct-horse-battery")))
                .andExpect(status().isUnauthorized());
    }

    @Test
    void refusesASignInWithoutACsrfToken() throws Exception {
        var browser = new HttpUser("http://localhost:" + port);
        var response = browser.post(
                "/sign-in", java.util.Map.of("username", "coordinator", "password", "saferplan-demo", "_csrf", ""));
        assertThat(response.statusCode()).isEqualTo(403);
        var page = HttpUser.html(response);
        assertThat(page.select("h1").text()).isEqualTo("Your form could not be sent");
        assertThat(page.title()).isEqualTo("Your form could not be sent – SaferPlan");
    }

    @Test
    void refusesAForgedCsrfToken() throws Exception {
        mvc.perform(post("/sign-in")
                        .param("username", "coordinator")
                        .param("password", "saferplan-demo")
                        .with(csrf().useInvalidToken()))
                .andExpect(status().isForbidden());
    }

    @Test
    void anExpiredSessionIsSentToSignInWithAMessage() throws Exception {
        mvc.perform(get("/partnerships/dorset").cookie(new Cookie("SESSION", "ZXhwaXJlZC1zZXNzaW9uLWlk")))
                .andExpect(redirectedUrl("/sign-in?expired=true"));
        var page = Pages.html(mvc.perform(get("/sign-in?expired=true")).andReturn());
        assertThat(page.select(".govuk-notification-banner").text()).contains("inactive for too long");
    }

    @Test
    void aDisabledAccountLosesItsSessionAtOnce() throws Exception {
        var account = accounts.create(
                "leaver-" + System.nanoTime() % 100000, "Leaving Officer", "leaving-password-1", false, false);
        var browser = new HttpUser("http://localhost:" + port);
        browser.signIn(account.username(), "leaving-password-1");
        assertThat(browser.get("/account").statusCode()).isEqualTo(200);

        accounts.update(account.id(), account.displayName(), false, false);

        var next = browser.get("/account");
        assertThat(next.statusCode()).isEqualTo(302);
        assertThat(next.headers().firstValue("Location"))
                .hasValueSatisfying(location -> assertThat(location).endsWith("/sign-in?changed=true"));
        assertThat(browser.get("/account").headers().firstValue("Location"))
                .hasValueSatisfying(location -> assertThat(location).contains("/sign-in"));
    }

    @Test
    void anAdministratorWhoseFlagIsRemovedCannotCarryOnAdministering() throws Exception {
        var account = accounts.create(
                "former-admin-" + System.nanoTime() % 100000, "Former Admin", "former-admin-password", true, false);
        var browser = new HttpUser("http://localhost:" + port);
        browser.signIn(account.username(), "former-admin-password");
        assertThat(browser.get("/admin").statusCode()).isEqualTo(200);

        accounts.update(account.id(), account.displayName(), false, true);

        assertThat(browser.get("/admin").statusCode()).isEqualTo(302);
        browser.signIn(account.username(), "former-admin-password");
        assertThat(browser.get("/admin").statusCode()).isEqualTo(403);
    }

    @Test
    void pagesCarryTheSecurityHeaders() throws Exception {
        mvc.perform(get("/sign-in"))
                .andExpect(header().string(
                                "Content-Security-Policy",
                                org.hamcrest.Matchers.containsString("frame-ancestors 'none'")))
                .andExpect(header().string("X-Content-Type-Options", "nosniff"))
                .andExpect(header().string("Referrer-Policy", "strict-origin-when-cross-origin"));
    }
}
