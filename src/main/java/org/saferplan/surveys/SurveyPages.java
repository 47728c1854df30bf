package org.saferplan.surveys;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.saferplan.areas.Geography;
import org.saferplan.governance.Partnership;
import org.saferplan.governance.Partnerships;
import org.saferplan.surveys.Estimates.Estimate;
import org.saferplan.surveys.SurveyReports.Report;
import org.saferplan.surveys.SurveyReports.ResultReport;
import org.saferplan.surveys.web.SurveyViews;
import org.saferplan.surveys.web.SurveyViews.Bar;
import org.saferplan.surveys.web.SurveyViews.BarChart;
import org.saferplan.surveys.web.SurveyViews.Tick;
import org.saferplan.web.Shell;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/** Builds the view models of the survey pages from a survey's report. */
@Component
class SurveyPages {

    private final Partnerships partnerships;
    private final SurveyRepository repository;
    private final SurveyReports reports;
    private final YouSaidWeDid youSaidWeDid;
    private final PlanItems planItems;
    private final Geography geography;

    SurveyPages(
            Partnerships partnerships,
            SurveyRepository repository,
            SurveyReports reports,
            YouSaidWeDid youSaidWeDid,
            PlanItems planItems,
            Geography geography) {
        this.partnerships = partnerships;
        this.repository = repository;
        this.reports = reports;
        this.youSaidWeDid = youSaidWeDid;
        this.planItems = planItems;
        this.geography = geography;
    }

    Partnership partnership(String slug) {
        return partnerships.findBySlug(slug).orElseThrow(Surveys::notFound);
    }

    static SurveyViews.Workspace workspace(Partnership partnership, Model model) {
        var yours = Shell.workspaceIn(model, partnership.slug()).orElse(null);
        return new SurveyViews.Workspace(
                partnership.slug(),
                partnership.name(),
                yours != null && yours.mayChange("surveys"),
                yours != null && yours.mayRead("audit"));
    }

    List<SurveyViews.SurveyRow> rows(Partnership partnership) {
        var rows = new ArrayList<SurveyViews.SurveyRow>();
        for (var survey : repository.surveys(partnership.id())) {
            var waves = repository.waves(survey.id());
            var latest = waves.isEmpty()
                    ? "None yet"
                    : waves.get(waves.size() - 1).label() + " ("
                            + Views.whole(waves.get(waves.size() - 1).sampleSize()) + " responses)";
            rows.add(new SurveyViews.SurveyRow(
                    survey.name(),
                    Views.surveyHref(partnership.slug(), survey.id()),
                    survey.external() ? "Run by others" : "Run by the partnership",
                    survey.source(),
                    latest,
                    waves.size()));
        }
        return rows;
    }

    List<SurveyViews.YouSaidRow> youSaid(Partnership partnership, YouSaidWeDid.Answers answers) {
        return answers.concerns().stream()
                .map(c -> new SurveyViews.YouSaidRow(
                        c.survey(),
                        Views.surveyHref(partnership.slug(), c.surveyId()),
                        c.wave(),
                        c.said(),
                        c.share(),
                        c.answeredBy().stream()
                                .map(i -> i.kind() + ": " + i.title()
                                        + ("Activity".equals(i.kind()) ? " (" + i.theme() + ")" : ""))
                                .toList(),
                        c.illustrative()))
                .toList();
    }

    YouSaidWeDid.Answers answers(Partnership partnership) {
        return youSaidWeDid.current(partnership.id()).orElse(null);
    }

    Report report(Partnership partnership, long surveyId) {
        return reports.report(
                repository.survey(partnership.id(), surveyId, false).orElseThrow(Surveys::notFound));
    }

