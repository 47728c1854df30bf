package org.saferplan.surveys;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.saferplan.statistics.ProportionChange;
import org.saferplan.surveys.Estimates.Cell;
import org.saferplan.surveys.Estimates.Estimate;
import org.saferplan.surveys.Estimates.Ranked;
import org.saferplan.surveys.Records.Finding;
import org.saferplan.surveys.Records.Question;
import org.saferplan.surveys.Records.Respondent;
import org.saferplan.surveys.Records.ResponseLink;
import org.saferplan.surveys.Records.Result;
import org.saferplan.surveys.Records.Survey;
import org.saferplan.surveys.Records.Wave;
import org.springframework.stereotype.Service;

/**
 * Reads a survey whole and works out its results: every result for every wave that has data for it (respondent
 * rows first, then a published result, then summary entry), the change between consecutive such waves, the
 * breakdowns of the latest respondent-level wave, and the concerns (multiple-choice questions) of each wave ranked.
 */
@Service
class SurveyReports {

    private final SurveyRepository repository;

    SurveyReports(SurveyRepository repository) {
        this.repository = repository;
    }

    record WaveEstimate(Wave wave, Estimate estimate) {}

    record Change(Wave from, Wave to, ProportionChange change) {}

    record Breakdown(String by, List<Cell> cells) {}

    record ResultReport(
            Result result,
            Question question,
            List<WaveEstimate> estimates,
            List<Change> changes,
            Wave breakdownWave,
            List<Breakdown> breakdowns) {

        Optional<WaveEstimate> latest() {
            return estimates.isEmpty() ? Optional.empty() : Optional.of(estimates.get(estimates.size() - 1));
        }

        Optional<Change> latestChange() {
            return changes.isEmpty() ? Optional.empty() : Optional.of(changes.get(changes.size() - 1));
        }

        /** The excluded categories of the question, named for the page. */
        List<String> excludedCategories() {
            return question.categories().stream()
                    .filter(Records.Category::excluded)
                    .map(Records.Category::label)
                    .toList();
        }

        List<String> chosenCategories() {
            return question.categories().stream()
                    .filter(c -> result.categoryIds().contains(c.id()))
                    .map(Records.Category::label)
                    .toList();
        }
    }

    record ConcernReport(Question question, Wave wave, List<Ranked> ranked) {}

    record Report(
            Survey survey,
            List<Wave> waves,
            List<Question> questions,
            List<ResultReport> results,
            List<ConcernReport> concerns,
            List<Finding> findings,
            List<ResponseLink> links,
            Map<Long, Integer> respondents) {

        Wave wave(long waveId) {
            return waves.stream().filter(w -> w.id() == waveId).findFirst().orElse(null);
        }
    }

    Report report(Survey survey) {
        long surveyId = survey.id();
        var waves = repository.waves(surveyId);
        var questions = repository.questions(surveyId);
        var results = repository.results(surveyId);
        var published = repository.publishedResults(surveyId);
        var summaries = repository.summaries(surveyId);
        var counts = repository.respondentCounts(surveyId);
        Map<Long, List<Respondent>> respondents = new HashMap<>();
        for (var wave : waves) {
            if (counts.getOrDefault(wave.id(), 0) > 0) {
                respondents.put(wave.id(), repository.respondents(wave.id()));
            }
        }
        Map<Long, Question> byId = new HashMap<>();
        questions.forEach(q -> byId.put(q.id(), q));

        var reports = new ArrayList<ResultReport>();
        for (var result : results) {
            var question = byId.get(result.questionId());
            var estimates = new ArrayList<WaveEstimate>();
            for (var wave : waves) {
                estimateFor(wave, question, result, respondents, published, summaries)
                        .ifPresent(e -> estimates.add(new WaveEstimate(wave, e)));
            }
            var changes = new ArrayList<Change>();
            for (int i = 1; i < estimates.size(); i++) {
                changes.add(new Change(
                        estimates.get(i - 1).wave(),
                        estimates.get(i).wave(),
                        Estimates.change(
                                estimates.get(i - 1).estimate(),
                                estimates.get(i).estimate())));
            }
            Wave breakdownWave = null;
            var breakdowns = new ArrayList<Breakdown>();
            for (int i = waves.size() - 1; i >= 0 && breakdownWave == null; i--) {
                var rows = respondents.get(waves.get(i).id());
                if (rows != null) {
                    breakdownWave = waves.get(i);
                    addBreakdown(breakdowns, "Area", question, result, rows, Respondent::areaCode);
                    addBreakdown(breakdowns, "Age band", question, result, rows, Respondent::ageBand);
                    addBreakdown(breakdowns, "Sex", question, result, rows, Respondent::sex);
                }
            }
            reports.add(new ResultReport(result, question, estimates, changes, breakdownWave, breakdowns));
        }

        var concerns = new ArrayList<ConcernReport>();
        for (var question : questions) {
            if (question.kind() != QuestionKind.MULTIPLE) {
                continue;
            }
            for (var wave : waves) {
                Function<Result, Optional<Estimate>> estimate =
                        r -> estimateFor(wave, question, r, respondents, List.of(), summaries);
                var ranked = Estimates.concerns(question, estimate);
                if (!ranked.isEmpty()) {
                    concerns.add(new ConcernReport(question, wave, ranked));
                }
            }
        }
        return new Report(
                survey,
                waves,
                questions,
                reports,
                concerns,
                repository.findings(surveyId),
                repository.links(surveyId),
                counts);
    }

    private static void addBreakdown(
            List<Breakdown> breakdowns,
            String by,
            Question question,
            Result result,
            List<Respondent> rows,
            Function<Respondent, String> attribute) {
        var cells = Estimates.breakdown(question, result, rows, attribute);
        if (!cells.isEmpty()) {
            breakdowns.add(new Breakdown(by, cells));
        }
    }

    private static Optional<Estimate> estimateFor(
            Wave wave,
            Question question,
            Result result,
            Map<Long, List<Respondent>> respondents,
            List<Records.PublishedResult> published,
            List<Records.Summary> summaries) {
        var rows = respondents.get(wave.id());
        if (rows != null) {
            return Estimates.fromRespondents(question, result, rows);
        }
        var given = published.stream()
                .filter(p -> p.waveId() == wave.id() && p.resultId() == result.id())
                .findFirst();
        if (given.isPresent()) {
            return Optional.of(Estimates.fromPublished(given.get()));
        }
        return summaries.stream()
                .filter(s -> s.waveId() == wave.id() && s.questionId() == question.id())
                .findFirst()
                .flatMap(s -> Estimates.fromSummary(question, result, s));
    }
}
