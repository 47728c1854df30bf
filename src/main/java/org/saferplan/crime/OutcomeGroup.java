package org.saferplan.crime;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * The police.uk outcome categories (methods.md §1.1, exact CSV strings) in groups, and which groups make a
 * "positive outcome". SaferPlan's definition, close to the Home Office's (charge or summons, and out-of-court
 * disposals): every court outcome implies a charge, so it counts as positive whatever the verdict; a crime with no
 * outcome yet, "Under investigation" or "Status update unavailable" is pending and counts as not positive.
 */
enum OutcomeGroup {
    CHARGED(
            "Charged or summonsed (incl. court outcomes)",
            true,
            List.of(
                    "Awaiting court outcome",
                    "Court result unavailable",
                    "Court case unable to proceed",
                    "Offender deprived of property",
                    "Offender fined",
                    "Offender given absolute discharge",
                    "Offender given community sentence",
                    "Offender given conditional discharge",
                    "Offender given suspended prison sentence",
                    "Offender sent to prison",
                    "Offender otherwise dealt with",
                    "Offender ordered to pay compensation",
                    "Suspect charged as part of another case",
                    "Suspect charged",
                    "Defendant found not guilty",
                    "Defendant sent to Crown Court")),
    OUT_OF_COURT(
            "Out-of-court disposal",
            true,
            List.of(
                    "Local resolution",
                    "Offender given a caution",
                    "Offender given a drugs possession warning",
                    "Offender given penalty notice")),
    NO_SUSPECT("No suspect identified", false, List.of("Investigation complete; no suspect identified")),
    NOT_PROCEEDED(
            "Unable to prosecute or not in the public interest",
            false,
            List.of(
                    "Unable to prosecute suspect",
                    "Formal action is not in the public interest",
                    "Further investigation is not in the public interest",
                    "Further action is not in the public interest")),
    OTHER_ORGANISATION("Action by another organisation", false, List.of("Action to be taken by another organisation")),
    PENDING("Pending (no outcome yet)", false, List.of("Under investigation", "Status update unavailable"));

    /** How a crime without any outcome category is shown. */
    static final String NO_OUTCOME = "No outcome recorded";

    private final String label;
    private final boolean positive;
    private final List<String> categories;

    OutcomeGroup(String label, boolean positive, List<String> categories) {
        this.label = label;
        this.positive = positive;
        this.categories = categories;
    }

    String label() {
        return label;
    }

    boolean positive() {
        return positive;
    }

    List<String> categories() {
        return categories;
    }

    /** The group of an outcome category (case-insensitive); null or unknown is pending. */
    static OutcomeGroup of(String category) {
        if (category == null) {
            return PENDING;
        }
        var lower = category.toLowerCase(Locale.ROOT);
        return Arrays.stream(values())
                .filter(group -> group.categories.stream()
                        .anyMatch(c -> c.toLowerCase(Locale.ROOT).equals(lower)))
                .findFirst()
                .orElse(PENDING);
    }

    /** The definition in words, for pages and the API. */
    static String definition() {
        return "SaferPlan's definition: a positive outcome is a charge or summons (including every court outcome,"
                + " which follows a charge) or an out-of-court disposal ("
                + String.join(", ", OUT_OF_COURT.categories).toLowerCase(Locale.UK)
                + "). The rate is positive outcomes divided by all"
                + " crimes recorded in the period, so crimes still under investigation count as not (yet)"
                + " positive.";
    }
}
