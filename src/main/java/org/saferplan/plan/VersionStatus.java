package org.saferplan.plan;

/** Where a plan version is in its life: drafted, approved by the partnership, published. */
enum VersionStatus {
    DRAFT("Draft", "govuk-tag--yellow"),
    APPROVED("Approved", "govuk-tag--blue"),
    PUBLISHED("Published", "govuk-tag--green");

    private final String label;
    private final String tagClass;

    VersionStatus(String label, String tagClass) {
        this.label = label;
        this.tagClass = tagClass;
    }

    String label() {
        return label;
    }

    String tagClass() {
        return tagClass;
    }
}
