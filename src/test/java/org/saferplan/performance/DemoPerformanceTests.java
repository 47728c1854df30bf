package org.saferplan.performance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.saferplan.security.TestUsers.as;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.util.EnumSet;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.saferplan.IntegrationTest;
import org.saferplan.Pages;
import org.saferplan.governance.Partnerships;
import org.saferplan.plan.PlanLookup;
import org.saferplan.security.UserAccounts;
import org.saferplan.statistics.Spc;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/** The demo workspace's illustrative performance data shows every Making Data Count icon and every status. */
@IntegrationTest
class DemoPerformanceTests {

    static final String FLY_TIPPING = "Fly-tipping incidents reported";
    static final String NRM =
            "Referrals to the National Referral Mechanism from first responders other than the police";
    static final String SAFE = "Residents feeling fairly or very safe outside after dark (%)";
    static final String SEXUAL_OFFENCES = "Positive outcome rate for sexual offences (%)";
    static final String HATE = "Hate crimes and incidents reported";
    static final String OVERDUE_ACTIVITY = "Support vulnerable and repeat victims of ASB";

    @Autowired
    MockMvc mvc;

    @Autowired
    UserAccounts accounts;

    @Autowired
    Partnerships partnerships;

    @Autowired
    Indicators indicators;

    @Autowired
    ActionUpdates updates;

    @Autowired
    PlanLookup plan;

    private long dorset() {
        return partnerships.findBySlug("dorset").orElseThrow().id();
    }

    private Indicator demo(String name) {
        return indicators.all(dorset()).stream()
                .filter(i -> i.name().equals(name))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no demo indicator " + name));
    }

    private Spc chart(Indicator indicator) {
        var values = indicators.values(indicator.id());
        return indicators
                .chart(indicator, values, indicators.rebases(indicator.id()))
                .orElseThrow();
    }

    @Test
    void demoIndicatorsLatestPointsShowEveryKindOfVariationAndAssurance() {
        var expected = Map.of(
                FLY_TIPPING, new Object[] {Spc.Variation.IMPROVEMENT_LOW, Spc.Assurance.CONSISTENT_PASS},
                NRM, new Object[] {Spc.Variation.COMMON_CAUSE, Spc.Assurance.INCONSISTENT},
                SAFE, new Object[] {Spc.Variation.COMMON_CAUSE, Spc.Assurance.CONSISTENT_FAIL},
                SEXUAL_OFFENCES, new Object[] {Spc.Variation.CONCERN_LOW, Spc.Assurance.CONSISTENT_FAIL},
                HATE, new Object[] {Spc.Variation.NEUTRAL_HIGH, Spc.Assurance.NONE});
        var variations = EnumSet.noneOf(Spc.Variation.class);
        var assurances = EnumSet.noneOf(Spc.Assurance.class);
        expected.forEach((name, icons) -> {
            var indicator = demo(name);
            assertThat(indicator.illustrative()).as(name).isTrue();
            var spc = chart(indicator);
            assertThat(spc.variation()).as(name).isEqualTo(icons[0]);
            assertThat(spc.assurance()).as(name).isEqualTo(icons[1]);
            variations.add(spc.variation());
            assurances.add(spc.assurance());
        });
        assertThat(variations)
                .extracting(v -> v.name().replaceAll("_(HIGH|LOW)$", ""))
                .contains("COMMON_CAUSE", "IMPROVEMENT", "CONCERN", "NEUTRAL");
        assertThat(assurances)
                .contains(Spc.Assurance.CONSISTENT_PASS, Spc.Assurance.CONSISTENT_FAIL, Spc.Assurance.INCONSISTENT);
        assertThat(indicators.values(demo(FLY_TIPPING).id())).hasSizeGreaterThanOrEqualTo(24);
        assertThat(demo(FLY_TIPPING).frequency()).isEqualTo(Frequency.MONTH);
        assertThat(demo(NRM).frequency()).isEqualTo(Frequency.QUARTER);
        assertThat(demo(SAFE).frequency()).isEqualTo(Frequency.YEAR);
    }

    @Test
    void feelingSafeHasTheSurveysRealFigureFor2020() {
        var value = indicators.values(demo(SAFE).id()).stream()
                .filter(v -> v.period().text().equals("2020-21"))
                .findFirst()
                .orElseThrow();
        assertThat(value.value().intValue()).isEqualTo(76);
        assertThat(value.note()).contains("autumn 2020").contains("2,619");
    }

    @Test
    void demoIndicatorsAreLinkedToTheirMeasures() {
        var version = plan.currentVersion(dorset()).orElseThrow();
        var measures = plan.measures(dorset(), version.id());
        var links = indicators.linkedIndicators(
                dorset(), measures.stream().map(m -> m.key()).toList());
        Map<String, java.util.List<Long>> byText = new HashMap<>();
        measures.forEach(m -> byText.put(m.text(), links.getOrDefault(m.key(), java.util.List.of())));
        assertThat(byText.get("Reduction in fly tipping"))
                .contains(demo(FLY_TIPPING).id());
        assertThat(byText.get("Increase in referral rates from first responder organisations other than the Police."))
                .contains(demo(NRM).id());
        assertThat(byText.get("Increase in the positive outcome rate for sexual offences."))
                .contains(demo(SEXUAL_OFFENCES).id());
    }

    @Test
    void demoUpdatesCoverEveryStatusAndOneActivityIsOverdue() throws Exception {
        var statuses = EnumSet.noneOf(RagStatus.class);
        for (var progress : updates.progress(dorset())) {
            if (progress.latest() != null && progress.latest().illustrative()) {
                statuses.add(progress.latest().status());
            }
        }
        assertThat(statuses).containsExactlyInAnyOrder(RagStatus.values());
        var overdue = updates.overdue(dorset()).stream()
                .filter(p -> p.activity().text().equals(OVERDUE_ACTIVITY))
                .findFirst()
                .orElseThrow();
        assertThat(overdue.latest().illustrative()).isTrue();
        assertThat(overdue.overdue()).contains("No update for 130 days");
        var html = Pages.html(
                mvc.perform(get("/partnerships/dorset/performance/overdue").with(as(accounts, "coordinator")))
                        .andReturn());
        assertThat(html.select("a[href=/partnerships/dorset/activities/"
                        + overdue.activity().id() + "]"))
                .hasSize(1);
        assertThat(html.text()).contains("Illustrative demo data");
    }
}
