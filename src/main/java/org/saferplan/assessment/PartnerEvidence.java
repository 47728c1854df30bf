package org.saferplan.assessment;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.saferplan.evidence.EvidenceDataset;
import org.saferplan.evidence.EvidencePoint;
import org.saferplan.evidence.EvidenceSeries;
import org.saferplan.evidence.PeriodType;
import org.saferplan.governance.LocalAuthorityCode;
import org.saferplan.governance.Partnerships;
import org.saferplan.statistics.CountChange;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Partner indicator evidence from the evidence module ({@code evidence.EvidenceSeries}): for each dataset linked to a
 * theme, its series over the partnership's local authorities taken together, the latest year's figure and, for
 * counts, the year-on-year test of the latest year against the year before (a TREND signal). No volume signal:
 * partner counts are in other units than recorded crime per 1,000, so placing them among crime rates would mislead.
 */
@Component
@Order(4)
class PartnerEvidence implements EvidenceSource {

    static final String KIND = "Partner indicator";

    private final EvidenceSeries series;
    private final Partnerships partnerships;

    PartnerEvidence(EvidenceSeries series, Partnerships partnerships) {
        this.series = series;
        this.partnerships = partnerships;
    }

    /** The partnership's datasets by id, with their titles, for the theme form. */
    Map<Long, String> datasets(long partnershipId) {
        var datasets = new LinkedHashMap<Long, String>();
        series.datasets(partnershipId).forEach(d -> datasets.put(d.id(), d.title()));
        return datasets;
    }

    @Override
    public Map<Long, List<Evidence>> evidence(Subject subject) {
        var found = new LinkedHashMap<Long, List<Evidence>>();
        var areas = partnerships
                .find(subject.partnershipId())
                .map(p -> p.area().stream().map(LocalAuthorityCode::value).toList())
                .orElse(List.of());
        for (var topic : subject.themes()) {
            for (var id : topic.datasetIds()) {
                series.dataset(subject.partnershipId(), id)
                        .ifPresent(dataset -> found.computeIfAbsent(topic.id(), k -> new ArrayList<>())
                                .add(evidence(subject.partnershipId(), dataset, areas)));
            }
        }
        return found;
    }

    private Evidence evidence(long partnershipId, EvidenceDataset dataset, List<String> areas) {
        var points = series.combined(partnershipId, dataset.id(), areas, null, null);
        var source = dataset.source() + " (" + dataset.ownerName() + ")"
                + (dataset.illustrative() ? "; ILLUSTRATIVE data" : "");
        var link = "/partnerships/"
                + partnerships.find(partnershipId).orElseThrow().slug() + "/evidence/datasets/" + dataset.id();
        if (points.isEmpty()) {
            return new Evidence(
                    KIND,
                    dataset.title() + ": no values for the partnership's area taken together.",
                    source,
                    "",
                    link,
                    List.of());
        }
        int perYear = switch (dataset.periodType() == null ? PeriodType.YEAR : dataset.periodType()) {
            case MONTH -> 12;
            case QUARTER -> 4;
            default -> 1;
        };
        var latest = points.subList(Math.max(0, points.size() - perYear), points.size());
        var period = latest.size() == 1
                ? latest.get(0).period()
                : latest.get(0).period() + " to "
                        + latest.get(latest.size() - 1).period();
        var unit = dataset.unit() == null || dataset.unit().isBlank() ? "" : " " + dataset.unit();
        if (!dataset.additive()) {
            var last = points.get(points.size() - 1);
            return new Evidence(
                    KIND,
                    dataset.title() + ": " + number(last.value()) + unit + " in " + last.period() + ".",
                    source,
                    last.period(),
                    link,
                    List.of());
        }
        long current = sum(latest);
        var text = dataset.title() + ": " + String.format(Locale.UK, "%,d", current) + unit + " in " + period;
        var signals = new ArrayList<Signal>();
        if (points.size() >= 2 * perYear
                && consecutiveYears(points.subList(points.size() - 2 * perYear, points.size()), perYear)) {
            long past = sum(points.subList(points.size() - 2 * perYear, points.size() - perYear));
            var change = CountChange.of(past, current);
            var words = String.format(
                    Locale.UK,
                    "%,d to %,d on the year before: %s (exact test p = %.3f, Wheeler's" + " z = %.2f)",
                    past,
                    current,
                    change.directionInWords(),
                    change.exactPValue(),
                    change.wheelerZ());
            text += "; " + words;
            signals.add(
                    new Signal("TREND", change.wheelerZ(), ScoringRules.trend(change), dataset.title() + ": " + words));
        } else {
            text += "; the year before is not complete, so no year-on-year test";
        }
        return new Evidence(KIND, text + ".", source, period, link, signals);
    }

    /** Whether the later year's periods each start one year after the earlier year's. */
    private static boolean consecutiveYears(List<EvidencePoint> points, int perYear) {
        for (int i = 0; i < perYear; i++) {
            LocalDate earlier = points.get(i).startsOn();
            if (!earlier.plusYears(1).equals(points.get(i + perYear).startsOn())) {
                return false;
            }
        }
        return true;
    }

    private static long sum(List<EvidencePoint> points) {
        return points.stream()
                .map(EvidencePoint::value)
                .reduce(BigDecimal.ZERO, BigDecimal::add)
                .setScale(0, RoundingMode.HALF_UP)
                .longValueExact();
    }

    private static String number(BigDecimal value) {
        return value.stripTrailingZeros().toPlainString();
    }
}
