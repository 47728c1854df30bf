package org.saferplan.performance;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.saferplan.governance.Partnership;
import org.saferplan.governance.Partnerships;
import org.saferplan.performance.web.ActivityRow;
import org.saferplan.performance.web.IndicatorPage;
import org.saferplan.performance.web.IndicatorRow;
import org.saferplan.performance.web.MeasurePage;
import org.saferplan.performance.web.MeasureRow;
import org.saferplan.performance.web.PerformanceWorkspace;
import org.saferplan.plan.PlanLookup;
import org.saferplan.statistics.Spc;
import org.saferplan.web.Option;
import org.saferplan.web.Shell;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;
import org.springframework.web.server.ResponseStatusException;

/** Builds the view models the performance and activity pages share. */
@Component
class PerformancePages {

    private final Partnerships partnerships;
    private final Indicators indicators;
    private final PlanLookup plan;

    PerformancePages(Partnerships partnerships, Indicators indicators, PlanLookup plan) {
        this.partnerships = partnerships;
        this.indicators = indicators;
        this.plan = plan;
    }

    Partnership partnership(String slug) {
        return partnerships.findBySlug(slug).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    }

    /** What the page shell, filled from the security module's access rules, says the reader may do here. */
    static PerformanceWorkspace workspace(Partnership partnership, Model model) {
        var yours = Shell.workspaceIn(model, partnership.slug()).orElse(null);
        return new PerformanceWorkspace(
                partnership.slug(),
                partnership.name(),
                yours != null && yours.mayChange("performance"),
                yours != null && yours.mayRead("audit"));
    }

    /** An indicator's values, rebases and chart, read together. */
    record Charted(Indicator indicator, List<IndicatorValue> values, List<Rebase> rebases, Optional<Spc> spc) {}

    Charted charted(Indicator indicator) {
        var values = indicators.values(indicator.id());
        var rebases = indicators.rebases(indicator.id());
        return new Charted(indicator, values, rebases, indicators.chart(indicator, values, rebases));
    }

    List<IndicatorRow> indicatorRows(Partnership partnership) {
        return indicators.all(partnership.id()).stream()
                .map(this::charted)
                .map(c -> PerformanceViews.row(partnership.slug(), c.indicator(), c.values(), c.spc()))
                .toList();
    }

    IndicatorPage indicatorPage(Partnership partnership, Indicator indicator) {
        var slug = partnership.slug();
        var c = charted(indicator);
        var href = PerformanceViews.href(slug, indicator.id());
        var facts = new ArrayList<IndicatorPage.Fact>();
        facts.add(new IndicatorPage.Fact("Unit", PerformanceViews.unit(indicator)));
        facts.add(new IndicatorPage.Fact("Source", indicator.source().label()));
        if (!indicator.numerator().isEmpty()) {
            facts.add(new IndicatorPage.Fact("Numerator", indicator.numerator()));
        }
        if (!indicator.denominator().isEmpty()) {
            facts.add(new IndicatorPage.Fact("Denominator", indicator.denominator()));
        }
        facts.add(new IndicatorPage.Fact(
                "Better when",
                switch (indicator.improvement()) {
                    case INCREASE -> "Higher";
                    case DECREASE -> "Lower";
                    case NEUTRAL -> "Neither higher nor lower";
                }));
        facts.add(new IndicatorPage.Fact(
                "Target", indicator.target() == null ? "None" : PerformanceViews.number(indicator.target())));
        facts.add(new IndicatorPage.Fact("Frequency", indicator.frequency().label()));
        if (!indicator.description().isEmpty()) {
            facts.add(new IndicatorPage.Fact("Description", indicator.description()));
        }
        var rebases = c.rebases().stream()
                .map(r -> new IndicatorPage.RebaseRow(
                        r.period(), r.reason(), r.by(), href + "/rebases/" + r.period() + "/remove"))
                .toList();
        var keys = indicators.linkedMeasureKeys(partnership.id(), indicator.id());
        var measures = new ArrayList<IndicatorPage.Link>();
        plan.currentVersion(partnership.id())
                .ifPresent(version -> plan.measures(partnership.id(), version.id()).stream()
                        .filter(m -> keys.contains(m.key()))
                        .forEach(m ->
                                measures.add(new IndicatorPage.Link(m.text(), measureHref(slug, m.id()), m.theme()))));
        var periods = c.values().stream().skip(1).map(v -> v.period().text()).toList();
        if (c.spc().isEmpty()) {
            return new IndicatorPage(
                    indicator.id(),
                    indicator.name(),
                    href,
                    indicator.illustrative(),
                    facts,
                    null,
                    null,
                    null,
                    List.of(),
                    List.of(),
                    PerformanceViews.yearOnYear(indicator, c.values()),
                    List.of(),
                    rebases,
                    measures,
                    periods,
                    indicator.frequency().expected());
        }
        var spc = c.spc().get();
        return new IndicatorPage(
                indicator.id(),
                indicator.name(),
                href,
                indicator.illustrative(),
                facts,
                PerformanceViews.chart("spc-" + indicator.id(), indicator, c.values(), spc),
                PerformanceViews.variation(spc),
                PerformanceViews.assurance(spc),
                PerformanceViews.summary(indicator, c.values(), spc),
                spc.warnings(),
                PerformanceViews.yearOnYear(indicator, c.values()),
                PerformanceViews.rows(c.values(), spc),
                rebases,
                measures,
                periods,
                indicator.frequency().expected());
    }

