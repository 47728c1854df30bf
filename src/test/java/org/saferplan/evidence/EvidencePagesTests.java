package org.saferplan.evidence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import org.junit.jupiter.api.Test;
import org.saferplan.IntegrationTest;
import org.saferplan.Pages;
import org.saferplan.governance.Partnerships;
import org.saferplan.security.TestUsers;
import org.saferplan.security.UserAccounts;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;

/** The evidence pages and API: what each reader sees, uploads through the page and the API, and who may not. */
@IntegrationTest
class EvidencePagesTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    UserAccounts accounts;

    @Autowired
    Partnerships partnerships;

    @Autowired
    EvidenceSeries series;

    long dorset() {
        return partnerships.findBySlug("dorset").orElseThrow().id();
    }

    EvidenceDataset demo(String title) {
        return series.datasets(dorset()).stream()
                .filter(d -> d.title().equals(title))
                .findFirst()
                .orElseThrow();
    }

    String owner() {
        return String.valueOf(
                partnerships.partners(dorset()).get(0).organisation().id());
    }

    @Test
    void everyMemberSeesTheDatasetsAndTheFlyTippingChartWithItsTable() throws Exception {
        var list = Pages.html(mvc.perform(get("/partnerships/dorset/evidence").with(TestUsers.as(accounts, "officer")))
                .andExpect(status().isOk())
                .andReturn());
        assertThat(list.title()).startsWith("Evidence");
        assertThat(list.select("table a").eachText())
                .contains(
                        "Fly-tipping incidents",
                        "A&E assault attendances (illustrative)",
                        "Modern slavery referrals (illustrative)");
        assertThat(list.select("a[href=/partnerships/dorset/evidence/datasets/new]"))
                .isEmpty();

        var dataset = demo("Fly-tipping incidents");
        var page = Pages.html(
                mvc.perform(get(EvidencePages.href("dorset", dataset.id())).with(TestUsers.as(accounts, "officer")))
                        .andExpect(status().isOk())
                        .andReturn());
        assertThat(page.select("h1").text()).isEqualTo("Fly-tipping incidents");
        assertThat(page.select("svg[role=img] title").text()).contains("Dorset Community Safety Partnership");
        // Dorset Council's five predecessor districts, 2016-17: 658 + 355 + 426 + 496 + 486.
        assertThat(page.select("#values-table tbody tr").eachText()).contains("2016-17 2,421");
        assertThat(page.text()).contains("Added up into Dorset (E06000059): East Dorset (E07000049)");
        assertThat(page.select("form[action$=/upload]")).isEmpty();

        var bcp = Pages.html(mvc.perform(get(EvidencePages.href("dorset", dataset.id()))
                        .param("area", "E06000058")
                        .with(TestUsers.as(accounts, "officer")))
                .andExpect(status().isOk())
                .andReturn());
        assertThat(bcp.select("#values-table tbody tr").eachText())
                .contains("2016-17 2,525")
                .noneMatch(row -> row.startsWith("2014-15"));

        var csv = mvc.perform(get(EvidencePages.href("dorset", dataset.id()) + "/download.csv")
                        .with(TestUsers.as(accounts, "officer")))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(csv)
                .startsWith("area_code,period,dimension,category,value,numerator,denominator\n")
                .contains("E06000059,2016-17,,,2421,,\n");
    }

    @Test
    void anAnalystAddsADatasetThroughThePage() throws Exception {
        var file = new MockMultipartFile(
                "file",
                "LA_incidents_201213_to_201718.csv",
                "text/csv",
                Files.readAllBytes(EvidenceImportTests.FLYTIPPING.resolve("LA_incidents_201213_to_201718.csv")));
        var title = "Page fly-tipping " + System.nanoTime();
        var location = mvc.perform(multipart("/partnerships/dorset/evidence/datasets/new")
                        .file(file)
                        .param("title", title)
                        .param("kind", "FLY_TIPPING")
                        .param("ownerId", owner())
                        .param("sharing", "PUBLIC")
                        .param("additive", "yes")
                        .with(csrf())
                        .with(TestUsers.as(accounts, "analyst")))
                .andExpect(status().isFound())
                .andExpect(redirectedUrlPattern("/partnerships/dorset/evidence/datasets/*?done=created"))
                .andReturn()
                .getResponse()
                .getRedirectedUrl();
        var page = Pages.html(mvc.perform(get(location).with(TestUsers.as(accounts, "analyst")))
                .andExpect(status().isOk())
                .andReturn());
        assertThat(page.select(".govuk-notification-banner--success").text()).contains("Dataset added");
        assertThat(page.select("h1").text()).isEqualTo(title);
        assertThat(page.text()).contains("skipped 60 England and region total rows");
    }

    @Test
    void aRefusedFileListsEveryProblemAndStoresNothing() throws Exception {
        var file = new MockMultipartFile(
                "file",
                "values.csv",
                "text/csv",
                "area_code,period,value\nE06000059,2021-04,1\nE07000048,2021-05,x\n".getBytes(StandardCharsets.UTF_8));
        int before = series.datasets(dorset()).size();
        var page = Pages.html(mvc.perform(multipart("/partnerships/dorset/evidence/datasets/new")
                        .file(file)
                        .param("title", "Refused " + System.nanoTime())
                        .param("kind", "INDICATOR")
                        .param("ownerId", owner())
                        .param("sharing", "PUBLIC")
                        .param("source", "Council")
                        .param("licence", "OGL")
                        .param("periodType", "MONTH")
                        .param("unit", "incidents")
                        .param("additive", "yes")
                        .with(csrf())
                        .with(TestUsers.as(accounts, "coordinator")))
                .andExpect(status().isBadRequest())
                .andReturn());
        assertThat(page.title()).startsWith("Error: Add a dataset");
        assertThat(page.select(".govuk-error-summary a[href=#file]").eachText())
                .containsExactly(
                        "values.csv, row 3, column area_code: found E07000048, which is not an area in SaferPlan's ONS"
                                + " geography; expected a current GSS code (a local authority, CSP, police force area, ward"
                                + " or LSOA)",
                        "values.csv, row 3, column value: found \"x\"; expected a number such as 412 or 12.5");
        assertThat(page.select("#file-error").text()).contains("Nothing was stored: the file has 2 problems");
        assertThat(series.datasets(dorset())).hasSize(before);
    }

    @Test
    void aRestrictedDatasetIsSeenByTheOwningPartnershipOnly() throws Exception {
        var restricted = demo("A&E assault attendances (illustrative)");
        assertThat(restricted.sharing()).isEqualTo(Sharing.RESTRICTED);
        var href = EvidencePages.href("dorset", restricted.id());
        mvc.perform(get(href).with(TestUsers.as(accounts, "officer"))).andExpect(status().isOk());
        mvc.perform(get(href).with(TestUsers.as(accounts, "wiltshire-coordinator")))
                .andExpect(status().isForbidden());
        mvc.perform(get(href + "/download.csv").with(TestUsers.as(accounts, "wiltshire-coordinator")))
                .andExpect(status().isForbidden());
        mvc.perform(get(EvidencePages.href("wiltshire", restricted.id()))
                        .with(TestUsers.as(accounts, "wiltshire-coordinator")))
                .andExpect(status().isNotFound());
        mvc.perform(get(href)).andExpect(status().isFound()).andExpect(redirectedUrl("/sign-in"));
        var api = "/api/v1/partnerships/dorset/evidence/datasets/" + restricted.id();
        mvc.perform(get(api)).andExpect(status().isUnauthorized());
        mvc.perform(get(api).with(httpBasic("wiltshire-coordinator", "saferplan-demo")))
                .andExpect(status().isForbidden());
        mvc.perform(get("/api/v1/partnerships/wiltshire/evidence/datasets/" + restricted.id())
                        .with(httpBasic("wiltshire-coordinator", "saferplan-demo")))
                .andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/partnerships/wiltshire/evidence/datasets")
                        .with(httpBasic("wiltshire-coordinator", "saferplan-demo")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.length()").value(0));
        mvc.perform(get(api).with(httpBasic("officer", "saferplan-demo")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.sharing").value("RESTRICTED"))
                .andExpect(jsonPath("$.illustrative").value(true));
    }

    @Test
    void theApiListsDatasetsAndTakesNewVersions() throws Exception {
        var header = "area_code,period,value\n";
        var created = mvc.perform(multipart("/api/v1/partnerships/dorset/evidence/datasets")
                        .file(new MockMultipartFile(
                                "file",
                                "v1.csv",
                                "text/csv",
                                (header + "E06000059,2022,5\n").getBytes(StandardCharsets.UTF_8)))
                        .param("title", "Api " + System.nanoTime())
                        .param("kind", "INDICATOR")
                        .param("ownerId", owner())
                        .param("sharing", "PUBLIC")
                        .param("source", "Council")
                        .param("licence", "OGL")
                        .param("periodType", "YEAR")
                        .param("unit", "reports")
                        .param("additive", "yes")
                        .with(httpBasic("analyst", "saferplan-demo")))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.values").value(1))
                .andReturn()
                .getResponse()
                .getContentAsString();
        long id = Long.parseLong(created.replaceAll("(?s).*?\"id\":(\\d+).*", "$1"));
        var path = "/api/v1/partnerships/dorset/evidence/datasets/" + id;
        var v2 = new MockMultipartFile(
                "file",
                "v2.csv",
                "text/csv",
                (header + "E06000059,2022,5\nE06000059,2023,7\n").getBytes(StandardCharsets.UTF_8));
        mvc.perform(multipart(path).file(v2).with(httpBasic("analyst", "saferplan-demo")))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.changed").value(true));
        mvc.perform(multipart(path).file(v2).with(httpBasic("coordinator", "saferplan-demo")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.changed").value(false));
        mvc.perform(multipart(path)
                        .file(new MockMultipartFile(
                                "file",
                                "bad.csv",
                                "text/csv",
                                (header + "E06000059,20x3,7\n").getBytes(StandardCharsets.UTF_8)))
                        .with(httpBasic("analyst", "saferplan-demo")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].message")
                        .value("bad.csv, row 2, column period: found \"20x3\";"
                                + " expected a year written like 2021"));
        mvc.perform(multipart(path).file(v2).with(httpBasic("officer", "saferplan-demo")))
                .andExpect(status().isForbidden());
        mvc.perform(get(path).with(httpBasic("officer", "saferplan-demo")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.values.length()").value(2))
                .andExpect(jsonPath("$.values[1].period").value("2023"));
        mvc.perform(get("/api/v1/partnerships/dorset/evidence/datasets").with(httpBasic("officer", "saferplan-demo")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[?(@.title == 'Fly-tipping incidents')].source")
                        .value(org.hamcrest.Matchers.contains(org.hamcrest.Matchers.startsWith("Defra"))));
    }
}
