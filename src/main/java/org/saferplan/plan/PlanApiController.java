package org.saferplan.plan;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.saferplan.governance.Partnerships;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

/**
 * The plan part of the JSON API, read-only. The security module lets members of the partnership read
 * {@code /api/v1/partnerships/{slug}/**}; a version id from another partnership is not found.
 */
@RestController
class PlanApiController {

    private final Partnerships partnerships;
    private final Plans plans;

    PlanApiController(Partnerships partnerships, Plans plans) {
        this.partnerships = partnerships;
        this.plans = plans;
    }

    @GetMapping("/api/v1/partnerships/{slug}/plans")
    List<PlanJson> plans(@PathVariable String slug) {
        var partnership = partnership(slug);
        return plans.plans(partnership.id()).stream()
                .map(plan -> new PlanJson(
                        plan.id(),
                        plan.title(),
                        plan.firstYear(),
                        plan.lastYear(),
                        plans.versions(plan.id()).stream()
                                .map(PlanApiController::summary)
                                .toList()))
                .toList();
    }

    @GetMapping("/api/v1/partnerships/{slug}/plan-versions/{versionId}")
    VersionJson version(@PathVariable String slug, @PathVariable long versionId) {
        var partnership = partnership(slug);
        var content = plans.content(partnership.id(), versionId);
        Map<Long, String> names = plans.partnerNames(partnership.id());
        var sections = new java.util.LinkedHashMap<String, String>();
        for (var kind : SectionKind.values()) {
            sections.put(kind.name(), content.section(kind));
        }
        var themes = content.themes().stream()
                .map(t -> new ThemeJson(
                        t.id(),
                        t.key(),
                        t.kind().name(),
                        t.title(),
                        t.description(),
                        t.leadOrganisationId() == null ? null : organisation(t.leadOrganisationId(), names),
                        t.leadPerson(),
                        content.activitiesOf(t.id()).stream()
                                .map(a -> new ActivityJson(
                                        a.id(),
                                        a.key(),
                                        a.text(),
                                        a.owners().stream()
                                                .map(id -> organisation(id, names))
                                                .toList(),
                                        a.leadPerson(),
                                        a.note(),
                                        a.startsOn(),
                                        a.dueOn(),
                                        a.status().name()))
                                .toList(),
                        content.measuresOf(t.id()).stream()
                                .map(m -> new MeasureJson(
                                        m.id(),
                                        m.key(),
                                        m.text(),
                                        m.direction().name(),
                                        m.baselineValue(),
                                        m.baselineText(),
                                        m.targetValue(),
                                        m.howMeasured()))
                                .toList()))
                .toList();
        return new VersionJson(
                summary(content.version()), content.plan().id(), content.plan().title(), sections, themes);
    }

    private static OrganisationJson organisation(long id, Map<Long, String> names) {
        return new OrganisationJson(id, names.getOrDefault(id, "A former partner"));
    }

    private static VersionSummaryJson summary(PlanVersion v) {
        return new VersionSummaryJson(
                v.id(),
                v.label(),
                v.financialYear().toString(),
                v.status().name(),
                v.approved() == null ? null : v.approved().by(),
                v.approved() == null ? null : v.approved().at(),
                v.published() == null ? null : v.published().by(),
                v.published() == null ? null : v.published().at());
    }

    private org.saferplan.governance.Partnership partnership(String slug) {
        return partnerships.findBySlug(slug).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    }

    record PlanJson(long id, String title, int firstYear, int lastYear, List<VersionSummaryJson> versions) {}

    record VersionSummaryJson(
            long id,
            String label,
            String financialYear,
            String status,
            String approvedBy,
            Instant approvedAt,
            String publishedBy,
            Instant publishedAt) {}

    record VersionJson(
            VersionSummaryJson version,
            long planId,
            String planTitle,
            Map<String, String> sections,
            List<ThemeJson> themes) {}

    record ThemeJson(
            long id,
            UUID key,
            String kind,
            String title,
            String description,
            OrganisationJson leadOrganisation,
            String leadPerson,
            List<ActivityJson> activities,
            List<MeasureJson> measures) {}

    record ActivityJson(
            long id,
            UUID key,
            String text,
            List<OrganisationJson> owners,
            String leadPerson,
            String note,
            LocalDate startsOn,
            LocalDate dueOn,
            String status) {}

    record MeasureJson(
            long id,
            UUID key,
            String text,
            String direction,
            BigDecimal baselineValue,
            String baselineText,
            BigDecimal targetValue,
            String howMeasured) {}

    record OrganisationJson(long id, String name) {}
}
