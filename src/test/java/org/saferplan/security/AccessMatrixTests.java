package org.saferplan.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.request;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.saferplan.IntegrationTest;
import org.saferplan.evidence.EvidenceSeries;
import org.saferplan.governance.Governance;
import org.saferplan.governance.GroupKind;
import org.saferplan.governance.Partnerships;
import org.saferplan.surveys.SurveyEvidence;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpMethod;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Every role against every page and API endpoint: each cell says whether the person gets through. A denial is
 * 403 for a signed-in person, the sign-in page for an anonymous visitor, and 401 for an anonymous API call.
 * Allowed POSTs are sent empty, so they fail validation (400) rather than change anything.
 */
@IntegrationTest
class AccessMatrixTests {

    static final String ANONYMOUS = "anonymous";
    static final List<String> PEOPLE =
            List.of(ANONYMOUS, "officer", "analyst", "coordinator", "wiltshire-coordinator", "demo-admin");
    static final Set<String> DORSET = Set.of("officer", "analyst", "coordinator");
    static final Set<String> SIGNED_IN =
            Set.of("officer", "analyst", "coordinator", "wiltshire-coordinator", "demo-admin");
    static final Set<String> EVERYONE = Set.copyOf(PEOPLE);
    static final Set<String> ADMIN = Set.of("demo-admin");
    static final Set<String> DORSET_COORDINATOR = Set.of("coordinator");
    static final Set<String> IMPORTERS = Set.of("analyst", "coordinator", "wiltshire-coordinator", "demo-admin");
    static final Set<String> DORSET_ANALYST_OR_COORDINATOR = Set.of("analyst", "coordinator");
    /** Stands for the id of the demo board's next (planned) meeting in a path. */
    static final String BOARD_MEETING = "{board-meeting}";
    /** Stands for the id of the demo's agreed Strategic Assessment 2021 in a path. */
    static final String DORSET_ASSESSMENT = "{dorset-assessment}";
    /** Stands for the id of the demo residents' survey in a path. */
    static final String RESIDENTS_SURVEY = "{residents-survey}";
    /** Stands for the id of the demo fly-tipping dataset in a path. */
    static final String FLY_TIPPING = "{fly-tipping}";

    record Cell(String person, HttpMethod method, String path, boolean allowed) {

        @Override
        public String toString() {
            return person + " " + method + " " + path + (allowed ? " allowed" : " denied");
        }
    }

