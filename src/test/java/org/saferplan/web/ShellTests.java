package org.saferplan.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.saferplan.HttpUser;
import org.saferplan.IntegrationTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpStatus;
import org.springframework.mock.web.MockHttpServletRequest;

/** The page shell and its error pages, over real HTTP as a browser sees them. */
@IntegrationTest
class ShellTests {

    @LocalServerPort
    int port;

    @Test
    void everyPageHasTheSkipLinkPhaseBannerAndFooterLinks() throws Exception {
        var page = HttpUser.html(new HttpUser(base()).get("/"));
        assertThat(page.select("a.govuk-skip-link").attr("href")).isEqualTo("#main-content");
        assertThat(page.select("main#main-content")).hasSize(1);
        assertThat(page.select(".govuk-phase-banner .govuk-tag").text()).isEqualTo("Beta");
        assertThat(page.select(".govuk-generic-header")).hasSize(1);
        assertThat(page.select(".govuk-footer a").eachAttr("href"))
                .contains("/accessibility", "/privacy", "/cookies", "/licence");
        assertThat(page.select("link[rel=stylesheet]").attr("href")).isEqualTo("/assets/css/app.css");
    }

    @Test
    void frontEndAssetsAreServedFromTheApplicationItself() throws Exception {
        var client = HttpClient.newHttpClient();
        for (var asset :
                new String[] {"/assets/css/app.css", "/assets/js/govuk-frontend.min.js", "/assets/js/init.mjs"}) {
            var response = client.send(
                    HttpRequest.newBuilder(URI.create(base() + asset)).build(), HttpResponse.BodyHandlers.ofString());
            assertThat(response.statusCode()).as(asset).isEqualTo(200);
        }
        var css = client.send(
                        HttpRequest.newBuilder(URI.create(base() + "/assets/css/app.css"))
                                .build(),
                        HttpResponse.BodyHandlers.ofString())
                .body();
        assertThat(css).contains("Helvetica Neue").doesNotContain("GDS Transport");
    }

    @Test
    void unknownPagesGetTheNotFoundPage() throws Exception {
        var person = new HttpUser(base());
        person.signIn("coordinator", "saferplan-demo");
        var response = person.get("/no-such-page");
        assertThat(response.statusCode()).isEqualTo(404);
        var page = HttpUser.html(response);
        assertThat(page.title()).isEqualTo("Page not found – SaferPlan");
        assertThat(page.select(".govuk-service-navigation")).hasSize(1);
    }

    @Test
    void anotherPartnershipsWorkspaceGetsTheForbiddenPage() throws Exception {
        var person = new HttpUser(base());
        person.signIn("wiltshire-coordinator", "saferplan-demo");
        var response = person.get("/partnerships/dorset");
        assertThat(response.statusCode()).isEqualTo(403);
        assertThat(HttpUser.html(response).select("h1").text()).isEqualTo("You do not have access to this page");
    }

    @Test
    void oversizedFormsAreRefusedWithTheirOwnPage() throws Exception {
        var response = new HttpUser(base())
                .post("/sign-in", java.util.Map.of("username", "coordinator", "password", "x".repeat(1_100_000)));
        assertThat(response.statusCode()).isEqualTo(413);
        assertThat(HttpUser.html(response).select("h1").text()).isEqualTo("What you sent is too large");
    }

    @Test
    void apiErrorsAreProblemJson() throws Exception {
        var response = HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(URI.create(base() + "/api/v1/me"))
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).isEqualTo(401);
        assertThat(response.headers().firstValue("Content-Type"))
                .hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));
        assertThat(response.headers().allValues("WWW-Authenticate")).anyMatch(value -> value.startsWith("Basic"));
    }

    @Test
    void serverErrorsSayNothingInternal() {
        var page = ErrorPageController.describe(HttpStatus.INTERNAL_SERVER_ERROR, new MockHttpServletRequest());
        assertThat(page.heading()).isEqualTo("Sorry, there is a problem with the service");
        assertThat(page.status()).isEqualTo(500);
    }

    @Test
    void publicPagesStartNoSession() throws Exception {
        var response = HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(URI.create(base() + "/accessibility"))
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().allValues("Set-Cookie")).isEmpty();
    }

    private String base() {
        return "http://localhost:" + port;
    }
}
