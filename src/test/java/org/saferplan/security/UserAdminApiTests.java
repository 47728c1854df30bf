package org.saferplan.security;

import static org.hamcrest.Matchers.hasItem;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.saferplan.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

@IntegrationTest
class UserAdminApiTests {

    @Autowired
    MockMvc mvc;

    @Test
    void listsEveryUserWithTheirPartnershipRoles() throws Exception {
        var coordinator = "$[?(@.username == 'coordinator')]";
        mvc.perform(get("/api/v1/admin/users").with(httpBasic("demo-admin", "saferplan-demo")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[*].username", hasItem("demo-admin")))
                .andExpect(jsonPath(coordinator + ".displayName", hasItem("Casey Morgan")))
                .andExpect(jsonPath(coordinator + ".id").isNotEmpty())
                .andExpect(jsonPath(coordinator + ".administrator", hasItem(false)))
                .andExpect(jsonPath(coordinator + ".demoOnly", hasItem(true)))
                .andExpect(jsonPath(coordinator + ".enabled", hasItem(true)))
                .andExpect(jsonPath(coordinator + ".memberships[0].partnership", hasItem("dorset")))
                .andExpect(jsonPath(coordinator + ".memberships[0].role", hasItem("COORDINATOR")))
                .andExpect(jsonPath(coordinator + ".memberships[0].organisation", hasItem("Dorset Council")))
                .andExpect(jsonPath("$[?(@.username == 'demo-admin')].administrator", hasItem(true)));
    }

    @Test
    void neverShowsPasswordHashes() throws Exception {
        mvc.perform(get("/api/v1/admin/users")
                        .with(httpBasic("demo-admin", "saferplan-demo"))
                        .accept(MediaType.APPLICATION_JSON))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[0].password").doesNotExist())
                .andExpect(jsonPath("$[0].passwordHash").doesNotExist());
    }
}
