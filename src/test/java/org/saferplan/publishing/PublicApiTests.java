package org.saferplan.publishing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.saferplan.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/** The open data: the public API needs no authentication, is described by its OpenAPI document, and every table
 * downloads as CSV and JSON with the licence attribution. */
@IntegrationTest
class PublicApiTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    ObjectMapper json;

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mappings;

    private JsonNode read(String path) throws Exception {
        var result = mvc.perform(get(path)).andExpect(status().isOk()).andReturn();
        assertThat(result.getRequest().getSession(false)).as(path).isNull();
        return json.readTree(result.getResponse().getContentAsString(StandardCharsets.UTF_8));
    }

    @Test
    void thePublicApiAnswersWithoutAuthenticationAndCarriesTheLicence() throws Exception {
        var plan = read("/api/v1/public/partnerships/dorset/plan");
        assertThat(plan.path("version").path("label").asString()).isEqualTo("2021-22 refresh");
        assertThat(plan.path("licence").path("name").asString()).isEqualTo("Open Government Licence v3.0");
        assertThat(plan.path("themes").size()).isEqualTo(11);
        assertThat(plan.path("sections").size()).isEqualTo(6);

        var versions = read("/api/v1/public/partnerships/dorset/plan/versions").path("versions");
        var slugs = new java.util.ArrayList<String>();
        versions.forEach(v -> slugs.add(v.path("slug").asString()));
        assertThat(slugs).contains("2021-22-refresh", "2020-21");
        assertThat(versions.get(0).path("slug").asString()).isEqualTo("2021-22-refresh");
        assertThat(versions.get(0).path("current").asBoolean()).isTrue();
        assertThat(versions.get(1).path("current").asBoolean()).isFalse();
        assertThat(read("/api/v1/public/partnerships/dorset/plan/versions/2020-21")
                        .path("version")
                        .path("label")
                        .asString())
                .isEqualTo("2020-21");

        var measures = read("/api/v1/public/partnerships/dorset/measures").path("measures");
        assertThat(measures.size()).as("the seed plan has 18 measures").isEqualTo(18);
        assertThat(measures.get(0).path("measure").asString())
                .isEqualTo("Increased understanding of issues amongst" + " professionals.");

        var statistics = read("/api/v1/public/partnerships/dorset/statistics");
        assertThat(statistics.path("total").asLong()).isPositive();
        assertThat(statistics.path("caveats").toString()).contains("not the official crime statistics");

        mvc.perform(get("/api/v1/public/partnerships/no-such/plan")).andExpect(status().isNotFound());
        // The rest of the API still needs sign-in.
        mvc.perform(get("/api/v1/partnerships/dorset/crime")).andExpect(status().isUnauthorized());
        mvc.perform(get("/api/v1/me")).andExpect(status().isUnauthorized());
    }

    @Test
    void theOpenApiDocumentListsEveryPublicPath() throws Exception {
        var document = read("/api/v1/openapi.json");
        assertThat(document.path("openapi").asString()).isEqualTo("3.1.0");
        var documented = new TreeSet<String>(document.path("paths").propertyNames());
        var served = new TreeSet<String>();
        mappings.getHandlerMethods()
                .keySet()
                .forEach(info -> info.getPatternValues().stream()
                        .filter(p -> p.startsWith("/api/v1/public/") || p.equals("/api/v1/openapi.json"))
                        .forEach(served::add));
        assertThat(served).hasSizeGreaterThanOrEqualTo(6);
        assertThat(documented).isEqualTo(served);
    }

    @Test
    void everyPublicTableDownloadsAsCsvAndJsonWithTheLicenceAttribution() throws Exception {
        for (var table : new String[] {
            "/public/dorset/plan/2021-22-refresh/activities",
            "/public/dorset/plan/2021-22-refresh/measures",
            "/public/dorset/statistics/crime-by-month",
            "/public/dorset/statistics/crime-by-type"
        }) {
            var csv = mvc.perform(get(table + ".csv"))
                    .andExpect(status().isOk())
                    .andReturn()
                    .getResponse();
            assertThat(csv.getContentType()).startsWith("text/csv");
            assertThat(csv.getHeader("Content-Disposition")).startsWith("attachment");
            var lines = csv.getContentAsString(StandardCharsets.UTF_8).split("\r\n");
            assertThat(lines[1]).as(table).startsWith("#").contains("Open Government Licence v3.0");
            assertThat(lines.length).as(table).isGreaterThan(4);
            var body = read(table + ".json");
            assertThat(body.path("licence").path("url").asString()).contains("open-government-licence");
            assertThat(body.path("attribution").asString()).isNotBlank();
            assertThat(body.path("rows").size()).as(table).isEqualTo(lines.length - 3);
        }
        var activities = mvc.perform(get("/public/dorset/plan/2021-22-refresh/activities.csv"))
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(activities).contains("Reduce Livestock Offences including theft of and worrying/attacks");
        mvc.perform(get("/public/dorset/plan/2021-22-refresh/measures.xml")).andExpect(status().isNotFound());
    }
}