    SurveyViews.SurveyPage page(Partnership partnership, Report report) {
        var survey = report.survey();
        var href = Views.surveyHref(partnership.slug(), survey.id());
        var facts = new ArrayList<SurveyViews.Fact>();
        facts.add(new SurveyViews.Fact("Run by", survey.source()));
        if (!survey.coverage().isEmpty()) {
            facts.add(new SurveyViews.Fact("Coverage", survey.coverage()));
        }
        if (!survey.description().isEmpty()) {
            facts.add(new SurveyViews.Fact("About", survey.description()));
        }
        if (!survey.link().isEmpty()) {
            facts.add(new SurveyViews.Fact("Report", survey.link()));
        }
        var waves = report.waves().stream()
                .map(w -> new SurveyViews.WaveRow(
                        w.label(),
                        href + "/waves/" + w.id(),
                        Views.date(w.publishedOn()),
                        w.fieldwork(),
                        w.method(),
                        Views.whole(w.sampleSize()),
                        data(report, w),
                        w.illustrative()))
                .toList();
        var questions = report.questions().stream()
                .map(q -> new SurveyViews.QuestionRow(
                        q.code(),
                        q.text(),
                        q.kind().label(),
                        q.categories().stream()
                                .filter(c -> !c.excluded())
                                .map(Records.Category::label)
                                .collect(Collectors.joining(", ")),
                        q.categories().stream()
                                .filter(Records.Category::excluded)
                                .map(Records.Category::label)
                                .collect(Collectors.joining(", "))))
                .toList();
        var results = report.results().stream().map(this::result).toList();
        var concerns = new ArrayList<SurveyViews.ConcernView>();
        int n = 0;
        for (var concern : report.concerns()) {
            var rows = new ArrayList<SurveyViews.RankRow>();
            var bars = new ArrayList<Labelled>();
            int rank = 1;
            for (var ranked : concern.ranked()) {
                var e = ranked.estimate();
                rows.add(new SurveyViews.RankRow(
                        rank++,
                        ranked.category().label(),
                        Views.percent(e.proportion()),
                        Views.interval(e.interval()),
                        base(e)));
                bars.add(new Labelled(ranked.category().label(), e));
            }
            var first = concern.ranked().get(0).estimate();
            var id = "concern-" + concern.question().id() + "-" + concern.wave().id();
            concerns.add(new SurveyViews.ConcernView(
                    id,
                    concern.question().text(),
                    concern.wave().label(),
                    concern.wave().illustrative(),
                    "Share of the " + base(first) + " who answered that chose each"
                            + " issue; people could choose several, so the shares add up to more than 100%.",
                    chart(
                            id + "-chart",
                            concern.question().text() + ", " + concern.wave().label(),
                            bars),
                    rows));
            n++;
        }
        var findings = new ArrayList<SurveyViews.FindingGroup>();
        for (var wave : report.waves()) {
            var items = report.findings().stream()
                    .filter(f -> f.waveId() == wave.id())
                    .map(f -> new SurveyViews.FindingRow("finding-" + f.id(), f.text()))
                    .toList();
            if (!items.isEmpty()) {
                findings.add(new SurveyViews.FindingGroup(
                        wave.label(), SurveyEvidence.citation(survey, wave), wave.illustrative(), items));
            }
        }
        var version = planItems.current(partnership.id());
        var links = new ArrayList<SurveyViews.LinkRow>();
        for (var link : report.links()) {
            var said = said(report, link);
            var item = version.flatMap(v -> v.find(link.planKind(), link.planKey()))
                    .map(i -> i.kindLabel() + ": " + i.title())
                    .orElse("A plan item not in the current version");
            links.add(new SurveyViews.LinkRow(said, item, href + "/links/" + link.id() + "/remove"));
        }
        return new SurveyViews.SurveyPage(
                survey.id(),
                survey.name(),
                href,
                survey.external() ? "Survey run by others" : "Survey run by the partnership",
                facts,
                waves,
                questions,
                results,
                concerns,
                findings,
                links,
                version.map(PlanItems.Version::label).orElse(null));
    }

    static String said(Report report, Records.ResponseLink link) {
        if (link.findingId() != null) {
            return report.findings().stream()
                    .filter(f -> f.id() == link.findingId())
                    .findFirst()
                    .map(Records.Finding::text)
                    .orElse("");
        }
        for (var q : report.questions()) {
            var c = q.category(link.categoryId());
            if (c != null) {
                return c.label() + " (" + q.text() + ")";
            }
        }
        return "";
    }

    private static String data(Report report, Records.Wave wave) {
        int respondents = report.respondents().getOrDefault(wave.id(), 0);
        if (respondents > 0) {
            return Views.whole(respondents) + " respondents imported";
        }
        boolean any = report.results().stream()
                .anyMatch(r -> r.estimates().stream().anyMatch(e -> e.wave().id() == wave.id()));
        boolean findings = report.findings().stream().anyMatch(f -> f.waveId() == wave.id());
        if (any) {
            return "Published results entered";
        }
        return findings ? "Findings only" : "No data yet";
    }

