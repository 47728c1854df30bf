package org.saferplan.areas;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.saferplan.IntegrationTest;
import org.saferplan.Pages;
import org.saferplan.security.TestUsers;
import org.saferplan.security.UserAccounts;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;

@IntegrationTest
class GeographyImportTests {

    static final Path ONS = Path.of("..", "shared", "data", "ons");

    @Autowired
    GeographyImporter importer;

    @Autowired
    Geography geography;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    MockMvc mvc;

    @Autowired
    UserAccounts accounts;

    @Test
    void theShippedReferenceGeographyIsLoadedOnFirstStart() throws Exception {
        assertThat(geography.localAuthority("E06000059"))
                .hasValueSatisfying(area -> assertThat(area.name()).isEqualTo("Dorset"));
        assertThat(geography.cspsOf("E06000058"))
                .extracting(Area::name)
                .containsExactly("Bournemouth", "Dorset", "Poole");
        var expected = Files.readAllLines(ONS.resolve("population20_ltla21.csv")).stream()
                .filter(line -> line.startsWith("E06000059,"))
                .map(line -> Integer.parseInt(line.split(",")[2]))
                .findFirst()
                .orElseThrow();
        assertThat(geography.population("E06000059", 2020)).contains(expected);
    }

    @Test
    void importsTheNationalLsoaLookupAndAgainChangesNothing() throws Exception {
        var file = Files.readAllBytes(ONS.resolve("lookup_lsoa11_ltla21.csv"));
        var first = importer.importFile("lookup_lsoa11_ltla21.csv", file, null);
        assertThat(first.problems()).isEmpty();
        assertThat(first.rows()).isEqualTo(34_753);
        var fingerprint = fingerprint("lsoa11_ltla21");
        assertThat(fingerprint.get(0)).isEqualTo(34_753L);

        importer.importFile("lookup_lsoa11_ltla21.csv", file, null);
        assertThat(fingerprint("lsoa11_ltla21")).isEqualTo(fingerprint);
    }

    @Test
    void refusesAWrongHeader() {
        assertRefused(
                "countries.csv",
                "country_code,country_name\nE92000001,England\n",
                "countries.csv, line 1: the header does not match any ONS layout");
    }

    @Test
    void namesTheLineAndColumnOfABadCode() {
        assertRefused(
                "lookup.csv",
                "lsoa11_name,lsoa11_code,ltla21_name,ltla21_code\n"
                        + "Dorset 001A,E01020409,Dorset,E06000059\n"
                        + "Dorset 001B,X123,Dorset,E06000059\n",
                "lookup.csv, line 3: column lsoa11_code has \"X123\": expected a LSOA code like E01015272");
    }

    @Test
    void namesALineWithTheWrongNumberOfColumns() {
        assertRefused(
                "lookup.csv",
                "lsoa11_name,lsoa11_code,ltla21_name,ltla21_code\n" + "Dorset 001A,E01020409,Dorset\n",
                "lookup.csv, line 2: has 3 columns: expected 4 as in the header");
    }

    @Test
    void refusesFilesThatAreNotUtf8() {
        var latin1 = "lsoa11_code,ward17_code\nE01020409,E05012345 caf\u00e9\n".getBytes(StandardCharsets.ISO_8859_1);
        var result = importer.importFile("latin1.csv", latin1, null);
        assertThat(result.problems())
                .extracting(ImportProblem::toString)
                .containsExactly("latin1.csv: is not UTF-8 text: save it as CSV UTF-8 and import it again");
    }

    @Test
    void refusesEmptyFilesAndPopulationsWithoutAYear() {
        assertRefused("empty.csv", "", "empty.csv: is empty: expected a header line and data rows");
        assertRefused(
                "estimates.csv",
                "lsoa11_code,lsoa11_name,total_population\nE01020409,Dorset 001A,1500\n",
                "estimates.csv: say which year these population estimates are for");
    }

