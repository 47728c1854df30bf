package org.saferplan.plan;

import java.util.Map;
import java.util.stream.Collectors;
import org.saferplan.audit.AuditTrail;
import org.saferplan.plan.web.PlanForm;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Loads whole plan versions written in the plan text format ({@link PlanDocument}): the plan is found by title or
 * created, the version is entered as a draft and then approved and published through {@link PlanVersion} when the
 * document says so. Organisations are named as the partnership's partners are.
 */
@Service
public class PlanDocuments {

    private final Plans plans;
    private final PlanRepository repository;
    private final AuditTrail audit;

    PlanDocuments(Plans plans, PlanRepository repository, AuditTrail audit) {
        this.plans = plans;
        this.repository = repository;
        this.audit = audit;
    }

    /** Loads one version into the partnership's plan; returns the version's id. */
    @Transactional
    public long load(long partnershipId, String text) {
        var document = PlanDocument.parse(text);
        var plan = plans.plans(partnershipId).stream()
                .filter(p -> p.title().equals(document.planTitle()))
                .findFirst()
                .orElseGet(() -> plans.createPlan(
                        partnershipId,
                        new PlanForm(
                                document.planTitle(),
                                String.valueOf(document.firstYear()),
                                String.valueOf(document.lastYear()))));
        Map<String, Long> organisations = plans.partnerNames(partnershipId).entrySet().stream()
                .collect(Collectors.toMap(Map.Entry::getValue, Map.Entry::getKey));
        var version = plans.startEmpty(partnershipId, plan.id(), document.label(), document.financialYear());
        document.sections().forEach((kind, body) -> repository.saveSection(version.id(), kind, body));
        int themePosition = 0;
        for (var theme : document.themes()) {
            long themeId = repository.insertTheme(
                    version.id(),
                    theme.key(),
                    theme.kind(),
                    theme.title(),
                    theme.description(),
                    theme.lead() == null ? null : organisation(organisations, theme.lead()),
                    "",
                    ++themePosition);
            int position = 0;
            for (var activity : theme.activities()) {
                var owners = activity.owners().stream()
                        .map(name -> organisation(organisations, name))
                        .toList();
                repository.insertActivity(
                        themeId,
                        activity.key(),
                        new Activity(
                                0,
                                themeId,
                                activity.key(),
                                activity.text(),
                                owners,
                                "",
                                activity.note(),
                                null,
                                null,
                                ActivityStatus.NOT_STARTED,
                                ++position));
            }
            position = 0;
            for (var measure : theme.measures()) {
                repository.insertMeasure(
                        themeId,
                        measure.key(),
                        new Measure(
                                0,
                                themeId,
                                measure.key(),
                                measure.text(),
                                measure.direction(),
                                null,
                                "",
                                null,
                                "",
                                ++position));
            }
        }
        audit.updated(
                partnershipId,
                Plans.VERSION,
                version.id(),
                Map.of(),
                Map.of("loaded", document.themes().size() + " themes from a plan document"));
        if (document.status() != VersionStatus.DRAFT) {
            plans.approve(partnershipId, version.id());
        }
        if (document.status() == VersionStatus.PUBLISHED) {
            plans.publish(partnershipId, version.id());
        }
        return version.id();
    }

    private static long organisation(Map<String, Long> organisations, String name) {
        var id = organisations.get(name);
        if (id == null) {
            throw new IllegalArgumentException(name + " is not a partner of the partnership");
        }
        return id;
    }
}
