package org.saferplan.crime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.saferplan.IntegrationTest;
import org.saferplan.Pages;
import org.saferplan.security.TestUsers;
import org.saferplan.security.UserAccounts;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;

@IntegrationTest
class CrimePagesTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    UserAccounts accounts;

    @Autowired
    CrimeImports imports;

    @Autowired
    org.springframework.jdbc.core.simple.JdbcClient jdbc;

    final TestFiles files = new TestFiles();

    @Test
    void theDataPageShowsRowCountsAndMissingMonthsNeverZero() throws Exception {
        var page = Pages.html(mvc.perform(get("/crime/data?year=2018").with(TestUsers.as(accounts, "officer")))
                .andExpect(status().isOk())
                .andReturn());
        assertThat(page.title()).isEqualTo("Crime data 2018 – SaferPlan");
        assertThat(page.select("h1").text()).isEqualTo("Crime data");
        var street = page.selectFirst("table#street");
        assertThat(street.selectFirst("caption").text()).isEqualTo("Street-level crime, 2018: rows by force and month");
        assertThat(street.select("thead th[scope=col]")).hasSize(13);
        var dorset = street.selectFirst("tr[data-force=dorset]");
        assertThat(dorset.selectFirst("th[scope=row]").text()).isEqualTo("Dorset Police");
        var cells = dorset.select("td");
        assertThat(cells.get(9).text()).isEqualTo("6,440");
        assertThat(cells.get(8).text()).isEqualTo("Missing");
        assertThat(page.selectFirst("table#outcomes tr[data-force=dorset] td").text())
                .isEqualTo("Missing");
        assertThat(page.select("a[href=/crime/imports]")).isEmpty();
        assertThat(page.select("nav a[href=/crime/data]").text()).contains("Crime data");
    }

    @Test
    void aFileWithNoRowsIsMissingToo() throws Exception {
        imports.runNow(
                "test",
                List.of(
                        files.file("2034-01-test-page-empty-street.csv", TestFiles.STREET_HEADER + "\n"),
                        files.file("2034-02-test-page-empty-street.csv", TestFiles.streetFile("2034-02", 3))));
        var page = Pages.html(mvc.perform(get("/crime/data?year=2034").with(TestUsers.as(accounts, "analyst")))
                .andExpect(status().isOk())
                .andReturn());
        var cells = page.select("table#street tr[data-force=test-page-empty] td");
        assertThat(cells.get(0).text()).isEqualTo("Missing");
        assertThat(cells.get(1).text()).isEqualTo("3");
        assertThat(page.select("a[href=/crime/imports]").text()).isEqualTo("Import police.uk data");
    }

    @Test
    void theImportsPageOffersAnUploadOfSeveralCsvOrZipFiles() throws Exception {
        var page = Pages.html(mvc.perform(get("/crime/imports").with(TestUsers.as(accounts, "coordinator")))
                .andExpect(status().isOk())
                .andReturn());
        assertThat(page.title()).isEqualTo("Import police.uk data – SaferPlan");
        var input = page.selectFirst("form[action=/crime/imports][enctype=multipart/form-data] input[type=file]");
        assertThat(input.attr("name")).isEqualTo("file");
        assertThat(input.hasAttr("multiple")).isTrue();
        assertThat(input.attr("accept")).contains(".csv", ".zip");
        assertThat(page.select("table caption").text()).contains("Imports");
        assertThat(page.select("table a[href^=/crime/imports/]")).isNotEmpty();
    }

    @Test
    void uploadingWithoutAFileShowsTheErrorSummary() throws Exception {
        var page =
                Pages.html(mvc.perform(multipart("/crime/imports").with(csrf()).with(TestUsers.as(accounts, "analyst")))
                        .andExpect(status().isBadRequest())
                        .andReturn());
        assertThat(page.title()).startsWith("Error: Import police.uk data");
        assertThat(page.select(".govuk-error-summary a[href=#file]").text())
                .isEqualTo("Choose police.uk CSV files or a zip downloaded from data.police.uk");
    }

    @Test
    void anUploadRedirectsToTheImportWhichShowsItsSummaryOrItsProblems() throws Exception {
        var good = new MockMultipartFile(
                "file",
                "2034-03-test-page-street.csv",
                "text/csv",
                TestFiles.streetFile("2034-03", 6).getBytes(StandardCharsets.UTF_8));
        var location = mvc.perform(
                        multipart("/crime/imports").file(good).with(csrf()).with(TestUsers.as(accounts, "analyst")))
                .andExpect(status().is3xxRedirection())
                .andReturn()
                .getResponse()
                .getRedirectedUrl();
        assertThat(location).matches("/crime/imports/\\d+");
        OtherFilesTests.awaitFinished(imports, Long.parseLong(location.substring(location.lastIndexOf('/') + 1)));
        var page = Pages.html(mvc.perform(get(location).with(TestUsers.as(accounts, "analyst")))
                .andExpect(status().isOk())
                .andReturn());
        assertThat(page.select("#status").text()).isEqualTo("Succeeded");
        assertThat(page.select("meta[http-equiv=refresh]")).isEmpty();
        assertThat(page.select("#summary").text())
                .contains("Files 1", "Months 2034-03", "Rows 6", "Rows without location 2");

        var bad = new MockMultipartFile(
                "file",
                "2034-04-test-page-street.csv",
                "text/csv",
                TestFiles.streetFile("2034-04", 3)
                        .replace("Burglary", "Burgling")
                        .getBytes(StandardCharsets.UTF_8));
        var badLocation = mvc.perform(
                        multipart("/crime/imports").file(bad).with(csrf()).with(TestUsers.as(accounts, "analyst")))
                .andReturn()
                .getResponse()
                .getRedirectedUrl();
        OtherFilesTests.awaitFinished(imports, Long.parseLong(badLocation.substring(badLocation.lastIndexOf('/') + 1)));
        var failed = Pages.html(mvc.perform(get(badLocation).with(TestUsers.as(accounts, "analyst")))
                .andExpect(status().isOk())
                .andReturn());
        assertThat(failed.select("#status").text()).isEqualTo("Failed");
        assertThat(failed.select("#problems li").text())
                .startsWith("2034-04-test-page-street.csv, line 3: column Crime type has \"Burgling\"");
    }

    @Test
    void aRunningImportShowsProgressAndRefreshesItself() throws Exception {
        long id = jdbc.sql("""
                        INSERT INTO crime_import (status, source, files_total, files_done, rows_done, started_by)
                        VALUES ('running', 'latest.zip', 4, 1, 5000, 'analyst') RETURNING id
                        """).query(Long.class).single();
        var page = Pages.html(mvc.perform(get("/crime/imports/" + id).with(TestUsers.as(accounts, "analyst")))
                .andExpect(status().isOk())
                .andReturn());
        assertThat(page.select("#status").text()).isEqualTo("Running");
        assertThat(page.selectFirst("meta[http-equiv=refresh]").attr("content")).isEqualTo("2");
        var progress = page.selectFirst("progress#progress");
        assertThat(progress.attr("max")).isEqualTo("4");
        assertThat(progress.attr("value")).isEqualTo("1");
        assertThat(page.selectFirst("label[for=progress]").text()).isEqualTo("Progress: 1 of 4 files, 5,000 rows read");
        jdbc.sql("UPDATE crime_import SET status = 'failed' WHERE id = :id")
                .param("id", id)
                .update();
    }

    @Test
    void anImportLeftRunningByANodeThatDiedIsShownAsFailed() throws Exception {
        long id = jdbc.sql("""
                        INSERT INTO crime_import (status, source, files_total, started_by, started_at)
                        VALUES ('running', 'died.zip', 3, 'analyst', now() - INTERVAL '1 hour') RETURNING id
                        """).query(Long.class).single();
        imports.failAbandoned();
        var job = imports.find(id).orElseThrow();
        assertThat(job.status()).isEqualTo(CrimeImport.FAILED);
        assertThat(job.problems())
                .extracting(ImportProblem::toString)
                .containsExactly("(import): was interrupted because SaferPlan stopped; nothing was stored");
    }

    @Test
    void partnerOfficersMayNotOpenTheImportPagesAndAnonymousVisitorsAreSentToSignIn() throws Exception {
        mvc.perform(get("/crime/imports").with(TestUsers.as(accounts, "officer")))
                .andExpect(status().isForbidden());
        mvc.perform(get("/crime/imports/1").with(TestUsers.as(accounts, "officer")))
                .andExpect(status().isForbidden());
        mvc.perform(get("/crime/data")).andExpect(status().is3xxRedirection());
        mvc.perform(get("/crime/imports").with(TestUsers.as(accounts, "demo-admin")))
                .andExpect(status().isOk());
    }
}
