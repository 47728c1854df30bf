package org.saferplan.plan;

/** Which way a measure should move for things to be getting better. */
enum Direction {
    INCREASE("Higher is better"),
    DECREASE("Lower is better"),
    NEUTRAL("Neither higher nor lower is better");

    private final String label;

    Direction(String label) {
        this.label = label;
    }

    String label() {
        return label;
    }
}
