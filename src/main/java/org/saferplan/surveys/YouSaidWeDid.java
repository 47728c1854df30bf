package org.saferplan.surveys;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.stereotype.Service;

/**
 * "You said, we did": what residents said (a survey finding, or an issue of a multiple-choice question with its
 * share and interval) and the plan priorities and activities that answer it. For public pages (the publishing
 * module) use {@link #published}: it resolves links only against the latest published plan version, so nothing
 * from a draft shows; {@link #current} is the workspace's view. Both read only the partnership's own surveys.
 */
@Service
public class YouSaidWeDid {

    private final SurveyRepository repository;
    private final SurveyReports reports;
    private final PlanItems planItems;

    YouSaidWeDid(SurveyRepository repository, SurveyReports reports, PlanItems planItems) {
        this.repository = repository;
        this.reports = reports;
        this.planItems = planItems;
    }

    /** A plan item: {@code kind} is "Priority", "Monitored theme", … or "Activity"; {@code theme} its theme. */
    public record PlanItem(String kind, String title, String theme, UUID key) {}

    /**
     * A concern and its answer.
     *
     * @param said the finding word for word, or the issue ("Anti-social behaviour")
     * @param share for an issue, its share of valid answers in the latest wave with the 95% interval, in words
     * @param illustrative the wave is illustrative demo data
     */
    public record Concern(
            long surveyId,
            String survey,
            String wave,
            String said,
            String share,
            List<PlanItem> answeredBy,
            boolean illustrative) {}

    /** The answers as a published page may show them, with the published version's label; empty before any. */
    public record Answers(String planVersion, List<Concern> concerns) {}

    public Optional<Answers> published(long partnershipId) {
        return planItems.published(partnershipId).map(v -> new Answers(v.label(), concerns(partnershipId, v)));
    }

    public Optional<Answers> current(long partnershipId) {
        return planItems.current(partnershipId).map(v -> new Answers(v.label(), concerns(partnershipId, v)));
    }

    List<Concern> concerns(long partnershipId, PlanItems.Version version) {
        var concerns = new ArrayList<Concern>();
        for (var survey : repository.surveys(partnershipId)) {
            var links = repository.links(survey.id());
            if (links.isEmpty()) {
                continue;
            }
            var report = reports.report(survey);
            for (var finding : report.findings()) {
                var items = resolve(
                        version,
                        links.stream()
                                .filter(l -> Long.valueOf(finding.id()).equals(l.findingId()))
                                .toList());
                if (!items.isEmpty()) {
                    var wave = report.wave(finding.waveId());
                    concerns.add(new Concern(
                            survey.id(),
                            survey.name(),
                            wave.label(),
                            finding.text(),
                            null,
                            items,
                            wave.illustrative()));
                }
            }
            for (var question : report.questions()) {
                for (var category : question.categories()) {
                    var items = resolve(
                            version,
                            links.stream()
                                    .filter(l -> Long.valueOf(category.id()).equals(l.categoryId()))
                                    .toList());
                    if (items.isEmpty()) {
                        continue;
                    }
                    var latest = report.concerns().stream()
                            .filter(c -> c.question().id() == question.id())
                            .reduce((a, b) -> b);
                    var share = latest.flatMap(c -> c.ranked().stream()
                            .filter(r -> r.category().id() == category.id())
                            .findFirst()
                            .map(r -> Views.percent(r.estimate().proportion()) + " of "
                                    + c.wave().label() + " respondents (95% interval "
                                    + Views.interval(r.estimate().interval()) + ")"));
                    concerns.add(new Concern(
                            survey.id(),
                            survey.name(),
                            latest.map(c -> c.wave().label()).orElse(""),
                            category.label(),
                            share.orElse(null),
                            items,
                            latest.map(c -> c.wave().illustrative()).orElse(false)));
                }
            }
        }
        return concerns;
    }

    private static List<PlanItem> resolve(PlanItems.Version version, List<Records.ResponseLink> links) {
        var items = new ArrayList<PlanItem>();
        for (var link : links) {
            version.find(link.planKind(), link.planKey())
                    .ifPresent(i -> items.add(new PlanItem(i.kindLabel(), i.title(), i.theme(), i.key())));
        }
        return items;
    }
}