    private SurveyViews.ResultView result(ResultReport r) {
        var rows = new ArrayList<SurveyViews.EstimateRow>();
        var bars = new ArrayList<Labelled>();
        for (var we : r.estimates()) {
            var e = we.estimate();
            var design = e.weighted()
                    ? "Weighted: design effect " + Views.fixed(e.designEffect(), 2) + ", effective sample size "
                            + Views.whole(e.effectiveN())
                    : "";
            rows.add(new SurveyViews.EstimateRow(
                    we.wave().label(),
                    Views.percent(e.proportion()),
                    Views.interval(e.interval()),
                    Views.whole(e.n()),
                    design,
                    e.excluded(),
                    e.basis(),
                    we.wave().illustrative()));
            bars.add(new Labelled(we.wave().label(), e));
        }
        var changes = r.changes().stream().map(SurveyPages::changeSentence).toList();
        var excluded = r.excludedCategories();
        var excludedText = "The base is the valid answers: "
                + (excluded.isEmpty()
                        ? "people who gave no answer are" + " left out."
                        : String.join(", ", excluded) + " and no answer are left out.");
        var breakdowns = r.breakdowns().stream()
                .map(b -> new SurveyViews.BreakdownView(
                        b.by(),
                        b.cells().stream()
                                .map(c -> c.hidden()
                                        ? new SurveyViews.CellRow(
                                                group(b.by(), c.group()), Views.whole(c.respondents()), "", "", true)
                                        : new SurveyViews.CellRow(
                                                group(b.by(), c.group()),
                                                Views.whole(c.respondents()),
                                                Views.percent(c.estimate().proportion()),
                                                Views.interval(c.estimate().interval()),
                                                false))
                                .toList()))
                .toList();
        var id = "result-" + r.result().id();
        return new SurveyViews.ResultView(
                r.result().id(),
                id,
                r.result().name(),
                r.question().text(),
                "Counts " + String.join(" or ", r.chosenCategories()) + " in answer to “"
                        + r.question().text() + "”.",
                excludedText,
                rows,
                changes,
                rows.isEmpty() ? null : chart(id + "-chart", r.result().name(), bars),
                r.breakdownWave() == null ? null : r.breakdownWave().label(),
                breakdowns);
    }

    /** An area group is named by ONS geography when it knows the code: "Bridport (E05015779)". */
    private String group(String by, String group) {
        return "Area".equals(by)
                ? geography.find(group).map(a -> a.name() + " (" + group + ")").orElse(group)
                : group;
    }

    /** "From Autumn 2020 to Autumn 2021: 76.0% to 72.1%, a significant fall (…)". */
    static String changeSentence(SurveyReports.Change c) {
        var change = c.change();
        return "From " + c.from().label() + " to " + c.to().label() + ": " + Views.percent(change.p1()) + " to "
                + Views.percent(change.p2()) + ", " + change.verdict() + " (difference "
                + signedPoints(change.difference()) + ", 95% interval "
                + signedPoints(change.differenceInterval().lower()) + " to "
                + signedPoints(change.differenceInterval().upper()) + "; z = "
                + Views.fixed(change.z(), 2) + ", p "
                + (change.pValue() < 0.001 ? "< 0.001" : "= " + Views.fixed(change.pValue(), 3)) + ").";
    }

    private static String signedPoints(double difference) {
        var points = Views.fixed(difference * 100, 1);
        return (difference > 0 ? "+" : "") + points + " points";
    }

    static String base(Estimate e) {
        return e.weighted()
                ? Views.whole(e.n()) + " (effective " + Views.whole(e.effectiveN()) + ")"
                : Views.whole(e.n());
    }

    record Labelled(String label, Estimate estimate) {}

    /** Horizontal bars from 0% to 100% with the 95% interval drawn across each bar's end. */
    static BarChart chart(String id, String title, List<Labelled> items) {
        int left = 240;
        int plot = 420;
        int right = 20;
        int barHeight = 22;
        int gap = 12;
        int top = 8;
        int height = top + items.size() * (barHeight + gap) + 28;
        var bars = new ArrayList<Bar>();
        var description = new StringBuilder(title + ": ");
        for (int i = 0; i < items.size(); i++) {
            var e = items.get(i).estimate();
            double y = top + i * (barHeight + gap);
            var text = items.get(i).label() + " " + Views.percent(e.proportion()) + " (95% interval "
                    + Views.interval(e.interval()) + ")";
            description.append(i == 0 ? "" : "; ").append(text);
            bars.add(new Bar(
                    items.get(i).label(),
                    Views.fixed(y, 1),
                    Views.fixed(y + 16, 1),
                    Views.fixed(plot * e.proportion(), 1),
                    Views.fixed(left + plot * e.interval().lower(), 1),
                    Views.fixed(left + plot * e.interval().upper(), 1),
                    Views.fixed(y + barHeight / 2.0, 1),
                    Views.fixed(y + 5, 1),
                    Views.fixed(y + barHeight - 5, 1),
                    Views.percent(e.proportion()),
                    text));
        }
        var ticks = new ArrayList<Tick>();
        for (int t = 0; t <= 100; t += 20) {
            ticks.add(new Tick(Views.fixed(left + plot * t / 100.0, 1), t + "%"));
        }
        return new BarChart(
                id, title, description + ".", left + plot + right, height, left, plot, barHeight, bars, ticks);
    }
}
