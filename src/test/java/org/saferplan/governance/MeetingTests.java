package org.saferplan.governance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.saferplan.security.TestUsers.as;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.saferplan.IntegrationTest;
import org.saferplan.Pages;
import org.saferplan.governance.web.ActionForm;
import org.saferplan.governance.web.DecisionForm;
import org.saferplan.governance.web.GroupForm;
import org.saferplan.governance.web.MeetingForm;
import org.saferplan.security.UserAccounts;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

@IntegrationTest
class MeetingTests {

    private static final String BASE = "/partnerships/dorset/governance";

    @Autowired
    MockMvc mvc;

    @Autowired
    UserAccounts accounts;

    @Autowired
    Partnerships partnerships;

    @Autowired
    Governance governance;

    private long dorset() {
        return partnerships.findBySlug("dorset").orElseThrow().id();
    }

    private long wiltshire() {
        return partnerships.findBySlug("wiltshire").orElseThrow().id();
    }

    private Group group(long partnershipId, String name) {
        return governance.createGroup(partnershipId, new GroupForm(name + " " + System.nanoTime(), "PCG", "", ""));
    }

    private Meeting meeting(long partnershipId, Group group, String date) {
        return governance.addMeeting(
                partnershipId, group.id(), new MeetingForm(date, "10:00", "Hall", "ORDINARY", "PLANNED"));
    }

    private Document page(String username, String path) throws Exception {
        return Pages.html(mvc.perform(get(path).with(as(accounts, username)))
                .andExpect(status().isOk())
                .andReturn());
    }

    private MockHttpServletRequestBuilder postAs(String username, String path) {
        return post(path).with(as(accounts, username)).with(csrf());
    }

    @Test
    void theDemoShowsTheBoardWithItsPcgsAndEveryStatutoryMember() throws Exception {
        var page = page("officer", BASE);
        assertThat(page.title()).isEqualTo("Governance – Dorset Community Safety Partnership – SaferPlan");
        assertThat(page.select("h1").text()).isEqualTo("Governance");
        assertThat(page.select(".app-group-tree .app-group-tree a").eachText())
                .contains("North Dorset PCG (illustrative)", "West Dorset PCG (illustrative)");
        var board = governance.groups(dorset()).stream()
                .filter(g -> g.kind() == GroupKind.BOARD)
                .findFirst()
                .orElseThrow();
        var boardPage = page("officer", BASE + "/groups/" + board.id());
        assertThat(boardPage.select("h1").text()).isEqualTo("Dorset Community Safety Partnership");
        assertThat(boardPage
                        .select("table:has(caption:containsOwn(Members)) tbody tr")
                        .eachText())
                .anyMatch(r -> r.contains("Dorset Police"))
                .anyMatch(r -> r.contains("Dorset Council"))
                .anyMatch(r -> r.contains("Dorset & Wiltshire Fire & Rescue Authority"))
                .anyMatch(r -> r.contains("National Probation Service"))
                .anyMatch(r -> r.contains("Dorset, Devon and Cornwall Probation"))
                .anyMatch(r -> r.contains("Dorset Clinical Commissioning Group"))
                .allMatch(r -> r.contains("(illustrative)"));
        assertThat(boardPage
                        .select("table:has(caption:containsOwn(Former members))")
                        .text())
                .contains("Lee Harper");
        assertThat(boardPage.select(".govuk-tag").eachText()).contains("Annual public meeting");
        var planned = governance.meetings(dorset(), board.id()).stream()
                .filter(m -> !m.held())
                .findFirst()
                .orElseThrow();
        var meetingPage = page("officer", BASE + "/meetings/" + planned.id());
        assertThat(meetingPage
                        .select("table:has(caption:containsOwn(Actions carried forward)) tbody tr")
                        .eachText())
                .anyMatch(r -> r.startsWith("Share Cardiff Model data"))
                .noneMatch(r -> r.startsWith("Publish the refreshed plan"));
    }

