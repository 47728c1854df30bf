package org.saferplan.performance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.saferplan.security.TestUsers.as;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import org.junit.jupiter.api.Test;
import org.saferplan.IntegrationTest;
import org.saferplan.Pages;
import org.saferplan.governance.Partnerships;
import org.saferplan.performance.web.UpdateForm;
import org.saferplan.plan.PlanLookup;
import org.saferplan.security.UserAccounts;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

@IntegrationTest
class ActivityUpdateTests {

    static final String FIRE = "Incorporate scams advice into Safe & Well visits by the Fire & Rescue Service";
    static final String SCHOOLS = "Undertake awareness raising campaigns including in schools.";
    static final String POLICE = "Work together to stop perpetrators of modern slavery.";

    @Autowired
    MockMvc mvc;

    @Autowired
    UserAccounts accounts;

    @Autowired
    Partnerships partnerships;

    @Autowired
    PlanLookup plan;

    @Autowired
    ActionUpdates updates;

    private long dorset() {
        return partnerships.findBySlug("dorset").orElseThrow().id();
    }

    private PlanLookup.ActivityRef activity(String text) {
        var version = plan.currentVersion(dorset()).orElseThrow();
        return plan.activities(dorset(), version.id()).stream()
                .filter(a -> a.text().startsWith(text))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no activity " + text));
    }

    private int postAsOfficer(long activityId, String commentary) throws Exception {
        return mvc.perform(post("/partnerships/dorset/activities/" + activityId + "/updates")
                        .param("status", "AMBER")
                        .param("commentary", commentary)
                        .param("date", "2021-06-30")
                        .with(csrf())
                        .with(as(accounts, "officer")))
                .andReturn()
                .getResponse()
                .getStatus();
    }

    @Test
    void officerUpdatesTheirOwnActivityAndTheHistoryGrows() throws Exception {
        var fire = activity(FIRE);
        int before = updates.history(dorset(), fire).size();
        assertThat(postAsOfficer(fire.id(), "Scams advice in 40 visits")).isEqualTo(302);
        assertThat(postAsOfficer(fire.id(), "Scams advice in 85 visits")).isEqualTo(302);
        var history = updates.history(dorset(), fire);
        assertThat(history).hasSize(before + 2);
        assertThat(history)
                .extracting(ActivityUpdate::commentary)
                .contains("Scams advice in 40 visits", "Scams advice in 85 visits");
        var html = Pages.html(
                mvc.perform(get("/partnerships/dorset/activities/" + fire.id()).with(as(accounts, "officer")))
                        .andReturn());
        assertThat(html.select("h1").text()).isEqualTo(FIRE);
        assertThat(html.select("#updates tbody tr")).hasSize(before + 2);
        assertThat(html.select("form[action$=/updates]")).hasSize(1);
    }

    @Test
    void officerCannotUpdateAnotherOrganisationsActivity() throws Exception {
        var other = activity(POLICE);
        assertThat(other.owners()).isNotEmpty();
        int before = updates.history(dorset(), other).size();
        assertThat(postAsOfficer(other.id(), "Not mine")).isEqualTo(403);
        int api = mvc.perform(post("/api/v1/partnerships/dorset/activities/" + other.id() + "/updates")
                        .with(httpBasic("officer", "saferplan-demo"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"status\": \"RED\", \"commentary\": \"Not mine\", \"date\": \"2021-06-30\"}"))
                .andReturn()
                .getResponse()
                .getStatus();
        assertThat(api).isEqualTo(403);
        assertThat(updates.history(dorset(), other)).hasSize(before);
        var html = Pages.html(
                mvc.perform(get("/partnerships/dorset/activities/" + other.id()).with(as(accounts, "officer")))
                        .andReturn());
        assertThat(html.select("form[action$=/updates]")).isEmpty();
    }

    @Test
    void coordinatorsPostOnAnyActivityThroughTheApi() throws Exception {
        var other = activity(POLICE);
        int before = updates.history(dorset(), other).size();
        var response = mvc.perform(
                        post("/api/v1/partnerships/dorset/activities/" + other.id() + "/updates")
                                .with(httpBasic("coordinator", "saferplan-demo"))
                                .contentType(MediaType.APPLICATION_JSON)
                                .content(
                                        "{\"status\": \"GREEN\", \"commentary\": \"Joint operation done\", \"date\": \"2021-07-01\"}"))
                .andReturn()
                .getResponse();
        assertThat(response.getStatus()).isEqualTo(201);
        assertThat(updates.history(dorset(), other)).hasSize(before + 1);
        var bad = mvc.perform(post("/api/v1/partnerships/dorset/activities/" + other.id() + "/updates")
                        .with(httpBasic("coordinator", "saferplan-demo"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"status\": \"PURPLE\", \"commentary\": \"\", \"date\": \"2099-01-01\"}"))
                .andReturn()
                .getResponse();
        assertThat(bad.getStatus()).isEqualTo(400);
        assertThat(bad.getContentAsString())
                .contains("status")
                .contains("commentary")
                .contains("future");
        assertThat(updates.history(dorset(), other)).hasSize(before + 1);
    }

    @Test
    void overdueListShowsAnActivityWithNoUpdateFor91Days() throws Exception {
        var schools = activity(SCHOOLS);
        updates.store(
                dorset(),
                schools,
                new UpdateForm(
                        "AMBER",
                        "Campaign planned",
                        ActionUpdates.today().minusDays(91).toString()),
                "coordinator",
                null);
        var html = Pages.html(
                mvc.perform(get("/partnerships/dorset/performance/overdue").with(as(accounts, "coordinator")))
                        .andReturn());
        var row = html.select("a[href=/partnerships/dorset/activities/" + schools.id() + "]");
        assertThat(row).hasSize(1);
        assertThat(html.text()).contains("No update for 91 days");
    }

    @Test
    void myOrganisationsActivitiesListsTheFireServiceActivity() throws Exception {
        var html = Pages.html(mvc.perform(get("/partnerships/dorset/activities").with(as(accounts, "officer")))
                .andReturn());
        assertThat(html.select("h1").text()).isEqualTo("My organisation's activities");
        assertThat(html.select("table a").eachText()).contains(FIRE);
    }

    @Test
    void otherPartnershipsAndForeignIdsAreRefused() throws Exception {
        var fire = activity(FIRE);
        assertThat(mvc.perform(get("/partnerships/dorset/activities/" + fire.id())
                                .with(as(accounts, "wiltshire-coordinator")))
                        .andReturn()
                        .getResponse()
                        .getStatus())
                .isEqualTo(403);
        assertThat(mvc.perform(post("/partnerships/wiltshire/activities/" + fire.id() + "/updates")
                                .param("status", "RED")
                                .param("commentary", "x")
                                .param("date", "2021-06-30")
                                .with(csrf())
                                .with(as(accounts, "wiltshire-coordinator")))
                        .andReturn()
                        .getResponse()
                        .getStatus())
                .isEqualTo(404);
        assertThat(mvc.perform(get("/partnerships/dorset/activities/999999999").with(as(accounts, "officer")))
                        .andReturn()
                        .getResponse()
                        .getStatus())
                .isEqualTo(404);
    }
}
