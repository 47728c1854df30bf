package org.saferplan.surveys;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.saferplan.surveys.Estimates.Estimate;
import org.saferplan.surveys.SurveyReports.Report;

/** The survey results as JSON (API and download) and as CSV: one shape, so the two downloads agree. */
final class SurveyJson {

    private SurveyJson() {}

    record WaveJson(
            long id,
            String label,
            LocalDate date,
            LocalDate fieldworkFrom,
            LocalDate fieldworkTo,
            String method,
            int sampleSize,
            boolean illustrative) {}

    record SurveyJsonRow(
            long id, String name, boolean external, String source, String coverage, List<WaveJson> waves) {}

    record EstimateJson(
            String wave,
            boolean illustrative,
            double percent,
            double lower,
            double upper,
            double base,
            double effectiveBase,
            double designEffect,
            boolean weighted,
            String excluded,
            String basis) {}

    record ChangeJson(
            String from,
            String to,
            double difference,
            double lower,
            double upper,
            double z,
            double pValue,
            boolean significant,
            String verdict) {}

    record CellJson(String group, int respondents, Double percent, Double lower, Double upper, boolean hidden) {}

    record BreakdownJson(String by, String wave, List<CellJson> cells) {}

    record ResultJson(
            long id,
            String name,
            String question,
            List<String> counts,
            List<String> excludedAnswers,
            List<EstimateJson> estimates,
            List<ChangeJson> changes,
            List<BreakdownJson> breakdowns) {}

    record RankJson(int rank, String issue, double percent, double lower, double upper, double base) {}

    record ConcernJson(String question, String wave, boolean illustrative, List<RankJson> ranked) {}

    record FindingJson(long id, String wave, String text, String citation) {}

    record ResultsJson(
            SurveyJsonRow survey,
            String confidence,
            List<ResultJson> results,
            List<ConcernJson> concerns,
            List<FindingJson> findings) {}

    static SurveyJsonRow survey(Records.Survey s, List<Records.Wave> waves) {
        return new SurveyJsonRow(
                s.id(),
                s.name(),
                s.external(),
                s.source(),
                s.coverage(),
                waves.stream()
                        .map(w -> new WaveJson(
                                w.id(),
                                w.label(),
                                w.publishedOn(),
                                w.fieldworkFrom(),
                                w.fieldworkTo(),
                                w.method(),
                                w.sampleSize(),
                                w.illustrative()))
                        .toList());
    }

    private static double pct(double proportion) {
        return Math.round(proportion * 100_000) / 1000.0;
    }

    private static EstimateJson estimate(String wave, boolean illustrative, Estimate e) {
        return new EstimateJson(
                wave,
                illustrative,
                pct(e.proportion()),
                pct(e.interval().lower()),
                pct(e.interval().upper()),
                Math.round(e.n() * 10) / 10.0,
                Math.round(e.effectiveN() * 10) / 10.0,
                Math.round(e.designEffect() * 1000) / 1000.0,
                e.weighted(),
                e.excluded(),
                e.basis());
    }

    static ResultsJson results(Report report) {
        var results = new ArrayList<ResultJson>();
        for (var r : report.results()) {
            var estimates = r.estimates().stream()
                    .map(we -> estimate(we.wave().label(), we.wave().illustrative(), we.estimate()))
                    .toList();
            var changes = r.changes().stream()
                    .map(c -> new ChangeJson(
                            c.from().label(),
                            c.to().label(),
                            pct(c.change().difference()),
                            pct(c.change().differenceInterval().lower()),
                            pct(c.change().differenceInterval().upper()),
                            Math.round(c.change().z() * 1000) / 1000.0,
                            c.change().pValue(),
                            c.change().significant(),
                            c.change().verdict()))
                    .toList();
            var breakdowns = r.breakdowns().stream()
                    .map(b -> new BreakdownJson(
                            b.by(),
                            r.breakdownWave().label(),
                            b.cells().stream()
                                    .map(c -> c.hidden()
                                            ? new CellJson(c.group(), c.respondents(), null, null, null, true)
                                            : new CellJson(
                                                    c.group(),
                                                    c.respondents(),
                                                    pct(c.estimate().proportion()),
                                                    pct(c.estimate().interval().lower()),
                                                    pct(c.estimate().interval().upper()),
                                                    false))
                                    .toList()))
                    .toList();
            results.add(new ResultJson(
                    r.result().id(),
                    r.result().name(),
                    r.question().text(),
                    r.chosenCategories(),
                    r.excludedCategories(),
                    estimates,
                    changes,
                    breakdowns));
        }
        var concerns = report.concerns().stream()
                .map(c -> {
                    var ranked = new ArrayList<RankJson>();
                    int rank = 1;
                    for (var x : c.ranked()) {
                        ranked.add(new RankJson(
                                rank++,
                                x.category().label(),
                                pct(x.estimate().proportion()),
                                pct(x.estimate().interval().lower()),
                                pct(x.estimate().interval().upper()),
                                Math.round(x.estimate().effectiveN() * 10) / 10.0));
                    }
                    return new ConcernJson(
                            c.question().text(), c.wave().label(), c.wave().illustrative(), ranked);
                })
                .toList();
        var findings = report.findings().stream()
                .map(f -> {
                    var wave = report.wave(f.waveId());
                    return new FindingJson(
                            f.id(), wave.label(), f.text(), SurveyEvidence.citation(report.survey(), wave));
                })
                .toList();
        return new ResultsJson(
                survey(report.survey(), report.waves()),
                "95% Wilson score intervals; change by the"
                        + " pooled two-proportion z-test on effective sample sizes (methods.md §7)",
                results,
                concerns,
                findings);
    }

    /** One line per result and wave, then one per concern: the tables of the page. */
    static String csv(Report report) {
        var out = new StringBuilder("kind,item,question,wave,illustrative,percent,lower_95,upper_95,base,"
                + "effective_base,design_effect,change_from_previous_wave\n");
        var json = results(report);
        for (var r : json.results()) {
            for (var e : r.estimates()) {
                var change = r.changes().stream()
                        .filter(c -> c.to().equals(e.wave()))
                        .findFirst()
                        .map(ChangeJson::verdict)
                        .orElse("");
                out.append(String.join(
                                ",",
                                "result",
                                cell(r.name()),
                                cell(r.question()),
                                cell(e.wave()),
                                String.valueOf(e.illustrative()),
                                num(e.percent()),
                                num(e.lower()),
                                num(e.upper()),
                                num(e.base()),
                                num(e.effectiveBase()),
                                num(e.designEffect()),
                                cell(change)))
                        .append('\n');
            }
        }
        for (var c : json.concerns()) {
            for (var x : c.ranked()) {
                out.append(String.join(
                                ",",
                                "concern",
                                cell(x.issue()),
                                cell(c.question()),
                                cell(c.wave()),
                                String.valueOf(c.illustrative()),
                                num(x.percent()),
                                num(x.lower()),
                                num(x.upper()),
                                num(x.base()),
                                num(x.base()),
                                "1",
                                ""))
                        .append('\n');
            }
        }
        return out.toString();
    }

    private static String num(double value) {
        return String.format(Locale.ROOT, "%s", value);
    }

    /** A CSV field, quoted when needed, with a leading quote against spreadsheet formulas. */
    static String cell(String value) {
        var v = value == null ? "" : value;
        if (!v.isEmpty() && "=+-@".indexOf(v.charAt(0)) >= 0) {
            v = "'" + v;
        }
        if (v.contains(",") || v.contains("\"") || v.contains("\n")) {
            v = "\"" + v.replace("\"", "\"\"") + "\"";
        }
        return v;
    }
}
