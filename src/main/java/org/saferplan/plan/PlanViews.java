package org.saferplan.plan;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.function.Function;
import org.saferplan.plan.web.ActivityView;
import org.saferplan.plan.web.Change;
import org.saferplan.plan.web.MeasureView;
import org.saferplan.plan.web.SectionView;
import org.saferplan.plan.web.TextBlock;
import org.saferplan.plan.web.ThemeView;
import org.saferplan.plan.web.VersionPage;
import org.saferplan.plan.web.VersionRow;
import org.saferplan.web.Option;

/** Builds the plan pages' view models from plan records. */
final class PlanViews {

    private static final ZoneId LONDON = ZoneId.of("Europe/London");
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.UK);

    private PlanViews() {}

    static String versionHref(String slug, long versionId) {
        return "/partnerships/" + slug + "/plan/versions/" + versionId;
    }

    static VersionRow row(String slug, PlanVersion version) {
        return new VersionRow(
                version.id(),
                versionHref(slug, version.id()),
                version.label(),
                version.financialYear().toString(),
                version.status().label(),
                version.status().tagClass(),
                step(version.approved()),
                step(version.published()));
    }

    static String step(PlanVersion.Step step) {
        return step == null
                ? null
                : "By " + step.by() + " on " + WHEN.format(step.at().atZone(LONDON));
    }

    static String heading(SectionKind kind, String partnershipName) {
        return switch (kind) {
            case INTRODUCTION -> "Introduction";
            case CRIME_OVERVIEW -> "Crime in the " + partnershipName + " area";
            case CONSULTATION -> "Consultation and engagement";
            case PRIORITIES_INTRODUCTION -> "Community safety priorities";
            case PERFORMANCE_MANAGEMENT -> "Performance management";
            case GOVERNANCE -> "Governance";
        };
    }

    static VersionPage version(
            String slug,
            String partnershipName,
            VersionContent content,
            List<PlanVersion> siblings,
            Map<Long, String> organisations,
            boolean mayChange) {
        var version = content.version();
        var href = versionHref(slug, version.id());
        boolean editable = mayChange && version.editable();
        var sections = new ArrayList<SectionView>();
        for (var kind : SectionKind.values()) {
            sections.add(new SectionView(
                    kind.slug(),
                    heading(kind, partnershipName),
                    TextBlock.of(content.section(kind)),
                    editable ? href + "/sections/" + kind.slug() : null));
        }
        var priorities = new ArrayList<ThemeView>();
        var others = new ArrayList<ThemeView>();
        for (var theme : content.themes()) {
            var view = theme(href, content, theme, organisations, editable);
            (theme.kind() == ThemeKind.PRIORITY ? priorities : others).add(view);
        }
        var compareWith = siblings.stream()
                .filter(other -> other.id() != version.id())
                .sorted((a, b) -> Integer.compare(
                        Math.abs(a.financialYear().startYear()
                                - version.financialYear().startYear()
                                + 1),
                        Math.abs(b.financialYear().startYear()
                                - version.financialYear().startYear()
                                + 1)))
                .map(other -> new Option(
                        String.valueOf(other.id()),
                        other.label() + " (" + other.status().label().toLowerCase(Locale.UK) + ")"))
                .toList();
        return new VersionPage(
                version.id(),
                href,
                content.plan().title(),
                version.label(),
                version.financialYear().toString(),
                version.status().label(),
                version.status().tagClass(),
                step(version.approved()),
                step(version.published()),
                editable,
                mayChange && version.status() == VersionStatus.DRAFT,
                mayChange && version.status() == VersionStatus.APPROVED,
                sections,
                priorities,
                others,
                compareWith,
                editable ? href + "/themes/new" : null);
    }

    private static ThemeView theme(
            String href, VersionContent content, Theme theme, Map<Long, String> organisations, boolean editable) {
        var themeHref = href + "/themes/" + theme.id();
        var lead = new ArrayList<String>();
        if (theme.leadOrganisationId() != null) {
            lead.add(organisations.getOrDefault(theme.leadOrganisationId(), "A former partner"));
        }
        if (!theme.leadPerson().isEmpty()) {
            lead.add(theme.leadPerson());
        }
        return new ThemeView(
                theme.id(),
                "theme-" + theme.id(),
                theme.kind().label(),
                theme.title(),
                TextBlock.of(theme.description()),
                lead.isEmpty() ? null : String.join(", ", lead),
                content.activitiesOf(theme.id()).stream()
                        .map(a -> activity(a, organisations, editable ? themeHref + "/activities/" + a.id() : null))
                        .toList(),
                content.measuresOf(theme.id()).stream()
                        .map(m -> measure(m, editable ? themeHref + "/measures/" + m.id() : null))
                        .toList(),
                editable ? themeHref : null,
                editable ? themeHref + "/activities/new" : null,
                editable ? themeHref + "/measures/new" : null);
    }

    static ActivityView activity(Activity a, Map<Long, String> organisations, String editHref) {
        var owners = a.owners().stream()
                .map(id -> organisations.getOrDefault(id, "A former partner"))
                .toList();
        String dates;
        if (a.startsOn() == null && a.dueOn() == null) {
            dates = "Not set";
        } else if (a.dueOn() == null) {
            dates = "From " + DAY.format(a.startsOn());
        } else if (a.startsOn() == null) {
            dates = "Due " + DAY.format(a.dueOn());
        } else {
            dates = DAY.format(a.startsOn()) + " to " + DAY.format(a.dueOn());
        }
        return new ActivityView(
                a.id(),
                a.text(),
                String.join(", ", owners),
                a.leadPerson().isEmpty() ? "Not recorded" : a.leadPerson(),
                dates,
                a.status().label(),
                a.status().tagClass(),
                a.note().isEmpty() ? null : a.note(),
                editHref);
    }

    static MeasureView measure(Measure m, String editHref) {
        var baseline = new ArrayList<String>();
        if (m.baselineValue() != null) {
            baseline.add(m.baselineValue().stripTrailingZeros().toPlainString());
        }
        if (!m.baselineText().isEmpty()) {
            baseline.add(m.baselineText());
        }
        return new MeasureView(
                m.id(),
                m.text(),
                m.direction().label(),
                baseline.isEmpty() ? null : String.join(": ", baseline),
                m.targetValue() == null
                        ? null
                        : m.targetValue().stripTrailingZeros().toPlainString(),
                m.howMeasured().isEmpty() ? null : m.howMeasured(),
                editHref);
    }

    /** The sections that differ, in document order. */
    static List<Change> sectionChanges(VersionContent from, VersionContent to, String partnershipName) {
        var changes = new ArrayList<Change>();
        for (var kind : SectionKind.values()) {
            var before = from.section(kind).strip();
            var after = to.section(kind).strip();
            if (!before.equals(after)) {
                changes.add(new Change("Section", "Changed", heading(kind, partnershipName), before, after));
            }
        }
        return changes;
    }

    static List<Change> themeChanges(VersionContent from, VersionContent to) {
        return changes("Theme", from.themes(), to.themes(), Theme::key, t -> "", PlanViews::themeText);
    }

    static List<Change> activityChanges(VersionContent from, VersionContent to) {
        return changes(
                "Activity",
                from.activities(),
                to.activities(),
                Activity::key,
                a -> themeTitle(from, to, a.themeId()),
                Activity::text);
    }

    static List<Change> measureChanges(VersionContent from, VersionContent to) {
        return changes(
                "Measure",
                from.measures(),
                to.measures(),
                Measure::key,
                m -> themeTitle(from, to, m.themeId()),
                Measure::text);
    }

    private static String themeText(Theme theme) {
        return theme.description().isEmpty()
                ? theme.title() + " (" + theme.kind().label() + ")"
                : theme.title() + " (" + theme.kind().label() + "): " + theme.description();
    }

    private static String themeTitle(VersionContent from, VersionContent to, long themeId) {
        return to.theme(themeId).or(() -> from.theme(themeId)).map(Theme::title).orElse("");
    }

    /**
     * Matches items by stable key: in {@code to} only is added, in {@code from} only is removed, in both with a
     * different text is changed. Order follows {@code to}, then what was removed.
     */
    private static <T> List<Change> changes(
            String thing,
            List<T> from,
            List<T> to,
            Function<T, UUID> key,
            Function<T, String> where,
            Function<T, String> text) {
        var before = new LinkedHashMap<UUID, T>();
        from.forEach(item -> before.put(key.apply(item), item));
        var changes = new ArrayList<Change>();
        for (var item : to) {
            var old = before.remove(key.apply(item));
            if (old == null) {
                changes.add(new Change(thing, "Added", where.apply(item), null, text.apply(item)));
            } else if (!Objects.equals(text.apply(old), text.apply(item))) {
                changes.add(new Change(thing, "Changed", where.apply(item), text.apply(old), text.apply(item)));
            }
        }
        before.values()
                .forEach(item -> changes.add(new Change(thing, "Removed", where.apply(item), text.apply(item), null)));
        return changes;
    }
}
