package org.saferplan.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.saferplan.HttpUser;
import org.saferplan.IntegrationTest;
import org.saferplan.Pages;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

@IntegrationTest
class AccountTests {

    private static final String PASSWORD = "the-first-password";

    @Autowired
    MockMvc mvc;

    @Autowired
    UserAccounts accounts;

    @Autowired
    ApiTokens tokens;

    @Autowired
    JdbcClient jdbc;

    @LocalServerPort
    int port;

    @Test
    void showsWhoTheyAreAndTheirPartnerships() throws Exception {
        var page = Pages.html(mvc.perform(get("/account").with(TestUsers.as(accounts, "coordinator")))
                .andExpect(status().isOk())
                .andReturn());
        assertThat(page.title()).isEqualTo("Your account – SaferPlan");
        assertThat(page.select("h1")).hasSize(1);
        assertThat(page.select("h1").text()).isEqualTo("Your account");
        assertThat(page.select(".govuk-summary-list").text()).contains("coordinator", "Casey Morgan");
        assertThat(page.select("table caption").eachText()).contains("Your roles in partnerships");
        assertThat(page.select("table:has(caption:contains(partnerships)) tbody")
                        .text())
                .contains("Dorset Community Safety Partnership", "Coordinator", "Dorset Council");
        assertThat(page.select("#currentPassword").attr("autocomplete")).isEqualTo("current-password");
        assertThat(page.select("#newPassword").attr("type")).isEqualTo("password");
        assertThat(page.select("#confirmPassword").attr("type")).isEqualTo("password");
        assertThat(page.select("#tokenName")).hasSize(1);
    }

    @Test
    void changesTheirPasswordSoOnlyTheNewOneSignsIn() throws Exception {
        var user = newUser("pw-change");
        var newPassword = "the-second-password";
        var result = mvc.perform(as(user, post("/account/password"))
                        .param("currentPassword", PASSWORD)
                        .param("newPassword", newPassword)
                        .param("confirmPassword", newPassword))
                .andExpect(redirectedUrl("/account"))
                .andReturn();
        var next = Pages.html(mvc.perform(
                        as(user, get("/account")).cookie(result.getResponse().getCookie("SESSION")))
                .andReturn());
        assertThat(next.select(".govuk-notification-banner--success").text()).contains("Your password was changed");

        var browser = new HttpUser("http://localhost:" + port);
        assertThat(browser.signIn(user.username(), PASSWORD)).contains("error=credentials");
        assertThat(browser.signIn(user.username(), newPassword)).endsWith("/");
    }

    @Test
    void refusesAWrongCurrentPassword() throws Exception {
        var user = newUser("pw-wrong");
        var page = refusedPasswordChange(user, "not-my-password", "the-second-password", "the-second-password");
        assertThat(page.select(".govuk-error-summary a[href=#currentPassword]").text())
                .isEqualTo("Your current password is not correct");
        assertPasswordUnchanged(user);
    }

    @Test
    void refusesAShortNewPassword() throws Exception {
        var user = newUser("pw-short");
        var page = refusedPasswordChange(user, PASSWORD, "short", "short");
        assertThat(page.select(".govuk-error-summary a[href=#newPassword]").text())
                .isEqualTo("Enter a password of at least 12 characters");
        assertThat(page.select("#newPassword-error").text()).contains("at least 12 characters");
        assertPasswordUnchanged(user);
    }

    @Test
    void refusesAConfirmationThatDoesNotMatch() throws Exception {
        var user = newUser("pw-mismatch");
        var page = refusedPasswordChange(user, PASSWORD, "the-second-password", "the-sekond-password");
        assertThat(page.select(".govuk-error-summary a[href=#confirmPassword]").text())
                .isEqualTo("Enter the same new password twice");
        assertPasswordUnchanged(user);
    }

    @Test
    void asksForEveryMissingPassword() throws Exception {
        var user = newUser("pw-missing");
        var page = refusedPasswordChange(user, "", "", "");
        assertThat(page.select(".govuk-error-summary a").eachAttr("href"))
                .containsExactly("#currentPassword", "#newPassword");
        assertThat(page.select("input[type=password]"))
                .allMatch(input -> input.val().isEmpty());
        assertPasswordUnchanged(user);
    }