    @Test
    void refusesNegativeOrNonNumericPopulations() {
        assertRefused(
                "population20_x.csv",
                "lsoa11_code,lsoa11_name,total_population\nE01020409,Dorset 001A,-4\n",
                "population20_x.csv, line 2: column total_population has \"-4\": expected a whole number of people");
    }

    @Test
    void administratorsImportThroughThePage() throws Exception {
        var file = new MockMultipartFile(
                "file",
                "population17_lsoa11_totals.csv",
                "text/csv",
                Files.readAllBytes(ONS.resolve("population17_lsoa11_totals.csv")));
        var page = Pages.html(mvc.perform(multipart("/admin/geography")
                        .file(file)
                        .with(csrf())
                        .with(TestUsers.as(accounts, "demo-admin")))
                .andExpect(status().isOk())
                .andReturn());
        assertThat(page.select(".govuk-notification-banner--success").text())
                .contains("population17_lsoa11_totals.csv", "34,753 rows", "mid-2017");
        assertThat(geography.populationYears()).containsKey(2017);
    }

    @Test
    void aRefusedFileShowsEveryProblemInTheErrorSummary() throws Exception {
        var file = new MockMultipartFile(
                "file",
                "bad.csv",
                "text/csv",
                "lsoa11_code,ward17_code\nE01020409,nope\n".getBytes(StandardCharsets.UTF_8));
        var page = Pages.html(mvc.perform(multipart("/admin/geography")
                        .file(file)
                        .with(csrf())
                        .with(TestUsers.as(accounts, "demo-admin")))
                .andExpect(status().isBadRequest())
                .andReturn());
        assertThat(page.title()).startsWith("Error: Geography");
        assertThat(page.select(".govuk-error-summary a[href=#file]").text())
                .contains("bad.csv, line 2: column ward17_code has \"NOPE\"");
    }

    @Test
    void onlyAdministratorsMayImport() throws Exception {
        mvc.perform(get("/admin/geography").with(TestUsers.as(accounts, "analyst")))
                .andExpect(status().isForbidden());
        var file = new MockMultipartFile("file", "x.csv", "text/csv", "a".getBytes(StandardCharsets.UTF_8));
        mvc.perform(multipart("/api/v1/admin/geography/imports")
                        .file(file)
                        .with(httpBasic("coordinator", "saferplan-demo")))
                .andExpect(status().isForbidden());
    }

    @Test
    void theApiReportsProblemsAsJson() throws Exception {
        var file = new MockMultipartFile(
                "file",
                "bad.csv",
                "text/csv",
                "lsoa11_code,ward17_code\nE01020409,nope\n".getBytes(StandardCharsets.UTF_8));
        mvc.perform(multipart("/api/v1/admin/geography/imports")
                        .file(file)
                        .with(httpBasic("demo-admin", "saferplan-demo")))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.problems[0].line").value(2))
                .andExpect(jsonPath("$.problems[0].file").value("bad.csv"));
    }

    private void assertRefused(String name, String content, String expectedProblem) {
        var before = fingerprint(null);
        var result = importer.importFile(name, content.getBytes(StandardCharsets.UTF_8), null);
        assertThat(result.succeeded()).isFalse();
        assertThat(result.problems())
                .extracting(ImportProblem::toString)
                .anySatisfy(problem -> assertThat(problem).startsWith(expectedProblem));
        assertThat(fingerprint(null)).isEqualTo(before);
    }

    /** Row count and a content hash of the links (of one lookup, or all), to prove nothing changed. */
    private List<Long> fingerprint(String lookup) {
        return jdbc.sql("""
                        SELECT count(*), coalesce(sum(hashtext(lookup || child_code || parent_code)), 0)
                        FROM geography_link WHERE CAST(:lookup AS TEXT) IS NULL OR lookup = :lookup
                        """)
                .param("lookup", lookup)
                .query((rs, row) -> List.of(rs.getLong(1), rs.getLong(2)))
                .single();
    }
}