    @Test
    void anOpenActionIsCarriedIntoTheNextMeetingOfTheSameGroupOnly() throws Exception {
        var dorset = dorset();
        var group = group(dorset, "Carry PCG");
        var other = group(dorset, "Other PCG");
        var first = meeting(dorset, group, "2021-01-10");
        var next = meeting(dorset, group, "2021-02-10");
        var elsewhere = meeting(dorset, other, "2021-02-10");
        governance.raiseAction(dorset, first.id(), new ActionForm("Walk the estate", "Sam", "", "2021-01-31"));
        var done = governance.raiseAction(dorset, first.id(), new ActionForm("Fix the lights", "", "", ""));
        mvc.perform(postAs("coordinator", BASE + "/meetings/" + next.id() + "/actions/" + done.id())
                        .param("status", "DONE")
                        .param("note", "Fixed"))
                .andExpect(status().is3xxRedirection());
        var later = meeting(dorset, group, "2021-03-10");

        assertThat(carried(next)).containsExactly("Walk the estate", "Fix the lights");
        assertThat(page("officer", BASE + "/meetings/" + next.id()).text())
                .contains("Done at the meeting on 10 February 2021: Fixed");
        assertThat(carried(later)).containsExactly("Walk the estate");
        assertThat(carried(elsewhere)).isEmpty();
        mvc.perform(get(BASE + "/meetings/" + elsewhere.id() + "/actions/" + done.id())
                        .with(as(accounts, "coordinator")))
                .andExpect(status().isNotFound());
    }

    private java.util.List<String> carried(Meeting meeting) {
        return governance.actionsCarriedInto(meeting).stream()
                .map(ActionItem::text)
                .toList();
    }

    @Test
    void theActionLogListsOverdueFirstAndFilters() throws Exception {
        var dorset = dorset();
        var group = group(dorset, "Log PCG");
        var m = meeting(dorset, group, "2021-01-10");
        var future = Governance.today().plusDays(20).toString();
        governance.raiseAction(dorset, m.id(), new ActionForm("Later one", "", "", future));
        governance.raiseAction(dorset, m.id(), new ActionForm("Overdue one", "", "", "2021-02-01"));
        var page = page("officer", BASE + "/actions?group=" + group.id());
        assertThat(page.select("h1").text()).isEqualTo("Action log");
        var rows = page.select("table tbody tr").eachText();
        assertThat(rows).hasSize(2);
        assertThat(rows.get(0)).startsWith("Overdue one").contains("Overdue");
        assertThat(rows.get(1)).startsWith("Later one");
    }

    @Test
    void badInputIsReportedWithA400AndNothingIsStored() throws Exception {
        var dorset = dorset();
        var before = governance.groups(dorset).size();
        var foreign = group(wiltshire(), "Wiltshire group");
        var page = Pages.html(mvc.perform(postAs("coordinator", BASE + "/groups/new")
                        .param("name", " ")
                        .param("kind", "PCG")
                        .param("parentId", String.valueOf(foreign.id())))
                .andExpect(status().isBadRequest())
                .andReturn());
        assertThat(page.title()).startsWith("Error: Add a group");
        assertThat(page.select(".govuk-error-summary a").eachAttr("href")).containsExactly("#name", "#parentId");
        assertThat(governance.groups(dorset)).hasSize(before);

        var group = group(dorset, "Input PCG");
        var future = meeting(dorset, group, Governance.today().plusDays(3).toString());
        var action = Pages.html(mvc.perform(postAs("coordinator", BASE + "/meetings/" + future.id() + "/actions/new")
                        .param("text", "Do it")
                        .param("dueOn", "next week"))
                .andExpect(status().isBadRequest())
                .andReturn());
        assertThat(action.title()).startsWith("Error: Raise an action");
        assertThat(action.select(".govuk-error-summary a[href=#dueOn]").text())
                .isEqualTo("The due date must be a real date, like 2021-06-30");
        assertThat(governance.actionsRaisedAt(future)).isEmpty();

        var held = Pages.html(mvc.perform(postAs("coordinator", BASE + "/meetings/" + future.id() + "/edit")
                        .param("date", future.startsAt().toLocalDate().toString())
                        .param("time", "10:00")
                        .param("kind", "ORDINARY")
                        .param("status", "HELD"))
                .andExpect(status().isBadRequest())
                .andReturn());
        assertThat(held.select(".govuk-error-summary a[href=#status]").text())
                .isEqualTo("A meeting can only be marked held once its date has passed");
        assertThat(governance.meeting(dorset, future.id()).held()).isFalse();

        var member = Pages.html(mvc.perform(postAs("coordinator", BASE + "/groups/" + group.id() + "/members/new")
                        .param("personName", "")
                        .param("role", "Member"))
                .andExpect(status().isBadRequest())
                .andReturn());
        assertThat(member.select(".govuk-error-summary a").eachAttr("href")).containsExactly("#personName");
        assertThat(governance.members(dorset, group.id())).isEmpty();
    }

