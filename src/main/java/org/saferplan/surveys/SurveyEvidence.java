package org.saferplan.surveys;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Service;

/**
 * Survey evidence for the strategic assessment (a later module reads it): every result of every wave with its 95%
 * interval and the change from the wave before, every issue of a multiple-choice question ranked with its
 * interval, and every finding word for word, each with its source so it can be cited.
 */
@Service
public class SurveyEvidence {

    private final SurveyRepository repository;
    private final SurveyReports reports;

    SurveyEvidence(SurveyRepository repository, SurveyReports reports) {
        this.repository = repository;
        this.reports = reports;
    }

    public enum Kind {
        RESULT,
        CONCERN,
        FINDING
    }

    /**
     * One item of evidence.
     *
     * @param percent the estimate (0 to 100), null for a finding
     * @param lower the 95% interval's lower bound (0 to 100), null for a finding
     * @param base the valid answers the estimate is of (effective sample size when weighted)
     * @param change for a result, the change from the previous wave in words ("no significant change"), else null
     * @param citation source, survey, wave and date, as a reference list would write it
     */
    public record Item(
            Kind kind,
            long surveyId,
            String survey,
            boolean external,
            String source,
            String wave,
            LocalDate date,
            String text,
            Double percent,
            Double lower,
            Double upper,
            Double base,
            String change,
            int rank,
            String citation,
            boolean illustrative) {}

    public List<Item> items(long partnershipId) {
        var items = new ArrayList<Item>();
        for (var survey : repository.surveys(partnershipId)) {
            var report = reports.report(survey);
            for (var result : report.results()) {
                for (var e : result.estimates()) {
                    var change = result.changes().stream()
                            .filter(c -> c.to().id() == e.wave().id())
                            .findFirst()
                            .map(c ->
                                    c.change().verdict() + " since " + c.from().label())
                            .orElse(null);
                    items.add(new Item(
                            Kind.RESULT,
                            survey.id(),
                            survey.name(),
                            survey.external(),
                            survey.source(),
                            e.wave().label(),
                            e.wave().publishedOn(),
                            result.result().name(),
                            100 * e.estimate().proportion(),
                            100 * e.estimate().interval().lower(),
                            100 * e.estimate().interval().upper(),
                            e.estimate().effectiveN(),
                            change,
                            0,
                            citation(survey, e.wave()),
                            e.wave().illustrative()));
                }
            }
            for (var concern : report.concerns()) {
                int rank = 1;
                for (var ranked : concern.ranked()) {
                    var e = ranked.estimate();
                    items.add(new Item(
                            Kind.CONCERN,
                            survey.id(),
                            survey.name(),
                            survey.external(),
                            survey.source(),
                            concern.wave().label(),
                            concern.wave().publishedOn(),
                            ranked.category().label(),
                            100 * e.proportion(),
                            100 * e.interval().lower(),
                            100 * e.interval().upper(),
                            e.effectiveN(),
                            null,
                            rank++,
                            citation(survey, concern.wave()),
                            concern.wave().illustrative()));
                }
            }
            for (var finding : report.findings()) {
                var wave = report.wave(finding.waveId());
                items.add(new Item(
                        Kind.FINDING,
                        survey.id(),
                        survey.name(),
                        survey.external(),
                        survey.source(),
                        wave.label(),
                        wave.publishedOn(),
                        finding.text(),
                        null,
                        null,
                        null,
                        (double) wave.sampleSize(),
                        null,
                        finding.position(),
                        citation(survey, wave),
                        wave.illustrative()));
            }
        }
        return items;
    }

    static String citation(Records.Survey survey, Records.Wave wave) {
        return survey.source() + ", " + survey.name() + ", " + wave.label() + " (" + Views.date(wave.publishedOn())
                + "; " + Views.whole(wave.sampleSize()) + " responses"
                + (survey.coverage().isEmpty() ? "" : "; " + survey.coverage()) + ")"
                + (wave.illustrative() ? " [illustrative]" : "");
    }
}
