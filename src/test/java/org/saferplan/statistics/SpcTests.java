package org.saferplan.statistics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.OptionalDouble;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.saferplan.statistics.Spc.Assurance;
import org.saferplan.statistics.Spc.PointType;
import org.saferplan.statistics.Spc.Rule;
import org.saferplan.statistics.Spc.Variation;

class SpcTests {

    private static final ImprovementDirection UP = ImprovementDirection.INCREASE;
    private static final ImprovementDirection DOWN = ImprovementDirection.DECREASE;
    private static final ImprovementDirection NEUTRAL = ImprovementDirection.NEUTRAL;

    private static Spc chart(List<? extends Number> values, ImprovementDirection improvement) {
        return Spc.of(values, improvement, OptionalDouble.empty(), List.of());
    }

    private static List<Integer> flagged(Spc spc) {
        return spc.points().stream()
                .filter(p -> p.type() != PointType.COMMON_CAUSE)
                .map(Spc.Point::index)
                .toList();
    }

    private static List<Integer> range(int from, int toInclusive) {
        return IntStream.rangeClosed(from, toInclusive).boxed().toList();
    }

    /*
     * 10, 12, 11, 15, 12: mean = 60 / 5 = 12. Moving ranges 2, 1, 4, 3: AMR = 10 / 4 = 2.5.
     * UPL = 12 + 2.66 × 2.5 = 18.65, LPL = 12 − 6.65 = 5.35; near-limit band beyond 12 ± 1.7733 × 2.5 = 16.4333, 7.5667.
     */
    @Test
    void xmrLimitsAreTheMeanPlusOrMinus266AverageMovingRanges() {
        var spc = chart(List.of(10, 12, 11, 15, 12), UP);
        var point = spc.points().get(0);
        assertThat(point.mean()).isCloseTo(12, within(1e-12));
        assertThat(spc.segments().get(0).averageMovingRange()).isCloseTo(2.5, within(1e-12));
        assertThat(point.upl()).isCloseTo(18.65, within(1e-12));
        assertThat(point.lpl()).isCloseTo(5.35, within(1e-12));
        assertThat(point.nearUpl()).isCloseTo(12 + 2 * 2.66 / 3 * 2.5, within(1e-12));
        assertThat(point.nearLpl()).isCloseTo(7.566667, within(1e-6));
        assertThat(flagged(spc)).isEmpty();
        assertThat(spc.variation()).isEqualTo(Variation.COMMON_CAUSE);
    }

    /* Alternating 10 and 2 around a mean of 6.3, with 7 points at 7 or 8 between: only those 7 are above the mean. */
    @Test
    void sevenPointsOnOneSideOfTheMeanAreAShift() {
        var spc = chart(List.of(10, 2, 10, 2, 10, 2, 7, 8, 7, 8, 7, 8, 7, 2, 10, 2, 10, 2, 10, 2), DOWN);
        assertThat(spc.points().get(0).mean()).isCloseTo(6.3, within(1e-12));
        assertThat(flagged(spc)).isEqualTo(range(6, 12));
        assertThat(spc.points().get(6).rules()).containsExactly(Rule.SHIFT);
        assertThat(spc.points().get(6).type()).isEqualTo(PointType.SPECIAL_CAUSE_CONCERN);
    }

    @Test
    void sixPointsOnOneSideOfTheMeanAreNot() {
        var spc = chart(List.of(10, 2, 10, 2, 10, 2, 7, 8, 7, 8, 7, 8, 2, 10, 2, 10, 2, 10, 2), DOWN);
        assertThat(flagged(spc)).isEmpty();
    }

    /* 4, 5, …, 10 rise six times in a row (7 points); the 9 before and the 3 after break the run. */
    @Test
    void sevenRisingPointsAreATrend() {
        var spc = chart(List.of(3, 9, 3, 9, 3, 9, 4, 5, 6, 7, 8, 9, 10, 3, 9, 3, 9, 3, 9), DOWN);
        assertThat(flagged(spc)).isEqualTo(range(6, 12));
        // A rising trend is a concern when lower is better, even for the points below the mean (4 and 5).
        assertThat(spc.points().subList(6, 13)).allSatisfy(point -> {
            assertThat(point.rules()).containsExactly(Rule.TREND);
            assertThat(point.type()).isEqualTo(PointType.SPECIAL_CAUSE_CONCERN);
        });
    }

    @Test
    void sixRisingPointsAreNotATrend() {
        var spc = chart(List.of(3, 9, 3, 9, 3, 9, 4, 5, 6, 7, 8, 9, 3, 9, 3, 9, 3, 9), DOWN);
        assertThat(flagged(spc)).isEmpty();
    }

