package org.saferplan.assessment;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.saferplan.statistics.CountChange;

/**
 * The rules that suggest a score from evidence, each stated in words on the page beside the score it suggests.
 *
 * <ul>
 *   <li>TREND: the year-on-year test of methods.md §4.2 (the conditional exact test and Wheeler's Poisson z, both
 *       published); the mapping of its result to 1-5 is SaferPlan's.</li>
 *   <li>VOLUME, HARM, CONCERN: the theme's figure (crime rate per 1,000, harm-weighted crime per 1,000 by the
 *       Cambridge Crime Harm Index of methods.md §6.1, share of survey respondents concerned) placed in fifths of the
 *       themes that have one: SaferPlan's rule, following the platform default of methods.md §8.2.</li>
 * </ul>
 */
final class ScoringRules {

    /** The fewest themes with a figure for the relative rules to place a theme among them. */
    static final int MIN_THEMES = 3;

    static final Map<String, String> STATEMENTS = Map.of(
            "VOLUME",
                    "Volume (SaferPlan's rule): the themes with a crime series are ordered by their recorded crime"
                            + " rate per 1,000 residents; a theme scores ⌈5 × (themes at or below its rate) ÷ (themes with a"
                            + " rate)⌉, so the highest fifth scores 5 and the lowest fifth 1. Needs at least "
                            + MIN_THEMES
                            + " themes with a rate.",
            "TREND",
                    "Trend: the latest 12 months against the same months a year earlier by the exact conditional"
                            + " test and Wheeler's Poisson z (methods.md §4.2). SaferPlan's scoring of the result: a"
                            + " significant increase (p < 0.05) with |z| > 3 scores 5, a significant increase 4, no"
                            + " significant change 3, a significant decrease 2, a significant decrease with |z| > 3 scores 1."
                            + " For a theme without a tested crime series, the same test on its partner indicator's counts:"
                            + " the latest year against the year before.",
            "HARM",
                    "Harm (SaferPlan's rule over the Cambridge Crime Harm Index): crimes of the theme's types are"
                            + " weighted by approximate CCHI days per police.uk category and divided by the population (per"
                            + " 1,000); themes are placed in fifths as for volume. Anti-social behaviour carries no harm"
                            + " weight (it is not a crime).",
            "CONCERN",
                    "Public concern (SaferPlan's rule): the share of survey respondents naming the concern the"
                            + " partnership linked to the theme (Surveys, \"you said, we did\"), placed in fifths of the themes"
                            + " with a share as for volume. Needs at least " + MIN_THEMES + " themes with a share.");

    private ScoringRules() {}

    static String statement(String rule) {
        return rule == null ? null : STATEMENTS.get(rule);
    }

    /**
     * Scores each theme's figure by its place among all of them: ⌈5 × (figures at or below it) ÷ n⌉. Empty when
     * fewer than {@link #MIN_THEMES} themes have a figure.
     */
    static Map<Long, Integer> fifths(Map<Long, Double> figures) {
        var scores = new LinkedHashMap<Long, Integer>();
        int n = figures.size();
        if (n < MIN_THEMES) {
            return scores;
        }
        figures.forEach((theme, value) -> {
            long atOrBelow =
                    figures.values().stream().filter(other -> other <= value).count();
            scores.put(theme, (int) Math.max(1, Math.ceil(5.0 * atOrBelow / n)));
        });
        return scores;
    }

    /** The trend score of a change between two equal periods. */
    static int trend(CountChange change) {
        boolean significant = change.exactPValue() < 0.05;
        if (!significant || change.current() == change.past()) {
            return 3;
        }
        boolean strong = change.wheelerNotability() == CountChange.Notability.BEYOND_3;
        if (change.current() > change.past()) {
            return strong ? 5 : 4;
        }
        return strong ? 1 : 2;
    }

    /** The relative rules, whose scores depend on the other themes. */
    static boolean relative(String rule) {
        return List.of("VOLUME", "HARM", "CONCERN").contains(rule);
    }
}
