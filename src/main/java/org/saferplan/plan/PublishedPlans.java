package org.saferplan.plan;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.stereotype.Service;

/**
 * What the public may read of a partnership's plans: published versions only, and of them only what the printed
 * plan shows (sections, themes, activities and measures with their stable keys, activity owners). Drafts, approved
 * but unpublished versions, activity progress (status, dates, lead people, notes) and measure baselines stay
 * inside the workspace. Read-only; for the publishing module.
 */
@Service
public class PublishedPlans {

    private final Plans plans;
    private final PlanRepository repository;

    PublishedPlans(Plans plans, PlanRepository repository) {
        this.plans = plans;
        this.repository = repository;
    }

    /**
     * A published version. {@code slug} is its address on the public site, made from its label (unique within the
     * partnership: a later version whose label gives the same slug gets its id appended).
     */
    public record Version(
            long id,
            String slug,
            String planTitle,
            String planYears,
            String label,
            String financialYear,
            Instant publishedAt) {}

    /** A section of the printed plan; {@code key} is one of the section slugs (introduction, governance, ...). */
    public record Section(String key, String title, String text) {}

    /** A theme: {@code kind} is PRIORITY, MONITORED, CROSS_CUTTING or LINKED_STRATEGY. */
    public record PublishedTheme(
            UUID key,
            String kind,
            String kindLabel,
            String title,
            String description,
            List<PublishedActivity> activities,
            List<PublishedMeasure> measures) {

        public PublishedTheme {
            activities = List.copyOf(activities);
            measures = List.copyOf(measures);
        }
    }

    /**
     * An activity with the partner organisations that own it; {@code ownersIllustrative} when the owners were not
     * named by the plan itself (the demo's).
     */
    public record PublishedActivity(UUID key, String text, List<String> owners, boolean ownersIllustrative) {

        public PublishedActivity {
            owners = List.copyOf(owners);
        }
    }

    /** A measure; {@code direction} is INCREASE, DECREASE or NEUTRAL. */
    public record PublishedMeasure(UUID key, String text, String direction, String directionLabel) {}

    /** A published version's whole content, sections in the printed plan's order. */
    public record Content(Version version, List<Section> sections, List<PublishedTheme> themes) {

        public Content {
            sections = List.copyOf(sections);
            themes = List.copyOf(themes);
        }

        public String section(String key) {
            return sections.stream()
                    .filter(s -> s.key().equals(key))
                    .map(Section::text)
                    .findFirst()
                    .orElse("");
        }
    }

    /** The partnership's published versions, newest financial year first (the first is the current one). */
    public List<Version> versions(long partnershipId) {
        var published = new ArrayList<Version>();
        var planList = plans.plans(partnershipId);
        for (var plan : planList) {
            for (var version : repository.versions(plan.id())) {
                if (version.status() == VersionStatus.PUBLISHED) {
                    published.add(new Version(
                            version.id(),
                            null,
                            plan.title(),
                            plan.years(),
                            version.label(),
                            version.financialYear().toString(),
                            version.published().at()));
                }
            }
        }
        published.sort(Comparator.comparing(Version::financialYear)
                .reversed()
                .thenComparing(Comparator.comparingLong(Version::id).reversed()));
        // Slugs are given oldest first so that publishing a later version never changes an earlier one's address.
        var slugs = new LinkedHashMap<Long, String>();
        var taken = new HashSet<String>();
        published.stream().sorted(Comparator.comparingLong(Version::id)).forEach(v -> {
            var slug = slug(v.label());
            slugs.put(v.id(), taken.add(slug) ? slug : slug + "-" + v.id());
        });
        return published.stream()
                .map(v -> new Version(
                        v.id(),
                        slugs.get(v.id()),
                        v.planTitle(),
                        v.planYears(),
                        v.label(),
                        v.financialYear(),
                        v.publishedAt()))
                .toList();
    }

    /** A version not (yet) published, as the workspace's publishing page lists it; {@code status} as stored. */
    public record Unpublished(long id, String planTitle, String label, String status, String statusLabel) {}

    /** The partnership's versions that are not public: drafts and approved versions, newest first. */
    public List<Unpublished> unpublished(long partnershipId) {
        var list = new ArrayList<Unpublished>();
        for (var plan : plans.plans(partnershipId)) {
            for (var version : repository.versions(plan.id())) {
                if (version.status() != VersionStatus.PUBLISHED) {
                    list.add(new Unpublished(
                            version.id(),
                            plan.title(),
                            version.label(),
                            version.status().name(),
                            version.status().label()));
                }
            }
        }
        return list;
    }

    /** A published version's content, or empty when the version is not published or not the partnership's. */
    public Optional<Content> content(long partnershipId, long versionId) {
        return versions(partnershipId).stream()
                .filter(v -> v.id() == versionId)
                .findFirst()
                .map(version -> content(partnershipId, version));
    }

    /**
     * Any version's content as it would be published, for the coordinator's preview inside the workspace (never
     * for a public page): empty when the version is not the partnership's.
     */
    public Optional<Content> preview(long partnershipId, long versionId) {
        var published = content(partnershipId, versionId);
        if (published.isPresent()) {
            return published;
        }
        return plans.plans(partnershipId).stream()
                .flatMap(plan -> repository.versions(plan.id()).stream()
                        .filter(v -> v.id() == versionId)
                        .map(v -> new Version(
                                v.id(),
                                "preview",
                                plan.title(),
                                plan.years(),
                                v.label(),
                                v.financialYear().toString(),
                                null)))
                .findFirst()
                .map(version -> content(partnershipId, version));
    }

    private Content content(long partnershipId, Version version) {
        long versionId = version.id();
        var content = plans.content(partnershipId, versionId);
        var names = plans.partnerNames(partnershipId);
        var sections = new ArrayList<Section>();
        for (var kind : SectionKind.values()) {
            sections.add(new Section(kind.slug(), kind.label(), content.section(kind)));
        }
        var themes = new ArrayList<PublishedTheme>();
        for (var theme : content.themes()) {
            var activities = content.activitiesOf(theme.id()).stream()
                    .map(a -> new PublishedActivity(
                            a.key(),
                            a.text(),
                            a.owners().stream()
                                    .map(id -> names.getOrDefault(id, ""))
                                    .filter(n -> !n.isEmpty())
                                    .toList(),
                            PlanDocument.ILLUSTRATIVE_OWNERS.equals(a.note())))
                    .toList();
            var measures = content.measuresOf(theme.id()).stream()
                    .map(m -> new PublishedMeasure(
                            m.key(),
                            m.text(),
                            m.direction().name(),
                            m.direction().label()))
                    .toList();
            themes.add(new PublishedTheme(
                    theme.key(),
                    theme.kind().name(),
                    theme.kind().label(),
                    theme.title(),
                    theme.description(),
                    activities,
                    measures));
        }
        return new Content(version, sections, themes);
    }

    static String slug(String label) {
        var slug = label.toLowerCase(java.util.Locale.ROOT)
                .replaceAll("[^a-z0-9]+", "-")
                .replaceAll("^-|-$", "");
        return slug.isEmpty() ? "version" : slug;
    }
}