    @Test
    void aFallingTrendIsFlaggedByItsDirectionNotItsSideOfTheMean() {
        var spc = chart(List.of(9, 3, 9, 3, 9, 3, 10, 9, 8, 7, 6, 5, 4, 9, 3, 9, 3, 9, 3), UP);
        assertThat(flagged(spc)).isEqualTo(range(6, 12));
        assertThat(spc.points().subList(6, 13))
                .allSatisfy(point -> assertThat(point.type()).isEqualTo(PointType.SPECIAL_CAUSE_CONCERN));
    }

    /* 9, 11, … (mean 10.78, AMR 3.53): UPL = 20.17, so 25 is outside; nothing else is flagged. */
    @Test
    void aPointOutsideTheLimitsIsSpecialCause() {
        var spc = chart(List.of(9, 11, 9, 11, 9, 11, 9, 11, 9, 11, 9, 25, 11, 9, 11, 9, 11, 9), DOWN);
        assertThat(spc.points().get(11).upl()).isCloseTo(20.166, within(1e-3));
        assertThat(flagged(spc)).containsExactly(11);
        assertThat(spc.points().get(11).rules()).containsExactly(Rule.OUTSIDE_LIMITS);
        assertThat(spc.points().get(11).type()).isEqualTo(PointType.SPECIAL_CAUSE_CONCERN);
    }

    /*
     * 9, 11 alternating with 16, 11, 16 at 10-12: mean 10.684, AMR 2.778, band above 15.610 up to the UPL 18.073.
     * Both 16s are in the band and the 11 between them is above the mean: the 16s are flagged, the 11 is not.
     */
    @Test
    void twoOfThreeNearTheLimitOnOneSideFlagOnlyThePointsInTheBand() {
        var spc = chart(List.of(9, 11, 9, 11, 9, 11, 9, 11, 9, 11, 16, 11, 16, 9, 11, 9, 11, 9, 11), UP);
        assertThat(spc.points().get(10).nearUpl()).isCloseTo(15.610, within(1e-3));
        assertThat(flagged(spc)).containsExactly(10, 12);
        assertThat(spc.points().get(10).rules()).containsExactly(Rule.TWO_OF_THREE_NEAR_LIMITS);
        assertThat(spc.points().get(12).type()).isEqualTo(PointType.SPECIAL_CAUSE_IMPROVEMENT);
        assertThat(spc.variation()).isEqualTo(Variation.COMMON_CAUSE);
    }

    @Test
    void twoNearTheLimitWithTheMiddlePointAcrossTheMeanAreNotFlagged() {
        var spc = chart(List.of(9, 11, 9, 11, 9, 11, 9, 11, 9, 11, 16, 9, 16, 9, 11, 9, 11, 9, 11), UP);
        assertThat(spc.points().get(11).value()).isLessThan(spc.points().get(11).mean());
        assertThat(flagged(spc)).isEmpty();
    }

    /*
     * 10, 12, 11, 13, 12 | 20, 22, 21, 23, 22 rebased at 5: the first segment has mean 11.6 and moving ranges 2, 1, 2, 1
     * (AMR 1.5), so limits 11.6 ± 3.99; the second mean 21.6, AMR 1.5, limits 21.6 ± 3.99. The jump 12 → 20 is not a
     * moving range of either.
     */
    @Test
    void rebaseStartsANewSegmentWithItsOwnMeanAndLimits() {
        var spc = Spc.of(List.of(10, 12, 11, 13, 12, 20, 22, 21, 23, 22), UP, OptionalDouble.empty(), List.of(5));
        assertThat(spc.segments()).hasSize(2);
        var first = spc.points().get(4);
        var second = spc.points().get(5);
        assertThat(first.mean()).isCloseTo(11.6, within(1e-12));
        assertThat(first.upl()).isCloseTo(15.59, within(1e-12));
        assertThat(first.lpl()).isCloseTo(7.61, within(1e-12));
        assertThat(second.segment()).isEqualTo(1);
        assertThat(second.mean()).isCloseTo(21.6, within(1e-12));
        assertThat(second.upl()).isCloseTo(25.59, within(1e-12));
        assertThat(second.lpl()).isCloseTo(17.61, within(1e-12));
        assertThat(flagged(spc)).isEmpty();
        // Without the rebase the second half lies far above one mean.
        assertThat(flagged(chart(List.of(10, 12, 11, 13, 12, 20, 22, 21, 23, 22), UP)))
                .isNotEmpty();
    }

