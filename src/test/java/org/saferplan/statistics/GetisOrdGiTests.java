package org.saferplan.statistics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.saferplan.statistics.GetisOrdGi.Band;

class GetisOrdGiTests {

    /*
     * A 3 × 3 grid, cells a–i row by row, rook neighbours (sharing an edge) plus the cell itself:
     *
     *   a=0 b=0 c=0
     *   d=0 e=3 f=3
     *   g=0 h=3 i=3
     *
     * n = 9, X̄ = 12/9 = 4/3, Σx²/n = 36/9 = 4, S = √(4 − 16/9) = √20 / 3 = 1.4907.
     * Corner i (i, f, h): Σwx = 9, X̄Σw = 4, Σw = Σw² = 3, √[(9×3 − 9)/8] = 1.5; z = 5 / (1.4907 × 1.5) = √5 = 2.2361:
     * a hot spot at 95% (not 99%). Corner a (a, b, d): Σwx = 0, z = −4 / 2.2361 = −1.7889: not significant.
     * Centre e (e, b, d, f, h): Σwx = 9, X̄Σw = 20/3, √[(9×5 − 25)/8] = 1.5811; z = (7/3) / (1.4907 × 1.5811) = 0.9899.
     */
    @Test
    void scoresASmallGridWorkedByHand() {
        var areas = List.of("a", "b", "c", "d", "e", "f", "g", "h", "i");
        var weights = GetisOrdGi.binaryWeights(
                areas,
                Map.of(
                        "a",
                        Set.of("b", "d"),
                        "b",
                        Set.of("a", "c", "e"),
                        "c",
                        Set.of("b", "f"),
                        "d",
                        Set.of("a", "e", "g"),
                        "e",
                        Set.of("b", "d", "f", "h"),
                        "f",
                        Set.of("c", "e", "i"),
                        "g",
                        Set.of("d", "h"),
                        "h",
                        Set.of("g", "e", "i"),
                        "i",
                        Set.of("f", "h")));
        assertThat(weights.get(8)).isEqualTo(Map.of(8, 1.0, 5, 1.0, 7, 1.0));
        var gi = GetisOrdGi.of(List.of(0.0, 0.0, 0.0, 0.0, 3.0, 3.0, 0.0, 3.0, 3.0), weights);
        assertThat(gi.z(8)).isCloseTo(Math.sqrt(5), within(1e-12));
        assertThat(gi.band(8)).isEqualTo(Band.HOT_SPOT_95);
        assertThat(gi.z(0)).isCloseTo(-4 / Math.sqrt(5), within(1e-12));
        assertThat(gi.band(0)).isEqualTo(Band.NOT_SIGNIFICANT);
        assertThat(gi.z(4)).isCloseTo(0.9899, within(1e-4));
    }

    @Test
    void bandsAreTheNinetyFiveNinetyNineAndNinetyNinePointNineThresholds() {
        assertThat(Band.of(1.96)).isEqualTo(Band.NOT_SIGNIFICANT);
        assertThat(Band.of(2.0)).isEqualTo(Band.HOT_SPOT_95);
        assertThat(Band.of(-2.6)).isEqualTo(Band.COLD_SPOT_99);
        assertThat(Band.of(3.3)).isEqualTo(Band.HOT_SPOT_99_9);
        assertThat(Band.of(-3.3).label()).isEqualTo("Cold spot, 99.9% confidence");
    }

    @Test
    void refusesWeightsThatDoNotFit() {
        var areas = List.of("a", "b", "c");
        assertThatIllegalArgumentException()
                .isThrownBy(() -> GetisOrdGi.binaryWeights(areas, Map.of("a", Set.of("b"))))
                .withMessageContaining("does not neighbour");
        assertThatIllegalArgumentException()
                .isThrownBy(() -> GetisOrdGi.binaryWeights(areas, Map.of("a", Set.of("z"))))
                .withMessageContaining("not one of the areas");
        assertThatIllegalArgumentException()
                .isThrownBy(() ->
                        GetisOrdGi.of(List.of(1.0, 2.0, 3.0), List.of(Map.of(1, 1.0), Map.of(1, 1.0), Map.of(2, 1.0))))
                .withMessageContaining("itself");
        assertThatIllegalArgumentException()
                .isThrownBy(() -> GetisOrdGi.of(List.of(2.0, 2.0, 2.0), GetisOrdGi.binaryWeights(areas, Map.of())))
                .withMessageContaining("same value");
    }
}
