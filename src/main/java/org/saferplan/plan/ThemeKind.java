package org.saferplan.plan;

/**
 * The kinds of theme a Community Safety Plan names (Dorset 2021-22 refresh): agreed priorities, issues partners
 * monitor (Hate Crime), cross-cutting areas of work (Reducing re-offending) and separate strategies it links to
 * (the pan-Dorset Alcohol & Drugs Strategy).
 */
enum ThemeKind {
    PRIORITY("Priority"),
    MONITORED("Monitored theme"),
    CROSS_CUTTING("Cross-cutting theme"),
    LINKED_STRATEGY("Linked strategy");

    private final String label;

    ThemeKind(String label) {
        this.label = label;
    }

    String label() {
        return label;
    }
}