    static Stream<Cell> matrix() {
        var rules = List.of(
                rule(HttpMethod.GET, "/", EVERYONE),
                rule(HttpMethod.GET, "/sign-in", EVERYONE),
                rule(HttpMethod.GET, "/accessibility", EVERYONE),
                rule(HttpMethod.GET, "/privacy", EVERYONE),
                rule(HttpMethod.GET, "/cookies", EVERYONE),
                rule(HttpMethod.GET, "/licence", EVERYONE),
                rule(HttpMethod.GET, "/account", SIGNED_IN),
                rule(HttpMethod.POST, "/account/tokens", SIGNED_IN),
                rule(HttpMethod.GET, "/admin", ADMIN),
                rule(HttpMethod.GET, "/admin/users", ADMIN),
                rule(HttpMethod.GET, "/admin/users/new", ADMIN),
                rule(HttpMethod.POST, "/admin/users/new", ADMIN),
                rule(HttpMethod.GET, "/admin/organisations", ADMIN),
                rule(HttpMethod.GET, "/admin/organisations/new", ADMIN),
                rule(HttpMethod.POST, "/admin/organisations/new", ADMIN),
                rule(HttpMethod.GET, "/admin/partnerships", ADMIN),
                rule(HttpMethod.GET, "/admin/partnerships/new", ADMIN),
                rule(HttpMethod.POST, "/admin/partnerships/new", ADMIN),
                rule(HttpMethod.GET, "/admin/audit", ADMIN),
                rule(HttpMethod.GET, "/admin/geography", ADMIN),
                rule(HttpMethod.POST, "/admin/geography", ADMIN),
                rule(HttpMethod.GET, "/partnerships/dorset", DORSET),
                rule(HttpMethod.GET, "/partnerships/dorset/partners", DORSET),
                rule(HttpMethod.POST, "/partnerships/dorset/partners", DORSET_COORDINATOR),
                rule(HttpMethod.GET, "/partnerships/dorset/audit", DORSET_COORDINATOR),
                rule(HttpMethod.GET, "/partnerships/dorset/plan", DORSET),
                rule(HttpMethod.POST, "/partnerships/dorset/plan/new", DORSET_COORDINATOR),
                rule(HttpMethod.GET, "/api/v1/partnerships/dorset/plans", DORSET),
                rule(HttpMethod.GET, "/partnerships/dorset/crime", DORSET),
                rule(HttpMethod.GET, "/crime/areas/E06000059", SIGNED_IN),
                rule(HttpMethod.GET, "/api/v1/areas/E06000059/crime", SIGNED_IN),
                rule(HttpMethod.GET, "/api/v1/partnerships/dorset/crime", DORSET),
                rule(HttpMethod.GET, "/partnerships/dorset/crime/outcomes", DORSET),
                rule(HttpMethod.GET, "/partnerships/dorset/crime/outcomes.csv", DORSET),
                rule(HttpMethod.GET, "/partnerships/dorset/crime/harm", DORSET),
                rule(HttpMethod.GET, "/partnerships/dorset/crime/harm.csv", DORSET),
                rule(HttpMethod.GET, "/crime/areas/E06000059/outcomes", SIGNED_IN),
                rule(HttpMethod.GET, "/crime/areas/E06000059/outcomes.csv", SIGNED_IN),
                rule(HttpMethod.GET, "/crime/areas/E06000059/harm", SIGNED_IN),
                rule(HttpMethod.GET, "/crime/areas/E06000059/harm.csv", SIGNED_IN),
                rule(HttpMethod.GET, "/api/v1/areas/E06000059/crime/outcomes", SIGNED_IN),
                rule(HttpMethod.GET, "/api/v1/areas/E06000059/crime/harm", SIGNED_IN),
                rule(HttpMethod.GET, "/api/v1/partnerships/dorset/crime/outcomes", DORSET),
                rule(HttpMethod.GET, "/api/v1/partnerships/dorset/crime/harm", DORSET),
                rule(HttpMethod.GET, "/partnerships/dorset/governance", DORSET),
                rule(HttpMethod.GET, "/partnerships/dorset/governance/actions", DORSET),
                rule(HttpMethod.POST, "/partnerships/dorset/governance/groups/new", DORSET_COORDINATOR),
                rule(HttpMethod.GET, "/api/v1/partnerships/dorset/groups", DORSET),
                rule(HttpMethod.GET, "/api/v1/partnerships/dorset/meetings", DORSET),
                rule(HttpMethod.GET, "/partnerships/dorset/performance", DORSET),
                rule(HttpMethod.GET, "/partnerships/dorset/performance/overdue", DORSET),
                rule(HttpMethod.GET, "/partnerships/dorset/performance/indicators/new", DORSET),
                rule(HttpMethod.POST, "/partnerships/dorset/performance/indicators/new", DORSET_ANALYST_OR_COORDINATOR),
                rule(HttpMethod.GET, "/partnerships/dorset/activities", DORSET),
                rule(HttpMethod.GET, "/partnerships/dorset/performance/packs", DORSET),
                rule(HttpMethod.GET, "/partnerships/dorset/performance/packs/" + BOARD_MEETING, DORSET),
                // Generating the planned meeting's pack only replaces its snapshot; it comes before the printable
                // view, which needs a pack to exist.
                rule(
                        HttpMethod.POST,
                        "/partnerships/dorset/performance/packs/" + BOARD_MEETING,
                        DORSET_ANALYST_OR_COORDINATOR),
                rule(HttpMethod.GET, "/partnerships/dorset/performance/packs/" + BOARD_MEETING + "/print", DORSET),
                rule(HttpMethod.GET, "/partnerships/dorset/performance/packs/" + BOARD_MEETING + "/pdf", DORSET),
                rule(HttpMethod.GET, "/api/v1/partnerships/dorset/indicators", DORSET),
                rule(HttpMethod.GET, "/partnerships/dorset/assessment", DORSET),
                rule(HttpMethod.POST, "/partnerships/dorset/assessment", DORSET_ANALYST_OR_COORDINATOR),
                rule(HttpMethod.GET, "/partnerships/dorset/assessment/2021", DORSET),
                rule(HttpMethod.GET, "/partnerships/dorset/assessment/2021/decision", DORSET),
                // Agreeing is the coordinator's alone (the service refuses analysts); the demo's is agreed, so 409.
                rule(HttpMethod.POST, "/partnerships/dorset/assessment/2021/decision", DORSET_COORDINATOR),
                rule(HttpMethod.GET, "/partnerships/dorset/assessment/2021/report", DORSET),
                rule(HttpMethod.GET, "/partnerships/dorset/assessment/2021/report.pdf", DORSET),
                rule(HttpMethod.GET, "/partnerships/dorset/assessment/2021/runs", DORSET),
                rule(HttpMethod.GET, "/api/v1/partnerships/dorset/assessments", DORSET),
                rule(HttpMethod.GET, "/api/v1/partnerships/dorset/assessments/" + DORSET_ASSESSMENT, DORSET),
                rule(HttpMethod.GET, "/partnerships/dorset/surveys", DORSET),
                rule(HttpMethod.GET, "/partnerships/dorset/surveys/new", DORSET),
                rule(HttpMethod.POST, "/partnerships/dorset/surveys/new", DORSET_ANALYST_OR_COORDINATOR),
                rule(HttpMethod.GET, "/partnerships/dorset/surveys/" + RESIDENTS_SURVEY, DORSET),
                rule(HttpMethod.GET, "/partnerships/dorset/surveys/" + RESIDENTS_SURVEY + "/results.csv", DORSET),
                rule(HttpMethod.GET, "/partnerships/dorset/surveys/" + RESIDENTS_SURVEY + "/results.json", DORSET),
                rule(
                        HttpMethod.POST,
                        "/partnerships/dorset/surveys/" + RESIDENTS_SURVEY + "/findings/new",
                        DORSET_ANALYST_OR_COORDINATOR),
                rule(HttpMethod.GET, "/api/v1/partnerships/dorset/surveys", DORSET),
                rule(HttpMethod.GET, "/api/v1/partnerships/dorset/surveys/" + RESIDENTS_SURVEY + "/results", DORSET),
                rule(HttpMethod.GET, "/api/v1/partnerships/dorset/surveys/evidence", DORSET),
                rule(HttpMethod.GET, "/api/v1/partnerships/dorset/surveys/you-said-we-did", DORSET),
                rule(HttpMethod.GET, "/partnerships/dorset/evidence", DORSET),
                rule(HttpMethod.GET, "/partnerships/dorset/evidence/datasets/new", DORSET),
                rule(HttpMethod.POST, "/partnerships/dorset/evidence/datasets/new", DORSET_ANALYST_OR_COORDINATOR),
                rule(HttpMethod.GET, "/partnerships/dorset/evidence/datasets/" + FLY_TIPPING, DORSET),
                rule(HttpMethod.GET, "/partnerships/dorset/evidence/datasets/" + FLY_TIPPING + "/download.csv", DORSET),
                rule(
                        HttpMethod.GET,
                        "/partnerships/dorset/evidence/datasets/" + FLY_TIPPING + "/download.json",
                        DORSET),
                rule(
                        HttpMethod.POST,
                        "/partnerships/dorset/evidence/datasets/" + FLY_TIPPING + "/upload",
                        DORSET_ANALYST_OR_COORDINATOR),
                rule(HttpMethod.GET, "/api/v1/partnerships/dorset/evidence/datasets", DORSET),
                rule(HttpMethod.GET, "/api/v1/partnerships/dorset/evidence/datasets/" + FLY_TIPPING, DORSET),
                rule(
                        HttpMethod.POST,
                        "/api/v1/partnerships/dorset/evidence/datasets/" + FLY_TIPPING,
                        DORSET_ANALYST_OR_COORDINATOR),
                rule(HttpMethod.GET, "/partnerships/wiltshire", Set.of("wiltshire-coordinator")),
                rule(HttpMethod.GET, "/partnerships/no-such-partnership", Set.of()),
                rule(HttpMethod.GET, "/api/v1/me", SIGNED_IN),
                rule(HttpMethod.GET, "/api/v1/partnerships/dorset", DORSET),
                rule(HttpMethod.GET, "/api/v1/partnerships/dorset/audit", DORSET_COORDINATOR),
                rule(HttpMethod.GET, "/api/v1/partnerships/wiltshire", Set.of("wiltshire-coordinator")),
                rule(HttpMethod.POST, "/api/v1/spc", SIGNED_IN),
                rule(HttpMethod.GET, "/api/v1/admin/users", ADMIN),
                rule(HttpMethod.GET, "/api/v1/admin/organisations", ADMIN),
                rule(HttpMethod.GET, "/api/v1/admin/geography", ADMIN),
                rule(HttpMethod.POST, "/api/v1/admin/geography/imports", ADMIN),
                rule(HttpMethod.GET, "/crime/data", SIGNED_IN),
                rule(HttpMethod.GET, "/crime/imports", IMPORTERS),
                rule(HttpMethod.POST, "/crime/imports", IMPORTERS),
                rule(HttpMethod.POST, "/api/v1/crime/imports", IMPORTERS),
                rule(HttpMethod.GET, "/partnerships/dorset/publishing", DORSET),
                rule(HttpMethod.GET, "/public", EVERYONE),
                rule(HttpMethod.GET, "/public/dorset", EVERYONE),
                rule(HttpMethod.GET, "/public/dorset/plan", EVERYONE),
                rule(HttpMethod.GET, "/public/dorset/plan/2020-21", EVERYONE),
                rule(HttpMethod.GET, "/public/dorset/plan/2021-22-refresh.pdf", EVERYONE),
                rule(HttpMethod.GET, "/public/dorset/plan/2021-22-refresh/measures.csv", EVERYONE),
                rule(HttpMethod.GET, "/public/dorset/statistics", EVERYONE),
                rule(HttpMethod.GET, "/public/dorset/statistics/crime-by-type.json", EVERYONE),
                rule(HttpMethod.GET, "/public/dorset/open-data", EVERYONE),
                rule(HttpMethod.GET, "/api/v1/public/partnerships/dorset/plan", EVERYONE),
                rule(HttpMethod.GET, "/api/v1/public/partnerships/dorset/measures", EVERYONE),
                rule(HttpMethod.GET, "/api/v1/public/partnerships/dorset/statistics", EVERYONE),
                rule(HttpMethod.GET, "/api/v1/openapi.json", EVERYONE));
        var cells = new ArrayList<Cell>();
        for (var rule : rules) {
            for (var person : PEOPLE) {
                cells.add(new Cell(
                        person, rule.method(), rule.path(), rule.allowed().contains(person)));
            }
        }
        return cells.stream();
    }

