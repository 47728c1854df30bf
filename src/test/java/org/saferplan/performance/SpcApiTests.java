package org.saferplan.performance;

import static org.hamcrest.Matchers.closeTo;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.saferplan.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

@IntegrationTest
class SpcApiTests {

    @Autowired
    MockMvc mvc;

    private ResultActions send(String json) throws Exception {
        return mvc.perform(post("/api/v1/spc")
                .with(httpBasic("analyst", "saferplan-demo"))
                .contentType(MediaType.APPLICATION_JSON)
                .content(json));
    }

    private void refused(String json, String field) throws Exception {
        send(json)
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.status").value(400))
                .andExpect(jsonPath("$.field").value(field))
                .andExpect(jsonPath("$.detail", containsString(field)));
    }

    /* Limits of 10, 12, 11, 15, 12 are 12 ± 2.66 × 2.5 = 5.35 to 18.65 (see SpcTests); 25 at the end is above them. */
    @Test
    void chartsASeriesWithTheContractFields() throws Exception {
        send("""
                {"values": [10, 12, 11, 15, 12], "improvement": "decrease", "target": 20, "rebase": []}
                """)
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.points.length()").value(5))
                .andExpect(jsonPath("$.points[0].value").value(10.0))
                .andExpect(jsonPath("$.points[0].mean").value(closeTo(12.0, 1e-9)))
                .andExpect(jsonPath("$.points[0].lpl").value(closeTo(5.35, 1e-9)))
                .andExpect(jsonPath("$.points[0].upl").value(closeTo(18.65, 1e-9)))
                .andExpect(jsonPath("$.points[0].type").value("common_cause"))
                .andExpect(jsonPath("$.variation").value("common_cause"))
                .andExpect(jsonPath("$.assurance").value("consistent_pass"))
                .andExpect(jsonPath("$.warnings.length()").value(1));
    }

    @Test
    void namesSpecialCausePointsAndRebasesWithoutATarget() throws Exception {
        send("""
                {"values": [9, 11, 9, 11, 9, 11, 9, 11, 9, 11, 9, 11, 9, 11, 9, 25, 30, 31],
                 "improvement": "increase", "target": null, "rebase": [16]}
                """)
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.points[15].type").value("special_cause_improvement"))
                .andExpect(jsonPath("$.points[15].rules[0]").value("outside_limits"))
                .andExpect(jsonPath("$.points[16].mean").value(closeTo(30.5, 1e-9)))
                .andExpect(jsonPath("$.variation").value("common_cause"))
                .andExpect(jsonPath("$.assurance").value("none"));
    }

    @Test
    void acceptsARequestWithoutTargetOrRebase() throws Exception {
        send("""
                {"values": [1, 2, 3], "improvement": "neutral"}
                """).andExpect(status().isOk()).andExpect(jsonPath("$.assurance").value("none"));
    }

    @Test
    void refusesMissingValues() throws Exception {
        refused("""
                {"improvement": "increase"}""", "values");
    }

    @Test
    void refusesFewerThanTwoValues() throws Exception {
        refused("""
                {"values": [3], "improvement": "increase"}""", "values");
    }

    @Test
    void refusesNonNumericValues() throws Exception {
        refused("""
                {"values": [3, "four", 5], "improvement": "increase"}""", "values");
        refused("""
                {"values": [3, null, 5], "improvement": "increase"}""", "values");
    }

    @Test
    void refusesAnUnknownImprovement() throws Exception {
        refused("""
                {"values": [3, 4, 5], "improvement": "up"}""", "improvement");
        refused("""
                {"values": [3, 4, 5]}""", "improvement");
    }

    @Test
    void refusesAnonNumericTarget() throws Exception {
        refused("""
                {"values": [3, 4, 5], "improvement": "increase", "target": "high"}""", "target");
    }

    @Test
    void refusesARebaseIndexOutOfRange() throws Exception {
        refused("""
                {"values": [3, 4, 5], "improvement": "increase", "rebase": [3]}""", "rebase");
        refused("""
                {"values": [3, 4, 5], "improvement": "increase", "rebase": [-1]}""", "rebase");
        refused("""
                {"values": [3, 4, 5], "improvement": "increase", "rebase": [2]}""", "rebase");
    }

    @Test
    void refusesMoreThanTenThousandValues() throws Exception {
        var values = IntStream.range(0, 10_001).mapToObj(i -> "1").collect(Collectors.joining(","));
        refused("{\"values\": [" + values + "], \"improvement\": \"increase\"}", "values");
        var allowed =
                IntStream.range(0, 10_000).mapToObj(i -> String.valueOf(i % 7)).collect(Collectors.joining(","));
        send("{\"values\": [" + allowed + "], \"improvement\": \"increase\"}").andExpect(status().isOk());
    }

    @Test
    void refusesABodyThatIsNotJson() throws Exception {
        refused("values=1,2,3", "body");
    }

    @Test
    void needsCredentials() throws Exception {
        mvc.perform(post("/api/v1/spc")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"values\": [1, 2], \"improvement\": \"increase\"}"))
                .andExpect(status().isUnauthorized());
    }
}
