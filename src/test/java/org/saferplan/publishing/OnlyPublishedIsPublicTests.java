package org.saferplan.publishing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.saferplan.IntegrationTest;
import org.saferplan.governance.Partnerships;
import org.saferplan.plan.PlanDocuments;
import org.saferplan.security.UserAccounts;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Only what is published is public: drafts and approved but unpublished versions, and the workspace's internal
 * records (activity updates and their RAG status, evidence notes, indicator notes, meeting records, members'
 * names, restricted evidence datasets) appear on no public page, in no download or PDF and in no public API answer.
 */
@IntegrationTest
class OnlyPublishedIsPublicTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    UserAccounts accounts;

    @Autowired
    Partnerships partnerships;

    @Autowired
    PlanDocuments planDocuments;

    private static String version(String year, String status, String marker) {
        return """
                plan: Marker plan
                years: 2020-2023
                version: %1$s refresh
                financial-year: %1$s
                status: %2$s

                == section INTRODUCTION
                Introduction words %3$s-intro

                == section GOVERNANCE
                Governance words %3$s-governance

                == theme PRIORITY Rural Crime %3$s-theme
                activity: Dorset Police | Patrol farms %3$s-activity
                measure: DECREASE | Agricultural theft reduced %3$s-measure
                """.formatted(year, status, marker);
    }

    @Test
    void draftAndApprovedVersionsAppearNowhereInPublic() throws Exception {
        var slug = "markers-" + System.nanoTime();
        var partnership = PublishingFixtures.partnership(partnerships, accounts, slug);
        planDocuments.load(partnership.id(), version("2020-21", "PUBLISHED", "PUBLISHEDMARK"));
        planDocuments.load(partnership.id(), version("2021-22", "APPROVED", "APPROVEDMARK"));
        planDocuments.load(partnership.id(), version("2022-23", "DRAFT", "DRAFTMARK"));

        var surface = PublicSurface.of(mvc, slug);
        assertThat(surface.keySet())
                .contains(
                        "/public/" + slug + "/plan",
                        "/public/" + slug + "/plan/2020-21-refresh",
                        "/public/" + slug + "/plan/2020-21-refresh.pdf",
                        "/public/" + slug + "/plan/2020-21-refresh/measures.csv",
                        "/public/" + slug + "/plan/2020-21-refresh/activities.json",
                        "/api/v1/public/partnerships/" + slug + "/plan/versions/2020-21-refresh");
        for (var suffix : List.of("intro", "governance", "theme", "activity", "measure")) {
            assertThat(String.join("\n", surface.values())).contains("PUBLISHEDMARK-" + suffix);
        }
        surface.forEach((path, text) -> assertThat(text).as(path).doesNotContain("APPROVEDMARK", "DRAFTMARK"));

        // Nor at the addresses they would have if they were published.
        for (var path : List.of(
                "/public/" + slug + "/plan/2021-22-refresh",
                "/public/" + slug + "/plan/2022-23-refresh",
                "/public/" + slug + "/plan/2021-22-refresh.pdf",
                "/public/" + slug + "/plan/2021-22-refresh/measures.csv",
                "/api/v1/public/partnerships/" + slug + "/plan/versions/2021-22-refresh")) {
            mvc.perform(get(path)).andExpect(status().isNotFound());
        }
    }

    @Test
    void internalCommentaryAndMeetingRecordsAppearNowhereInPublic() throws Exception {
        var internal = internalTexts();
        assertThat(internal).hasSizeGreaterThan(20);
        var surface = PublicSurface.of(mvc, "dorset");
        assertThat(surface).hasSizeGreaterThan(20);
        for (Map.Entry<String, String> page : surface.entrySet()) {
            for (var text : internal) {
                assertThat(page.getValue())
                        .as(page.getKey() + " must not show: " + text)
                        .doesNotContain(text);
            }
            assertThat(page.getValue())
                    .as(page.getKey())
                    .doesNotContainIgnoringCase("amber")
                    .doesNotContain("On track", "Off track", "At risk");
        }
    }

    /**
     * The demo workspace's internal texts: update commentary, evidence and indicator notes, meeting records, and the
     * titles and descriptions of restricted evidence datasets.
     */
    private static List<String> internalTexts() {
        var texts = new ArrayList<String>();
        for (var line : PublishingFixtures.demoPlan("performance.txt").split("\n")) {
            var fields = line.split(" \\| ");
            if (line.startsWith("update:") || line.startsWith("evidence:") || line.startsWith("note:")) {
                texts.add(fields[fields.length - 1].strip());
            }
            if (line.startsWith("indicator:")) {
                texts.add(fields[fields.length - 1].strip());
            }
        }
        for (var line : PublishingFixtures.demoPlan("governance.txt").split("\n")) {
            var fields = line.split(" \\| ");
            if (line.startsWith("member:")) {
                texts.add(fields[1].replace(" (illustrative)", "").strip());
            } else if (line.startsWith("meeting:")) {
                texts.add(fields[4].strip());
            } else if (line.startsWith("decision:")) {
                texts.add(fields[1].strip());
            } else if (line.startsWith("action:")) {
                texts.add(fields[2].strip());
            } else if (line.startsWith("update:")) {
                texts.add(fields[fields.length - 1].strip());
            }
        }
        for (var line : PublishingFixtures.demoPlan("evidence.txt").split("\n")) {
            var fields = line.split(" \\| ");
            if (!line.startsWith("#") && fields.length > 3 && fields[3].strip().equals("RESTRICTED")) {
                texts.add(fields[0].strip());
                texts.add(fields[fields.length - 1].strip());
            }
        }
        return texts;
    }
}