    @Autowired
    MockMvc mvc;

    @Autowired
    UserAccounts accounts;

    @Autowired
    Governance governance;

    @Autowired
    Partnerships partnerships;

    @Autowired
    org.springframework.jdbc.core.simple.JdbcClient jdbc;

    @Autowired
    SurveyEvidence surveyEvidence;

    @Autowired
    EvidenceSeries evidence;

    private String path(String path) {
        if (path.contains(DORSET_ASSESSMENT)) {
            return path.replace(
                    DORSET_ASSESSMENT,
                    String.valueOf(jdbc.sql("""
                    SELECT a.id FROM assessment a JOIN partnership p ON p.id = a.partnership_id
                    WHERE p.slug = 'dorset' AND a.year = 2021""").query(Long.class).single()));
        }
        if (path.contains(RESIDENTS_SURVEY)) {
            long dorset = partnerships.findBySlug("dorset").orElseThrow().id();
            var survey = surveyEvidence.items(dorset).stream()
                    .filter(i -> i.survey().equals("Dorset Council residents' survey"))
                    .findFirst()
                    .orElseThrow();
            return path.replace(RESIDENTS_SURVEY, String.valueOf(survey.surveyId()));
        }
        if (path.contains(FLY_TIPPING)) {
            long dorset = partnerships.findBySlug("dorset").orElseThrow().id();
            var dataset = evidence.datasets(dorset).stream()
                    .filter(d -> d.title().equals("Fly-tipping incidents"))
                    .findFirst()
                    .orElseThrow();
            return path.replace(FLY_TIPPING, String.valueOf(dataset.id()));
        }
        if (!path.contains(BOARD_MEETING)) {
            return path;
        }
        long dorset = partnerships.findBySlug("dorset").orElseThrow().id();
        var board = governance.groups(dorset).stream()
                .filter(g -> g.kind() == GroupKind.BOARD)
                .findFirst()
                .orElseThrow();
        var meeting = governance.meetings(dorset, board.id()).stream()
                .filter(m -> !m.held())
                .findFirst()
                .orElseThrow();
        return path.replace(BOARD_MEETING, String.valueOf(meeting.id()));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("matrix")
    void onlyThoseAllowedGetThrough(Cell cell) throws Exception {
        var api = cell.path().startsWith("/api/");
        var builder = request(cell.method(), path(cell.path())).with(csrf());
        if (!ANONYMOUS.equals(cell.person())) {
            builder = api
                    ? builder.with(httpBasic(cell.person(), "saferplan-demo"))
                    : builder.with(TestUsers.as(accounts, cell.person()));
        }
        var response = mvc.perform(builder).andReturn().getResponse();
        int status = response.getStatus();
        var location = response.getRedirectedUrl();
        boolean sentToSignIn = status == 302 && location != null && location.contains("/sign-in");
        if (cell.allowed()) {
            assertThat(status).as(cell.toString()).isNotIn(401, 403, 404);
            assertThat(sentToSignIn).as(cell + " was sent to sign in").isFalse();
        } else if (ANONYMOUS.equals(cell.person())) {
            assertThat(api ? status == 401 : sentToSignIn)
                    .as(cell + " gave " + status)
                    .isTrue();
        } else {
            assertThat(status).as(cell.toString()).isEqualTo(403);
        }
    }

    private record Rule(HttpMethod method, String path, Set<String> allowed) {}

    private static Rule rule(HttpMethod method, String path, Set<String> allowed) {
        return new Rule(method, path, allowed);
    }
}