    static String measureHref(String slug, long measureId) {
        return "/partnerships/" + slug + "/performance/measures/" + measureId;
    }

    static String activityHref(String slug, long activityId) {
        return "/partnerships/" + slug + "/activities/" + activityId;
    }

    /** The measures of the current version with their linked indicators' icons. */
    List<MeasureRow> measureRows(Partnership partnership, boolean mayChange) {
        var version = plan.currentVersion(partnership.id());
        if (version.isEmpty()) {
            return List.of();
        }
        var measures = plan.measures(partnership.id(), version.get().id());
        return measureRows(partnership, measures, mayChange);
    }

    List<MeasureRow> measureRows(Partnership partnership, List<PlanLookup.MeasureRef> measures, boolean mayChange) {
        var slug = partnership.slug();
        var links = indicators.linkedIndicators(
                partnership.id(), measures.stream().map(m -> m.key()).toList());
        Map<Long, Charted> charts = new HashMap<>();
        var rows = new ArrayList<MeasureRow>();
        for (var measure : measures) {
            var linked = new ArrayList<MeasureRow.LinkedIndicator>();
            for (long id : links.getOrDefault(measure.key(), List.of())) {
                var c = charts.computeIfAbsent(id, i -> charted(indicators.indicator(partnership.id(), i)));
                linked.add(new MeasureRow.LinkedIndicator(
                        c.indicator().name(),
                        PerformanceViews.href(slug, id),
                        c.spc().map(PerformanceViews::variation).orElse(null),
                        c.spc().map(PerformanceViews::assurance).orElse(null),
                        c.indicator().illustrative(),
                        mayChange ? measureHref(slug, measure.id()) + "/indicators/" + id + "/remove" : null));
            }
            rows.add(new MeasureRow(
                    measure.theme(),
                    measure.text(),
                    measureHref(slug, measure.id()),
                    linked,
                    indicators.evidenceNotes(partnership.id(), measure.key()).size()));
        }
        return rows;
    }

    MeasurePage measurePage(Partnership partnership, long measureId, boolean mayChange) {
        var measure = indicators.measure(partnership.id(), measureId);
        var row = measureRows(partnership, List.of(measure), mayChange).get(0);
        var linked = indicators
                .linkedIndicators(partnership.id(), List.of(measure.key()))
                .getOrDefault(measure.key(), List.of());
        var options = indicators.all(partnership.id()).stream()
                .filter(i -> !linked.contains(i.id()))
                .map(i -> new Option(String.valueOf(i.id()), i.name()))
                .toList();
        var notes = indicators.evidenceNotes(partnership.id(), measure.key()).stream()
                .map(n -> new MeasurePage.Note(n.notedOn().toString(), n.note(), n.author()))
                .toList();
        return new MeasurePage(
                measure.text(),
                measure.theme(),
                measure.version(),
                measureHref(partnership.slug(), measureId),
                row,
                options,
                notes);
    }

    /** Activity rows with the latest update and overdue reason. */
    List<ActivityRow> activityRows(Partnership partnership, List<ActionUpdates.Progress> progress) {
        var names = partnerships.partners(partnership.id()).stream()
                .collect(Collectors.toMap(
                        p -> p.organisation().id(), p -> p.organisation().name(), (a, b) -> a));
        return progress.stream()
                .map(p -> new ActivityRow(
                        p.activity().text(),
                        activityHref(partnership.slug(), p.activity().id()),
                        p.activity().theme(),
                        owners(p.activity().owners(), names),
                        p.latest() == null
                                ? null
                                : new org.saferplan.performance.web.Badge(
                                        p.latest().status().label(),
                                        p.latest().status().tagClass()),
                        p.latest() == null ? null : p.latest().on().toString(),
                        p.overdue(),
                        p.latest() != null && p.latest().illustrative()))
                .toList();
    }

    String owners(List<Long> owners, Map<Long, String> names) {
        return owners.isEmpty()
                ? "No owner named"
                : owners.stream()
                        .map(id -> names.getOrDefault(id, "Organisation " + id))
                        .collect(Collectors.joining(", "));
    }

    Map<Long, String> partnerNames(long partnershipId) {
        return partnerships.partners(partnershipId).stream()
                .collect(Collectors.toMap(
                        p -> p.organisation().id(), p -> p.organisation().name(), (a, b) -> a));
    }
}