    @Test
    void aHeldMeetingRefusesChangesToItsDecisionsButItsActionsCanBeUpdatedLater() throws Exception {
        var dorset = dorset();
        var group = group(dorset, "Held PCG");
        var m = meeting(dorset, group, "2021-01-10");
        governance.addDecision(dorset, m.id(), new DecisionForm("Agreed", ""));
        var action = governance.raiseAction(dorset, m.id(), new ActionForm("Report back", "", "", ""));
        mvc.perform(postAs("coordinator", BASE + "/meetings/" + m.id() + "/edit")
                        .param("date", "2021-01-10")
                        .param("time", "10:00")
                        .param("kind", "ORDINARY")
                        .param("status", "HELD"))
                .andExpect(status().is3xxRedirection());
        var refused = Pages.html(mvc.perform(postAs("coordinator", BASE + "/meetings/" + m.id() + "/decisions/new")
                        .param("text", "Another"))
                .andExpect(status().isConflict())
                .andReturn());
        assertThat(refused.select("main p").text()).contains("has been held, so its decisions can no longer change");
        assertThat(governance.decisions(m)).hasSize(1);
        assertThat(page("coordinator", BASE + "/meetings/" + m.id()).select("a:containsOwn(Record a decision)"))
                .isEmpty();

        var next = meeting(dorset, group, "2021-02-10");
        mvc.perform(postAs("coordinator", BASE + "/meetings/" + next.id() + "/actions/" + action.id())
                        .param("status", "DROPPED")
                        .param("note", ""))
                .andExpect(status().is3xxRedirection());
        assertThat(governance.updates(governance.action(dorset, action.id())))
                .extracting(ActionUpdate::meetingId)
                .containsExactly(next.id());
    }

    @Test
    void hostileTextIsEscaped() throws Exception {
        var dorset = dorset();
        var group = group(dorset, "Escape PCG");
        var m = meeting(dorset, group, "2021-01-10");
        mvc.perform(postAs("coordinator", BASE + "/meetings/" + m.id() + "/decisions/new")
                        .param("text", "<script>alert('x')</script> agreed"))
                .andExpect(status().is3xxRedirection());
        var shown = mvc.perform(get(BASE + "/meetings/" + m.id()).with(as(accounts, "officer")))
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(shown).contains("&lt;script&gt;alert(").doesNotContain("<script>alert(");
    }

    @Test
    void anOfficerReadsButEveryChangeIsForbidden() throws Exception {
        var dorset = dorset();
        var group = group(dorset, "Officer PCG");
        var m = meeting(dorset, group, "2021-01-10");
        var action = governance.raiseAction(dorset, m.id(), new ActionForm("Check", "", "", ""));
        for (var path :
                new String[] {BASE, BASE + "/groups/" + group.id(), BASE + "/meetings/" + m.id(), BASE + "/actions"}) {
            var page = page("officer", path);
            assertThat(page.select("main form[method=post]")).as(path).isEmpty();
        }
        for (var path : new String[] {
            BASE + "/groups/new",
            BASE + "/groups/" + group.id() + "/edit",
            BASE + "/groups/" + group.id() + "/members/new",
            BASE + "/groups/" + group.id() + "/meetings/new",
            BASE + "/meetings/" + m.id() + "/edit",
            BASE + "/meetings/" + m.id() + "/attendance",
            BASE + "/meetings/" + m.id() + "/agenda/new",
            BASE + "/meetings/" + m.id() + "/decisions/new",
            BASE + "/meetings/" + m.id() + "/actions/new",
            BASE + "/meetings/" + m.id() + "/actions/" + action.id()
        }) {
            mvc.perform(postAs("officer", path)
                            .param("name", "X")
                            .param("text", "X")
                            .param("status", "DONE")
                            .param("personName", "X")
                            .param("kind", "PCG"))
                    .andExpect(status().isForbidden());
        }
        assertThat(governance.agenda(m)).isEmpty();
        assertThat(governance.decisions(m)).isEmpty();
        assertThat(governance.action(dorset, action.id()).status()).isEqualTo(ActionStatus.OPEN);
        assertThat(governance.members(dorset, group.id())).isEmpty();
    }