    @Test
    void aNewTokenIsShownOnceAndWorksUntilRevoked() throws Exception {
        var user = newUser("token-owner");
        var response = mvc.perform(as(user, post("/account/tokens")).param("tokenName", "Power BI dashboard"))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse();
        assertThat(response.getRedirectedUrl()).isNull();
        assertThat(response.getHeader("Cache-Control")).contains("no-store");
        var page = Jsoup.parse(response.getContentAsString());
        var token = page.select("#new-token").text();
        assertThat(token).startsWith("sp_");
        assertThat(page.select(".govuk-notification-banner--success").text()).contains("Power BI dashboard");
        assertThat(page.select(".govuk-inset-text").text())
                .contains("curl -H \"Authorization: Bearer " + token + "\" http://localhost/api/v1/me")
                .contains("curl -u " + user.username());
        assertThat(page.select("table:has(caption:contains(API tokens)) tbody").text())
                .contains("Power BI dashboard", "Never", "Active");

        assertThat(jdbc.sql("SELECT count(*) FROM api_token WHERE token_hash = :t OR name = :t")
                        .param("t", token)
                        .query(Long.class)
                        .single())
                .isZero();
        assertThat(jdbc.sql("SELECT count(*) FROM api_token WHERE token_hash = :h")
                        .param("h", ApiTokens.hash(token))
                        .query(Long.class)
                        .single())
                .isOne();

        mvc.perform(get("/api/v1/me").header("Authorization", "Bearer " + token))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.username").value(user.username()));
        var later = Pages.html(mvc.perform(as(user, get("/account"))).andReturn());
        assertThat(later.select("#new-token")).isEmpty();
        assertThat(later.text()).doesNotContain(token);
        assertThat(later.select("table:has(caption:contains(API tokens)) tbody tr:contains(Power BI dashboard)")
                        .text())
                .doesNotContain("Never");

        long id = tokens.forUser(user.id()).stream()
                .filter(t -> t.name().equals("Power BI dashboard"))
                .findFirst()
                .orElseThrow()
                .id();
        var revoked = mvc.perform(as(user, post("/account/tokens/" + id + "/revoke")))
                .andExpect(redirectedUrl("/account"))
                .andReturn();
        var after = Pages.html(mvc.perform(
                        as(user, get("/account")).cookie(revoked.getResponse().getCookie("SESSION")))
                .andReturn());
        assertThat(after.select(".govuk-notification-banner--success").text()).contains("was revoked");
        assertThat(after.select("table:has(caption:contains(API tokens)) tbody tr:contains(Power BI dashboard)")
                        .text())
                .contains("Revoked");
        mvc.perform(get("/api/v1/me").header("Authorization", "Bearer " + token))
                .andExpect(status().isUnauthorized());
    }

    @Test
    void aBogusTokenIsRefused() throws Exception {
        mvc.perform(get("/api/v1/me").header("Authorization", "Bearer sp_not-a-real-token"))
                .andExpect(status().isUnauthorized());
        mvc.perform(get("/api/v1/me").header("Authorization", "Bearer nonsense"))
                .andExpect(status().isUnauthorized());
    }

    @Test
    void cannotRevokeSomeoneElsesToken() throws Exception {
        var owner = newUser("token-victim");
        var other = newUser("token-thief");
        var token = tokens.create(owner.id(), "Owner's script");
        long id = tokens.forUser(owner.id()).get(0).id();
        mvc.perform(as(other, post("/account/tokens/" + id + "/revoke"))).andExpect(status().isNotFound());
        mvc.perform(as(other, post("/account/tokens/987654321/revoke"))).andExpect(status().isNotFound());
        assertThat(tokens.forUser(owner.id()).get(0).active()).isTrue();
        mvc.perform(get("/api/v1/me").header("Authorization", "Bearer " + token))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.username").value(owner.username()));
    }

    @Test
    void aTokenNeedsAName() throws Exception {
        var user = newUser("token-noname");
        var page = Pages.html(mvc.perform(as(user, post("/account/tokens")).param("tokenName", "   "))
                .andExpect(status().isBadRequest())
                .andReturn());
        assertThat(page.title()).isEqualTo("Error: Your account – SaferPlan");
        assertThat(page.select(".govuk-error-summary a[href=#tokenName]").text())
                .startsWith("Enter a name for the token");
        assertThat(page.select("#new-token")).isEmpty();
        assertThat(tokens.forUser(user.id())).isEmpty();
    }

    private Document refusedPasswordChange(UserAccount user, String current, String newPassword, String confirm)
            throws Exception {
        var page = Pages.html(mvc.perform(as(user, post("/account/password"))
                        .param("currentPassword", current)
                        .param("newPassword", newPassword)
                        .param("confirmPassword", confirm))
                .andExpect(status().isBadRequest())
                .andReturn());
        assertThat(page.title()).isEqualTo("Error: Your account – SaferPlan");
        assertThat(page.select(".govuk-error-summary")).hasSize(1);
        return page;
    }

    private void assertPasswordUnchanged(UserAccount user) throws Exception {
        mvc.perform(get("/api/v1/me").with(httpBasic(user.username(), PASSWORD)))
                .andExpect(status().isOk());
    }

    private UserAccount newUser(String prefix) {
        return accounts.create(UserAdminTests.unique(prefix), "Account Tester", PASSWORD, false, false);
    }

    private MockHttpServletRequestBuilder as(UserAccount user, MockHttpServletRequestBuilder request) {
        return request.with(TestUsers.as(accounts, user.username())).with(csrf());
    }
}
