package org.saferplan.crime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.saferplan.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;

/** The import API partners' tools rely on: names and statuses are a contract. */
@IntegrationTest
class CrimeImportApiTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    CrimeImports imports;

    @Test
    void anAnalystPostsFilesGets202AndThenTheSucceededImportWithItsRows() throws Exception {
        var first = csv("2033-01-test-api-street.csv", TestFiles.streetFile("2033-01", 6));
        var second = csv("2033-02-test-api-street.csv", TestFiles.streetFile("2033-02", 4));
        var response = mvc.perform(multipart("/api/v1/crime/imports")
                        .file(first)
                        .file(second)
                        .with(httpBasic("analyst", "saferplan-demo")))
                .andExpect(status().isAccepted())
                .andExpect(jsonPath("$.status").value("running"))
                .andExpect(header().exists("Location"))
                .andReturn();
        long id = ((Number) JsonPath.read(response.getResponse().getContentAsString(), "$.id")).longValue();
        OtherFilesTests.awaitFinished(imports, id);
        mvc.perform(get("/api/v1/crime/imports/" + id).with(httpBasic("analyst", "saferplan-demo")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("succeeded"))
                .andExpect(jsonPath("$.rows").value(10))
                .andExpect(jsonPath("$.errors").isEmpty())
                .andExpect(jsonPath("$.files[0].file").value("2033-01-test-api-street.csv"))
                .andExpect(jsonPath("$.files[0].noLocationRows").value(2));
    }

    @Test
    void aRefusedImportReportsItsErrorsWithFileAndLine() throws Exception {
        var bad = csv(
                "2033-03-test-api-bad-street.csv",
                TestFiles.streetFile("2033-03", 3).replace("2033-03,", "2033-04,"));
        var response = mvc.perform(
                        multipart("/api/v1/crime/imports").file(bad).with(httpBasic("coordinator", "saferplan-demo")))
                .andExpect(status().isAccepted())
                .andReturn();
        long id = ((Number) JsonPath.read(response.getResponse().getContentAsString(), "$.id")).longValue();
        var job = OtherFilesTests.awaitFinished(imports, id);
        assertThat(job.failed()).isTrue();
        mvc.perform(get("/api/v1/crime/imports/" + id).with(httpBasic("coordinator", "saferplan-demo")))
                .andExpect(jsonPath("$.status").value("failed"))
                .andExpect(jsonPath("$.rows").value(0))
                .andExpect(jsonPath("$.errors[0].file").value("2033-03-test-api-bad-street.csv"))
                .andExpect(jsonPath("$.errors[0].line").value(2))
                .andExpect(jsonPath("$.errors[0].message")
                        .value("column Month has \"2033-04\": expected 2033-03, the month in the file name"));
    }

    @Test
    void partnerOfficersMayNotImportAndAnonymousCallersMustAuthenticate() throws Exception {
        var file = csv("2033-05-test-api-denied-street.csv", TestFiles.streetFile("2033-05", 2));
        mvc.perform(multipart("/api/v1/crime/imports").file(file).with(httpBasic("officer", "saferplan-demo")))
                .andExpect(status().isForbidden());
        mvc.perform(multipart("/api/v1/crime/imports").file(file)).andExpect(status().isUnauthorized());
        mvc.perform(get("/api/v1/crime/imports/1").with(httpBasic("officer", "saferplan-demo")))
                .andExpect(status().isForbidden());
        mvc.perform(multipart("/api/v1/crime/imports")
                        .file(file)
                        .with(httpBasic("wiltshire-coordinator", "saferplan-demo")))
                .andExpect(status().isAccepted());
    }

    @Test
    void aPostWithoutFilesIsABadRequestAndAnUnknownImportIsNotFound() throws Exception {
        mvc.perform(multipart("/api/v1/crime/imports").with(httpBasic("demo-admin", "saferplan-demo")))
                .andExpect(status().isBadRequest());
        mvc.perform(get("/api/v1/crime/imports/987654321").with(httpBasic("demo-admin", "saferplan-demo")))
                .andExpect(status().isNotFound());
    }

    private static MockMultipartFile csv(String name, String content) {
        return new MockMultipartFile("file", name, "text/csv", content.getBytes(StandardCharsets.UTF_8));
    }
}
