package org.saferplan.performance;

/** What an indicator's values are. Counts get the year-on-year test of change (methods.md §4.2). */
public enum Unit {
    COUNT("Count"),
    RATE_PER_1000("Rate per 1,000"),
    PERCENTAGE("Percentage"),
    OTHER("Other");

    private final String label;

    Unit(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
