package org.saferplan.surveys;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Service;

/**
 * A partnership's survey results as series over waves, for modules that chart them (performance takes a result as
 * an indicator's values). Each point is a wave's estimate with its 95% interval and base; waves without data for
 * the result are left out. Read-only; another partnership's result is not found.
 */
@Service
public class SurveySeries {

    private final SurveyRepository repository;
    private final SurveyReports reports;

    SurveySeries(SurveyRepository repository, SurveyReports reports) {
        this.repository = repository;
        this.reports = reports;
    }

    /** A derived result, e.g. "Feeling very or fairly safe outside after dark" of the residents' survey. */
    public record ResultRef(long resultId, String survey, String name) {}

    /** One wave's estimate: percentages 0 to 100, {@code base} the (effective) number of valid answers. */
    public record Point(
            LocalDate date,
            String wave,
            double percent,
            double lower,
            double upper,
            double base,
            boolean illustrative) {}

    public List<ResultRef> results(long partnershipId) {
        var refs = new ArrayList<ResultRef>();
        for (var survey : repository.surveys(partnershipId)) {
            repository.results(survey.id()).forEach(r -> refs.add(new ResultRef(r.id(), survey.name(), r.name())));
        }
        return refs;
    }

    /** The result's points in wave order, or empty when the partnership has no such result. */
    public Optional<List<Point>> points(long partnershipId, long resultId) {
        for (var survey : repository.surveys(partnershipId)) {
            if (repository.results(survey.id()).stream().noneMatch(r -> r.id() == resultId)) {
                continue;
            }
            var result = reports.report(survey).results().stream()
                    .filter(r -> r.result().id() == resultId)
                    .findFirst()
                    .orElseThrow();
            return Optional.of(result.estimates().stream()
                    .map(e -> new Point(
                            e.wave().publishedOn(),
                            e.wave().label(),
                            100 * e.estimate().proportion(),
                            100 * e.estimate().interval().lower(),
                            100 * e.estimate().interval().upper(),
                            e.estimate().effectiveN(),
                            e.wave().illustrative()))
                    .toList());
        }
        return Optional.empty();
    }
}
