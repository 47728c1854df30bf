package org.saferplan.plan;

import java.util.Arrays;
import java.util.Optional;

/** The text sections of a plan version, in the order the Dorset plan prints them. */
enum SectionKind {
    INTRODUCTION("introduction", "Introduction and aims"),
    CRIME_OVERVIEW("crime-overview", "Crime overview"),
    CONSULTATION("consultation", "Consultation and engagement"),
    PRIORITIES_INTRODUCTION("priorities-introduction", "Community safety priorities (introduction)"),
    PERFORMANCE_MANAGEMENT("performance-management", "Performance management"),
    GOVERNANCE("governance", "Governance");

    private final String slug;
    private final String label;

    SectionKind(String slug, String label) {
        this.slug = slug;
        this.label = label;
    }

    String slug() {
        return slug;
    }

    String label() {
        return label;
    }

    static Optional<SectionKind> ofSlug(String slug) {
        return Arrays.stream(values()).filter(kind -> kind.slug.equals(slug)).findFirst();
    }
}