    @Test
    void warnsAboutEverySegmentOfFewerThanTwelvePoints() {
        var twelve = List.of(1, 2, 1, 2, 1, 2, 1, 2, 1, 2, 1, 2);
        assertThat(chart(twelve, UP).warnings()).isEmpty();
        assertThat(chart(twelve.subList(0, 11), UP).warnings())
                .singleElement()
                .asString()
                .contains("11 points");
        var rebased =
                Spc.of(List.of(1, 2, 1, 2, 1, 2, 1, 2, 1, 2, 1, 2, 5, 6, 5), UP, OptionalDouble.empty(), List.of(12));
        assertThat(rebased.warnings()).singleElement().asString().startsWith("Segment 2");
    }

    /* Limits of 10, 12, 11, 15, 12 are 5.35 to 18.65. */
    @Test
    void assuranceComparesTheTargetWithTheLatestLimits() {
        var values = List.of(10, 12, 11, 15, 12);
        assertThat(Spc.of(values, UP, OptionalDouble.of(20), List.of()).assurance())
                .isEqualTo(Assurance.CONSISTENT_FAIL);
        assertThat(Spc.of(values, DOWN, OptionalDouble.of(20), List.of()).assurance())
                .isEqualTo(Assurance.CONSISTENT_PASS);
        assertThat(Spc.of(values, UP, OptionalDouble.of(5), List.of()).assurance())
                .isEqualTo(Assurance.CONSISTENT_PASS);
        assertThat(Spc.of(values, DOWN, OptionalDouble.of(5), List.of()).assurance())
                .isEqualTo(Assurance.CONSISTENT_FAIL);
        assertThat(Spc.of(values, UP, OptionalDouble.of(12), List.of()).assurance())
                .isEqualTo(Assurance.INCONSISTENT);
        assertThat(Spc.of(values, NEUTRAL, OptionalDouble.of(20), List.of()).assurance())
                .isEqualTo(Assurance.NONE);
        assertThat(Spc.of(values, UP, OptionalDouble.empty(), List.of()).assurance())
                .isEqualTo(Assurance.NONE);
        assertThat(Assurance.CONSISTENT_PASS.colour()).isEqualTo("#00b0f0");
        assertThat(Assurance.CONSISTENT_FAIL.colour()).isEqualTo("#e46c0a");
    }

    @Test
    void neutralDirectionTypesAreHighOrLow() {
        var high = chart(List.of(9, 11, 9, 11, 9, 11, 9, 11, 9, 11, 9, 11, 9, 11, 9, 25), NEUTRAL);
        assertThat(high.latest().type()).isEqualTo(PointType.SPECIAL_CAUSE_NEUTRAL_HIGH);
        assertThat(high.variation()).isEqualTo(Variation.NEUTRAL_HIGH);
        assertThat(high.variation().colour()).isEqualTo("#490092");
        var low = chart(List.of(9, 11, 9, 11, 9, 11, 9, 11, 9, 11, 9, 11, 9, 11, 9, -5), NEUTRAL);
        assertThat(low.latest().type()).isEqualTo(PointType.SPECIAL_CAUSE_NEUTRAL_LOW);
        assertThat(low.variation()).isEqualTo(Variation.NEUTRAL_LOW);
    }

    @Test
    void variationIconOrientsTheLatestPointByTheImprovementDirection() {
        var spike = List.of(9, 11, 9, 11, 9, 11, 9, 11, 9, 11, 9, 11, 9, 11, 9, 25);
        assertThat(chart(spike, UP).variation()).isEqualTo(Variation.IMPROVEMENT_HIGH);
        assertThat(chart(spike, DOWN).variation()).isEqualTo(Variation.CONCERN_HIGH);
        assertThat(chart(spike, DOWN).variation().colour()).isEqualTo("#e46c0a");
        var dip = List.of(9, 11, 9, 11, 9, 11, 9, 11, 9, 11, 9, 11, 9, 11, 9, -5);
        assertThat(chart(dip, UP).variation()).isEqualTo(Variation.CONCERN_LOW);
        assertThat(chart(dip, DOWN).variation()).isEqualTo(Variation.IMPROVEMENT_LOW);
        assertThat(chart(dip, DOWN).variation().colour()).isEqualTo("#00b0f0");
    }

    @Test
    void refusesWhatCannotBeCharted() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> chart(List.of(1), UP))
                .withMessageContaining("2 values");
        assertThatIllegalArgumentException().isThrownBy(() -> chart(List.of(1, Double.NaN), UP));
        assertThatIllegalArgumentException()
                .isThrownBy(() -> Spc.of(List.of(1, 2, 3), UP, OptionalDouble.empty(), List.of(3)))
                .withMessageContaining("outside");
        assertThatIllegalArgumentException()
                .isThrownBy(() -> Spc.of(List.of(1, 2, 3), UP, OptionalDouble.empty(), List.of(2)))
                .withMessageContaining("one point");
    }
}
