package org.saferplan.assessment;

import java.math.BigDecimal;
import java.util.List;

/**
 * The two scoring matrices an assessment can use. DEFAULT is the platform default of methods.md §8.2 (volume,
 * trend, harm, public concern, vulnerability, each 1-5, weighted sum, ties broken on harm). MORILE is a
 * MoRiLE-style template (methods.md §8.1): harm to the individual and community summed, multiplied by likelihood,
 * with organisational position and confidence recorded beside it and organisational position breaking ties. The
 * MoRiLE workbook's own scales are restricted, so this is SaferPlan's simplification with configurable weights.
 */
enum Matrix {
    DEFAULT(
            "Default matrix (volume, trend, harm, public concern, vulnerability)",
            "harm",
            List.of(
                    new Dimension("volume", "Volume", "How much of it there is", BigDecimal.ONE, "SUM", "VOLUME", 1),
                    new Dimension(
                            "trend", "Trend", "Whether it is rising or falling", BigDecimal.ONE, "SUM", "TREND", 2),
                    new Dimension("harm", "Harm", "How much harm it does", BigDecimal.ONE, "SUM", "HARM", 3),
                    new Dimension(
                            "concern",
                            "Public concern",
                            "How much it worries residents",
                            BigDecimal.ONE,
                            "SUM",
                            "CONCERN",
                            4),
                    new Dimension(
                            "vulnerability",
                            "Vulnerability",
                            "Repeat and vulnerable victims",
                            BigDecimal.ONE,
                            "SUM",
                            null,
                            5))),
    MORILE(
            "MoRiLE-style template (harm, likelihood, organisational position, confidence)",
            "position",
            List.of(
                    new Dimension(
                            "physical",
                            "Physical harm",
                            "Physical impact on victims",
                            BigDecimal.ONE,
                            "SUM",
                            "HARM",
                            1),
                    new Dimension(
                            "psychological",
                            "Psychological harm",
                            "Psychological impact on victims",
                            BigDecimal.ONE,
                            "SUM",
                            null,
                            2),
                    new Dimension(
                            "financial",
                            "Financial harm",
                            "Financial impact on victims",
                            BigDecimal.ONE,
                            "SUM",
                            null,
                            3),
                    new Dimension(
                            "community",
                            "Community and environment",
                            "Harm to communities and places",
                            BigDecimal.ONE,
                            "SUM",
                            null,
                            4),
                    new Dimension(
                            "likelihood",
                            "Likelihood",
                            "How likely it is to happen (from volume where evidence allows)",
                            BigDecimal.ONE,
                            "FACTOR",
                            "VOLUME",
                            5),
                    new Dimension(
                            "position",
                            "Organisational position",
                            "Partners' capacity and capability to respond",
                            BigDecimal.ONE,
                            "RECORD",
                            null,
                            6),
                    new Dimension(
                            "confidence",
                            "Confidence",
                            "How sure the evidence is (1 low, 5 high)",
                            BigDecimal.ONE,
                            "RECORD",
                            null,
                            7)));

    private final String label;
    private final String tieBreak;
    private final List<Dimension> dimensions;

    Matrix(String label, String tieBreak, List<Dimension> dimensions) {
        this.label = label;
        this.tieBreak = tieBreak;
        this.dimensions = dimensions;
    }

    String label() {
        return label;
    }

    /** The dimension whose score breaks a tie in the total. */
    String tieBreak() {
        return tieBreak;
    }

    List<Dimension> dimensions() {
        return dimensions;
    }

    String method() {
        return this == DEFAULT
                ? "Total = Σ weight × score over volume, trend, harm, public concern and vulnerability (each 1 to 5);"
                        + " ties are broken on harm (methods.md §8.2)."
                : "Risk = (Σ weight × score over the four harm dimensions) × likelihood; organisational position and"
                        + " confidence are recorded beside the risk and organisational position breaks ties"
                        + " (SaferPlan's simplification of MoRiLE, whose own scales are restricted; methods.md §8.1).";
    }
}
