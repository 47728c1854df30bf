package org.saferplan.performance;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.saferplan.governance.Partnerships;
import org.saferplan.performance.web.EvidenceForm;
import org.saferplan.performance.web.IndicatorForm;
import org.saferplan.performance.web.UpdateForm;
import org.saferplan.performance.web.ValueForm;
import org.saferplan.plan.PlanLookup;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Loads performance data written in the performance text format (see {@code src/main/resources/demo/performance.txt})
 * into a partnership, through the same services the pages use, so every record is checked and audited. Everything
 * it loads is marked illustrative. Measures and activities are named by their text in the partnership's current plan
 * version; a date may be written {@code today-N}. One line per record, fields separated by {@code |}:
 * <pre>
 * indicator: name | unit | source | improvement | target | frequency | description
 * fed-indicator: name | unit | source | improvement | target | frequency | description | feed key
 * link:      indicator name | measure text
 * values:    indicator name | first period | value value value ...
 * note:      indicator name | period | note
 * evidence:  measure text | date | note
 * update:    activity text | status | date | author | commentary
 * </pre>
 */
@Service
public class PerformanceDocuments {

    private final Indicators indicators;
    private final ActionUpdates updates;
    private final PlanLookup plan;
    private final IndicatorFeeds feeds;
    private final Partnerships partnerships;

    PerformanceDocuments(
            Indicators indicators,
            ActionUpdates updates,
            PlanLookup plan,
            IndicatorFeeds feeds,
            Partnerships partnerships) {
        this.indicators = indicators;
        this.updates = updates;
        this.plan = plan;
        this.feeds = feeds;
        this.partnerships = partnerships;
    }

    /** Loads the document into the partnership; a line that cannot be loaded stops it with its line number. */
    @Transactional
    public void load(long partnershipId, String text) {
        var version = plan.currentVersion(partnershipId)
                .orElseThrow(() -> new IllegalStateException("Load the plan before its performance data"));
        var measures = new HashMap<String, PlanLookup.MeasureRef>();
        plan.measures(partnershipId, version.id()).forEach(m -> measures.putIfAbsent(m.text(), m));
        var activities = new HashMap<String, PlanLookup.ActivityRef>();
        plan.activities(partnershipId, version.id()).forEach(a -> activities.putIfAbsent(a.text(), a));
        Map<String, Indicator> byName = new HashMap<>();
        var lines = text.replace("\r\n", "\n").split("\n");
        for (int n = 0; n < lines.length; n++) {
            var line = lines[n].strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            int colon = line.indexOf(':');
            if (colon < 0) {
                throw new IllegalArgumentException("Line " + (n + 1) + ": expected a keyword and a colon");
            }
            var fields = fields(line.substring(colon + 1));
            try {
                switch (line.substring(0, colon).strip()) {
                    case "indicator" -> {
                        var indicator = indicators.create(
                                partnershipId,
                                new IndicatorForm(
                                        field(fields, 0),
                                        field(fields, 1),
                                        "",
                                        field(fields, 2),
                                        "",
                                        "",
                                        field(fields, 3),
                                        field(fields, 4),
                                        field(fields, 5),
                                        field(fields, 6)),
                                true);
                        byName.put(indicator.name(), indicator);
                    }
                    case "fed-indicator" -> {
                        // Real data: not illustrative, its values are taken from the feed named last.
                        var indicator = indicators.create(
                                partnershipId,
                                new IndicatorForm(
                                        field(fields, 0),
                                        field(fields, 1),
                                        "",
                                        field(fields, 2),
                                        "",
                                        "",
                                        field(fields, 3),
                                        field(fields, 4),
                                        field(fields, 5),
                                        field(fields, 6)),
                                false);
                        // The feed is named by its key or, for feeds keyed by database id, by its label.
                        var partnership = partnerships.find(partnershipId).orElseThrow();
                        var named = field(fields, 7);
                        var key = feeds.choices(partnership, indicator).stream()
                                .filter(c -> c.key().equals(named) || c.label().equals(named))
                                .map(IndicatorFeed.Choice::key)
                                .findFirst()
                                .orElse(named);
                        feeds.connect(partnership, indicator.id(), key);
                        byName.put(indicator.name(), indicator);
                    }
                    case "link" ->
                        indicators.link(
                                partnershipId,
                                find(measures, field(fields, 1)).id(),
                                String.valueOf(find(byName, field(fields, 0)).id()));
                    case "values" -> {
                        var indicator = find(byName, field(fields, 0));
                        var period = IndicatorInputs.period(field(fields, 1), indicator.frequency(), "period");
                        var csv = new StringBuilder();
                        var start = period.startsOn();
                        for (var value : field(fields, 2).split("\\s+")) {
                            csv.append(indicator.frequency().of(start).text())
                                    .append(',')
                                    .append(value)
                                    .append('\n');
                            start = indicator.frequency().next(start);
                        }
                        indicators.upload(partnershipId, indicator.id(), csv.toString());
                    }
                    case "note" -> {
                        var indicator = find(byName, field(fields, 0));
                        var period = field(fields, 1);
                        var value = indicators.values(indicator.id()).stream()
                                .filter(v -> v.period().text().equals(period))
                                .findFirst()
                                .orElseThrow(() -> new IllegalArgumentException("no value for " + period));
                        indicators.addValue(
                                partnershipId,
                                indicator.id(),
                                new ValueForm(period, value.value().toPlainString(), field(fields, 2)));
                    }
                    case "evidence" ->
                        indicators.addEvidence(
                                partnershipId,
                                find(measures, field(fields, 0)).id(),
                                new EvidenceForm(field(fields, 2), date(field(fields, 1))),
                                "Illustrative demo data",
                                ActionUpdates.today());
                    case "update" ->
                        updates.store(
                                partnershipId,
                                find(activities, field(fields, 0)),
                                new UpdateForm(field(fields, 1), field(fields, 4), date(field(fields, 2))),
                                field(fields, 3),
                                null,
                                true);
                    default -> throw new IllegalArgumentException("unknown keyword");
                }
            } catch (RuntimeException e) {
                throw new IllegalArgumentException("Line " + (n + 1) + ": " + e.getMessage(), e);
            }
        }
    }

    private static List<String> fields(String text) {
        var fields = new ArrayList<String>();
        for (var field : text.split("\\|", -1)) {
            fields.add(field.strip());
        }
        return fields;
    }

    private static String field(List<String> fields, int index) {
        if (index >= fields.size()) {
            throw new IllegalArgumentException("expected at least " + (index + 1) + " fields");
        }
        return fields.get(index);
    }

    private static <T> T find(Map<String, T> byText, String text) {
        var found = byText.get(text);
        if (found == null) {
            throw new IllegalArgumentException("nothing called \"" + text + "\"");
        }
        return found;
    }

    private static String date(String typed) {
        if (typed.startsWith("today")) {
            return ActionUpdates.today()
                    .plusDays(Long.parseLong(typed.substring(5).replace("+", "")))
                    .toString();
        }
        return LocalDate.parse(typed).toString();
    }
}
