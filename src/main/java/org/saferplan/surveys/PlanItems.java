package org.saferplan.surveys;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.saferplan.plan.PlanLookup;
import org.springframework.stereotype.Component;

/**
 * The plan items a concern can be answered by: the themes (priorities, monitored and cross-cutting themes, linked
 * strategies) and activities of one plan version, named by their stable keys so a link follows the plan from one
 * refresh to the next. The public side uses only the latest published version; the workspace the current one.
 */
@Component
class PlanItems {

    private final PlanLookup plan;

    PlanItems(PlanLookup plan) {
        this.plan = plan;
    }

    /** A theme or activity; {@code value} is how a form names it ({@code THEME:key}). */
    record Item(Records.PlanKind kind, UUID key, String kindLabel, String title, String theme) {

        String value() {
            return kind.name() + ":" + key;
        }
    }

    record Version(String label, String status, List<Item> items) {

        Optional<Item> find(Records.PlanKind kind, UUID key) {
            return items.stream()
                    .filter(i -> i.kind() == kind && i.key().equals(key))
                    .findFirst();
        }
    }

    /** The current version's items (published, or the latest version before anything is published). */
    Optional<Version> current(long partnershipId) {
        return plan.currentVersion(partnershipId).map(v -> version(partnershipId, v));
    }

    /** The latest published version's items, or empty when nothing is published. */
    Optional<Version> published(long partnershipId) {
        return plan.currentVersion(partnershipId)
                .filter(v -> "PUBLISHED".equals(v.status()))
                .map(v -> version(partnershipId, v));
    }

    private Version version(long partnershipId, PlanLookup.VersionRef version) {
        var items = new ArrayList<Item>();
        for (var theme : plan.themes(partnershipId, version.id())) {
            items.add(new Item(
                    Records.PlanKind.THEME, theme.key(), themeKind(theme.kind()), theme.title(), theme.title()));
        }
        for (var activity : plan.activities(partnershipId, version.id())) {
            items.add(
                    new Item(Records.PlanKind.ACTIVITY, activity.key(), "Activity", activity.text(), activity.theme()));
        }
        return new Version(version.planTitle() + ", " + version.label(), version.status(), items);
    }

    private static String themeKind(String kind) {
        return switch (kind) {
            case "PRIORITY" -> "Priority";
            case "MONITORED" -> "Monitored theme";
            case "CROSS_CUTTING" -> "Cross-cutting theme";
            default -> "Linked strategy";
        };
    }
}
