package org.saferplan.assessment;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import org.junit.jupiter.api.Test;
import org.saferplan.statistics.CountChange;

class ScoringRulesTests {

    @Test
    void trendScoresFollowTheYearOnYearTest() {
        // 100 -> 132: exact p about 0.036, Wheeler's z 2.98: significant, not beyond 3.
        assertThat(ScoringRules.trend(CountChange.of(100, 132))).isEqualTo(4);
        assertThat(ScoringRules.trend(CountChange.of(132, 100))).isEqualTo(2);
        // 100 -> 150: z = 4.49, beyond Wheeler's monitoring threshold.
        assertThat(ScoringRules.trend(CountChange.of(100, 150))).isEqualTo(5);
        assertThat(ScoringRules.trend(CountChange.of(150, 100))).isEqualTo(1);
        // 16 -> 25 (methods.md §4.2's example, z = 2) is no significant change.
        assertThat(ScoringRules.trend(CountChange.of(16, 25))).isEqualTo(3);
        assertThat(ScoringRules.trend(CountChange.of(40, 40))).isEqualTo(3);
    }

    @Test
    void relativeFiguresArePlacedInFifthsOfTheThemes() {
        var figures = new LinkedHashMap<Long, Double>();
        figures.put(1L, 2.0);
        figures.put(2L, 10.0);
        figures.put(3L, 4.0);
        figures.put(4L, 8.0);
        figures.put(5L, 6.0);
        assertThat(ScoringRules.fifths(figures))
                .containsEntry(1L, 1)
                .containsEntry(3L, 2)
                .containsEntry(5L, 3)
                .containsEntry(4L, 4)
                .containsEntry(2L, 5);
        var three = new LinkedHashMap<Long, Double>();
        three.put(1L, 1.0);
        three.put(2L, 3.0);
        three.put(3L, 3.0);
        // ⌈5 × 1 ÷ 3⌉ = 2; ties share the higher place: ⌈5 × 3 ÷ 3⌉ = 5.
        assertThat(ScoringRules.fifths(three))
                .containsEntry(1L, 2)
                .containsEntry(2L, 5)
                .containsEntry(3L, 5);
    }

    @Test
    void fewerThanThreeThemesSuggestNothing() {
        var two = new LinkedHashMap<Long, Double>();
        two.put(1L, 1.0);
        two.put(2L, 9.0);
        assertThat(ScoringRules.fifths(two)).isEmpty();
    }

    @Test
    void harmWeightsAreTheVolumeWeightedCambridgeIndexPerPoliceUkType() {
        var weights = CrimeEvidence.weights();
        assertThat(weights)
                .hasSize(13)
                .containsEntry("Robbery", 365.0)
                .containsEntry("Shoplifting", 1.0)
                .doesNotContainKey("Anti-social behaviour");
        // (5475 x 524 + 365 x 516757 + 10 x 804983 + 10 x 598830 + 365 x 2244 + 2555 x 71509 + 182.25 x 135333)
        // / 2130180 = 194.21 days.
        assertThat(weights.get("Violence and sexual offences")).isEqualTo(194.21);
    }

    @Test
    void everyRuleTheMatricesUseIsStatedAndSaysWhoseRuleItIs() {
        for (var matrix : Matrix.values()) {
            for (var dimension : matrix.dimensions()) {
                if (dimension.rule() != null) {
                    assertThat(ScoringRules.statement(dimension.rule()))
                            .as(dimension.key())
                            .isNotBlank();
                }
            }
        }
        assertThat(ScoringRules.statement("VOLUME")).contains("SaferPlan's rule");
        assertThat(ScoringRules.statement("TREND")).contains("methods.md §4.2", "SaferPlan's scoring");
    }
}
