package org.saferplan.publishing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.saferplan.security.TestUsers.as;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.saferplan.IntegrationTest;
import org.saferplan.Pages;
import org.saferplan.governance.Partnerships;
import org.saferplan.plan.PlanDocuments;
import org.saferplan.security.UserAccounts;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/** The workspace's Publishing page: what is public, links to it, and previews of what is not. */
@IntegrationTest
class PublishingWorkspaceTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    UserAccounts accounts;

    @Autowired
    Partnerships partnerships;

    @Autowired
    PlanDocuments planDocuments;

    @Test
    void showsWhatIsPublicWithLinksToThePublicPages() throws Exception {
        var page = Pages.html(mvc.perform(get("/partnerships/dorset/publishing").with(as(accounts, "coordinator")))
                .andExpect(status().isOk())
                .andReturn());
        assertThat(page.select("h1").text()).isEqualTo("Publishing");
        assertThat(page.select("main a").eachAttr("href"))
                .contains(
                        "/public/dorset",
                        "/public/dorset/plan",
                        "/public/dorset/plan/2021-22-refresh",
                        "/public/dorset/plan/2020-21",
                        "/public/dorset/plan/2021-22-refresh.pdf",
                        "/public/dorset/statistics",
                        "/public/dorset/open-data");
        assertThat(page.select("nav[aria-label=\"Partnership workspace\"] a[aria-current=page]")
                        .text())
                .isEqualTo("Publishing");
    }

    @Test
    void previewsAnUnpublishedVersionOnlyInsideTheWorkspace() throws Exception {
        var slug = "preview-" + System.nanoTime();
        var partnership = PublishingFixtures.partnership(partnerships, accounts, slug);
        long versionId = planDocuments.load(
                partnership.id(),
                PublishingFixtures.withStatus(PublishingFixtures.demoPlan("plan-2021-22.txt"), "APPROVED"));
        var coordinator = slug + "-coordinator";
        var workspace = Pages.html(
                mvc.perform(get("/partnerships/" + slug + "/publishing").with(as(accounts, coordinator)))
                        .andExpect(status().isOk())
                        .andReturn());
        var preview = "/partnerships/" + slug + "/publishing/preview/" + versionId;
        assertThat(workspace.select("main a").eachAttr("href")).contains(preview);
        assertThat(workspace.text()).contains("No version of the partnership's plans is published yet");

        var shown = Pages.html(mvc.perform(get(preview).with(as(accounts, coordinator)))
                .andExpect(status().isOk())
                .andReturn());
        assertThat(shown.select(".govuk-warning-text").text()).contains("this version is not public");
        assertThat(shown.text()).contains("Reduce Livestock Offences including theft of and worrying/attacks");

        mvc.perform(get(preview)).andExpect(status().is3xxRedirection());
        mvc.perform(get(preview).with(as(accounts, "coordinator"))).andExpect(status().isForbidden());
        mvc.perform(get("/public/" + slug + "/plan")).andExpect(status().isNotFound());
    }
}
