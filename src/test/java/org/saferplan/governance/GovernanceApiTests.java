package org.saferplan.governance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.is;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.saferplan.IntegrationTest;
import org.saferplan.security.TestUsers;
import org.saferplan.security.UserAccounts;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

@IntegrationTest
class GovernanceApiTests {

    private static final String PASSWORD = "saferplan-demo";

    @Autowired
    MockMvc mvc;

    @Autowired
    UserAccounts accounts;

    @Autowired
    Organisations organisations;

    @Test
    void membersReadTheirPartnershipAndItsPartners() throws Exception {
        mvc.perform(get("/api/v1/partnerships/dorset").with(httpBasic("coordinator", PASSWORD)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.slug").value("dorset"))
                .andExpect(jsonPath("$.name").value("Dorset Community Safety Partnership"))
                .andExpect(jsonPath("$.area[0]").value("E06000059"))
                .andExpect(jsonPath("$.partners[?(@.name == 'Dorset Police')].type")
                        .value(hasItem("POLICE")))
                .andExpect(jsonPath("$.partners[?(@.name == 'Dorset Police')].statutory")
                        .value(hasItem(true)))
                .andExpect(jsonPath("$.partners[?(@.name == 'Dorset Police')].membership")
                        .value(hasItem("BOARD_MEMBER")))
                .andExpect(jsonPath("$.partners[?(@.name == 'Public Health Dorset')].membership")
                        .value(hasItem("CONTRIBUTING_PARTNER")))
                .andExpect(jsonPath("$.partners[0].id").isNumber());
        mvc.perform(get("/api/v1/partnerships/dorset").with(httpBasic("officer", PASSWORD)))
                .andExpect(status().isOk());
    }

    @Test
    void anotherPartnershipsCoordinatorIsForbiddenAndStrangersUnauthorised() throws Exception {
        mvc.perform(get("/api/v1/partnerships/dorset").with(httpBasic("wiltshire-coordinator", PASSWORD)))
                .andExpect(status().isForbidden());
        mvc.perform(get("/api/v1/partnerships/dorset/audit").with(httpBasic("wiltshire-coordinator", PASSWORD)))
                .andExpect(status().isForbidden());
        mvc.perform(get("/api/v1/partnerships/dorset")).andExpect(status().isUnauthorized());
        mvc.perform(get("/api/v1/partnerships/dorset").with(httpBasic("coordinator", "wrong-password")))
                .andExpect(status().isUnauthorized());
    }

    @Test
    void coordinatorsReadTheAuditTrailWithValuesAsJson() throws Exception {
        var organisation = organisations.create("Wimborne Trust " + System.nanoTime(), OrganisationType.OTHER);
        mvc.perform(post("/partnerships/dorset/partners")
                        .with(TestUsers.as(accounts, "coordinator"))
                        .with(csrf())
                        .param("organisationId", String.valueOf(organisation.id()))
                        .param("membership", "CONTRIBUTING_PARTNER"))
                .andExpect(status().is3xxRedirection());

        var body = mvc.perform(get("/api/v1/partnerships/dorset/audit")
                        .param("recordType", "partner")
                        .param("actor", "coordinator")
                        .with(httpBasic("coordinator", PASSWORD)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[0].actor").value("coordinator"))
                .andExpect(jsonPath("$[0].recordType").value("partner"))
                .andExpect(jsonPath("$[0].action").value("created"))
                .andExpect(jsonPath("$[0].before").value((Object) null))
                .andExpect(jsonPath("$[0].after.organisation").value(organisation.name()))
                .andExpect(jsonPath("$[0].after.membership").value("CONTRIBUTING_PARTNER"))
                .andExpect(jsonPath("$[*].actor").value(everyItem(is("coordinator"))))
                .andExpect(jsonPath("$[0].occurredAt").isString())
                .andExpect(jsonPath("$[0].id").isNumber())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(body).doesNotContain("wiltshire");
        mvc.perform(get("/api/v1/partnerships/dorset/audit").with(httpBasic("officer", PASSWORD)))
                .andExpect(status().isForbidden());
    }

    @Test
    void administratorsListEveryOrganisation() throws Exception {
        mvc.perform(get("/api/v1/admin/organisations").with(httpBasic("demo-admin", PASSWORD)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[?(@.name == 'Dorset Police')].type").value(hasItem("POLICE")))
                .andExpect(jsonPath("$[?(@.name == 'Dorset Police')].statutory").value(hasItem(true)))
                .andExpect(jsonPath("$[?(@.name == 'Public Health Dorset')].statutory")
                        .value(hasItem(false)))
                .andExpect(jsonPath("$[0].id").isNumber());
        mvc.perform(get("/api/v1/admin/organisations").with(httpBasic("coordinator", PASSWORD)))
                .andExpect(status().isForbidden());
        mvc.perform(get("/api/v1/admin/organisations")).andExpect(status().isUnauthorized());
    }
}