    @Test
    void anotherPartnershipCannotSeeDorsetsGovernanceAndForeignIdsAreNotFound() throws Exception {
        mvc.perform(get(BASE).with(as(accounts, "wiltshire-coordinator"))).andExpect(status().isForbidden());
        mvc.perform(get("/api/v1/partnerships/dorset/groups")
                        .with(httpBasic("wiltshire-coordinator", "saferplan-demo")))
                .andExpect(status().isForbidden());
        mvc.perform(get("/api/v1/partnerships/dorset/meetings")
                        .with(httpBasic("wiltshire-coordinator", "saferplan-demo")))
                .andExpect(status().isForbidden());
        var foreign = group(wiltshire(), "Foreign");
        var foreignMeeting = meeting(wiltshire(), foreign, "2021-01-10");
        mvc.perform(get(BASE + "/groups/" + foreign.id()).with(as(accounts, "coordinator")))
                .andExpect(status().isNotFound());
        mvc.perform(get(BASE + "/meetings/" + foreignMeeting.id()).with(as(accounts, "coordinator")))
                .andExpect(status().isNotFound());
        mvc.perform(postAs("coordinator", BASE + "/meetings/" + foreignMeeting.id() + "/decisions/new")
                        .param("text", "Sneaky"))
                .andExpect(status().isNotFound());
        assertThat(governance.decisions(foreignMeeting)).isEmpty();
    }

    @Test
    void theApiListsGroupsWithMembersAndMeetingsWithDecisionsAndActions() throws Exception {
        var groups = mvc.perform(get("/api/v1/partnerships/dorset/groups").with(httpBasic("officer", "saferplan-demo")))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(groups).contains("\"kind\":\"BOARD\"", "Sam Carter (illustrative)", "North Dorset PCG");
        var meetings = mvc.perform(
                        get("/api/v1/partnerships/dorset/meetings").with(httpBasic("officer", "saferplan-demo")))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(meetings).contains("ANNUAL_PUBLIC_MEETING", "approved for publication", "Share Cardiff Model data");
    }

    @Test
    void aCoordinatorAddsAMemberAndTheFormPagesRender() throws Exception {
        var dorset = dorset();
        var group = group(dorset, "Forms PCG");
        assertThat(page("coordinator", BASE + "/groups/new").select("h1").text())
                .isEqualTo("Add a group");
        assertThat(page("coordinator", BASE + "/groups/" + group.id() + "/members/new")
                        .select("h1")
                        .text())
                .isEqualTo("Add a member");
        mvc.perform(postAs("coordinator", BASE + "/groups/" + group.id() + "/members/new")
                        .param("personName", "Pat Doe")
                        .param("role", "Chair")
                        .param("electedMember", "true"))
                .andExpect(status().is3xxRedirection());
        var page = page("coordinator", BASE + "/groups/" + group.id() + "?done=member-added");
        assertThat(page.select(".govuk-notification-banner--success").text()).contains("Member added");
        assertThat(page.select("table:has(caption:containsOwn(Members)) tbody tr")
                        .eachText())
                .containsExactly("Pat Doe Elected member Edit Pat Doe None Chair Not recorded");
        var m = meeting(dorset, group, "2021-01-10");
        for (var form : new String[] {"/edit", "/attendance", "/agenda/new", "/decisions/new", "/actions/new"}) {
            assertThat(page("coordinator", BASE + "/meetings/" + m.id() + form).select("h1"))
                    .hasSize(1);
        }
        mvc.perform(postAs("coordinator", BASE + "/meetings/" + m.id() + "/attendance")
                        .param(
                                "present",
                                String.valueOf(governance
                                        .members(dorset, group.id())
                                        .get(0)
                                        .id())))
                .andExpect(status().is3xxRedirection());
        assertThat(page("officer", BASE + "/meetings/" + m.id())
                        .select("table:has(caption:containsOwn(Attendance))" + " tbody tr")
                        .eachText())
                .containsExactly("Pat Doe None Chair Present");
    }
}
