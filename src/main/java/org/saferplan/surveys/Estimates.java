package org.saferplan.surveys;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.saferplan.statistics.Interval;
import org.saferplan.statistics.ProportionChange;
import org.saferplan.statistics.WeightedProportion;
import org.saferplan.statistics.WilsonInterval;
import org.saferplan.surveys.Records.Category;
import org.saferplan.surveys.Records.PublishedResult;
import org.saferplan.surveys.Records.Question;
import org.saferplan.surveys.Records.Respondent;
import org.saferplan.surveys.Records.Result;
import org.saferplan.surveys.Records.Summary;

/**
 * Survey results worked out on read (methods.md §7). A result is its chosen categories over the valid answers to its
 * question: respondents who gave no answer, or only an excluded category (don't know), leave the base, and the page
 * says how many. From respondent rows: the (weighted) proportion with Kish's design effect and a Wilson 95% interval
 * on the effective sample size. From summary entry: percentages of a stated base, excluded categories' shares
 * removed. From a published result: the percentage and base the report gives. Groups (area, age band, sex) with fewer
 * than {@link #MINIMUM_CELL} valid answers are hidden, not shown.
 */
final class Estimates {

    /** Cells with fewer valid answers than this are hidden (SaferPlan's rule against identifying respondents). */
    static final int MINIMUM_CELL = 10;

    private Estimates() {}

    /**
     * One estimate of a result for one wave (or group).
     *
     * @param n valid answers (unweighted); for summary entry, the base less excluded shares
     * @param effectiveN the sample size the interval uses (n, or n/deff with weights)
     * @param designEffect 1 without weights
     * @param excluded what left the base, in words ("Don't know: 35; no answer: 12"), empty when nothing did
     * @param basis how the estimate was made, in words
     */
    record Estimate(
            double proportion,
            Interval interval,
            double n,
            double effectiveN,
            double designEffect,
            boolean weighted,
            String excluded,
            String basis) {}

    /** From respondent rows: the result over the respondents' valid answers to its question. */
    static Optional<Estimate> fromRespondents(Question question, Result result, List<Respondent> respondents) {
        var weights = new ArrayList<Double>();
        var chosen = new ArrayList<Boolean>();
        Map<String, Integer> excluded = new LinkedHashMap<>();
        int noAnswer = 0;
        boolean weighted = respondents.stream().anyMatch(r -> r.weight() != null);
        for (var respondent : respondents) {
            var answers = question.categories().stream()
                    .filter(c -> respondent.categoryIds().contains(c.id()))
                    .toList();
            var valid = answers.stream().filter(c -> !c.excluded()).toList();
            if (answers.isEmpty()) {
                noAnswer++;
                continue;
            }
            if (valid.isEmpty()) {
                answers.forEach(c -> excluded.merge(c.label(), 1, Integer::sum));
                continue;
            }
            weights.add(respondent.weight() == null ? 1.0 : respondent.weight());
            chosen.add(valid.stream().anyMatch(c -> result.categoryIds().contains(c.id())));
        }
        var words = new ArrayList<String>();
        excluded.forEach((label, count) -> words.add(label + ": " + Views.whole(count)));
        if (noAnswer > 0) {
            words.add("no answer: " + Views.whole(noAnswer));
        }
        if (weights.isEmpty()) {
            return Optional.empty();
        }
        var w = new double[weights.size()];
        var c = new boolean[chosen.size()];
        for (int i = 0; i < w.length; i++) {
            w[i] = weights.get(i);
            c[i] = chosen.get(i);
        }
        var p = WeightedProportion.of(w, c);
        return Optional.of(new Estimate(
                p.estimate(),
                p.interval(),
                p.n(),
                p.effectiveN(),
                p.designEffect(),
                weighted,
                String.join("; ", words),
                weighted ? "Respondent-level data, weighted" : "Respondent-level data"));
    }

    /** From summary entry: the chosen categories' share of the base less the excluded categories' shares. */
    static Optional<Estimate> fromSummary(Question question, Result result, Summary summary) {
        if (question.kind() == QuestionKind.MULTIPLE && result.categoryIds().size() > 1) {
            return Optional.empty();
        }
        double excludedPercent = 0;
        double chosenPercent = 0;
        var words = new ArrayList<String>();
        for (var entry : summary.categories()) {
            var category = question.category(entry.categoryId());
            if (category == null) {
                continue;
            }
            if (category.excluded()) {
                excludedPercent += entry.percent();
                words.add(category.label() + ": " + Views.fixed(entry.percent(), 1) + "%");
            } else if (result.categoryIds().contains(category.id())) {
                chosenPercent += entry.percent();
            }
        }
        double validPercent = 100 - excludedPercent;
        if (validPercent <= 0) {
            return Optional.empty();
        }
        double n = summary.base() * validPercent / 100;
        double p = Math.min(1, chosenPercent / validPercent);
        return Optional.of(new Estimate(
                p,
                WilsonInterval.of(p, n),
                n,
                n,
                1,
                false,
                String.join("; ", words),
                "Summary entry: percentages of " + Views.whole(summary.base()) + " answers"
                        + (summary.note().isEmpty() ? "" : " (" + summary.note() + ")")));
    }

    static Estimate fromPublished(PublishedResult published) {
        double p = published.percent() / 100;
        return new Estimate(
                p,
                WilsonInterval.of(p, published.base()),
                published.base(),
                published.base(),
                1,
                false,
                "",
                "Published result: " + Views.fixed(published.percent(), 1) + "% of " + Views.whole(published.base())
                        + " answers" + (published.note().isEmpty() ? "" : " (" + published.note() + ")"));
    }

    /** The change from one wave's estimate to the next, on effective sample sizes. */
    static ProportionChange change(Estimate before, Estimate after) {
        return ProportionChange.of(before.proportion(), before.effectiveN(), after.proportion(), after.effectiveN());
    }

    /** One group of a breakdown: hidden when it has fewer than {@link #MINIMUM_CELL} valid answers. */
    record Cell(String group, int respondents, Estimate estimate) {

        boolean hidden() {
            return estimate == null;
        }
    }

    /** The result by a respondent attribute (area, age band, sex); respondents without it are left out. */
    static List<Cell> breakdown(
            Question question, Result result, List<Respondent> respondents, Function<Respondent, String> attribute) {
        Map<String, List<Respondent>> groups = new java.util.TreeMap<>();
        for (var r : respondents) {
            var value = attribute.apply(r);
            if (value != null && !value.isBlank()) {
                groups.computeIfAbsent(value, k -> new ArrayList<>()).add(r);
            }
        }
        var cells = new ArrayList<Cell>();
        groups.forEach((group, members) -> {
            var estimate = fromRespondents(question, result, members).orElse(null);
            boolean small = estimate == null || estimate.n() < MINIMUM_CELL;
            cells.add(new Cell(group, members.size(), small ? null : estimate));
        });
        return cells;
    }

    /** A category of a multiple-choice question ranked by the share of valid answers that chose it. */
    record Ranked(Category category, Estimate estimate) {}

    /** Each valid category of a multiple-choice question as its own result, highest share first. */
    static List<Ranked> concerns(Question question, Function<Result, Optional<Estimate>> estimate) {
        var ranked = new ArrayList<Ranked>();
        for (var category : question.categories()) {
            if (category.excluded()) {
                continue;
            }
            var single = new Result(
                    0, question.surveyId(), question.id(), category.label(), null, java.util.Set.of(category.id()));
            estimate.apply(single).ifPresent(e -> ranked.add(new Ranked(category, e)));
        }
        ranked.sort(Comparator.comparingDouble((Ranked r) -> r.estimate().proportion())
                .reversed());
        return ranked;
    }
}
