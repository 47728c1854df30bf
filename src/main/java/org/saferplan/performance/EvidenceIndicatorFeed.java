package org.saferplan.performance;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.saferplan.evidence.EvidenceDataset;
import org.saferplan.evidence.EvidenceSeries;
import org.saferplan.evidence.PeriodType;
import org.saferplan.governance.LocalAuthorityCode;
import org.saferplan.governance.Partnership;
import org.springframework.stereotype.Component;

/**
 * The headline series of a partner dataset (evidence module) over the partnership's local authorities taken
 * together: summed for counts, numerators over denominators for rates and shares. A period for which any of the
 * authorities has no value is left out rather than counted short. Calendar-year datasets have no matching indicator
 * frequency (indicator years are financial years), so they are not offered.
 */
@Component
class EvidenceIndicatorFeed implements IndicatorFeed {

    static final String DATASET = "dataset:";
    private static final LocalDate EARLIEST = LocalDate.of(1900, 1, 1);
    private static final LocalDate LATEST = LocalDate.of(2999, 12, 31);

    private final EvidenceSeries evidence;

    EvidenceIndicatorFeed(EvidenceSeries evidence) {
        this.evidence = evidence;
    }

    @Override
    public Source source() {
        return Source.PARTNER_DATASET;
    }

    @Override
    public List<Choice> choices(Partnership partnership) {
        var choices = new ArrayList<Choice>();
        for (var dataset : evidence.datasets(partnership.id())) {
            var frequency = frequency(dataset.periodType());
            if (frequency.isPresent() && dataset.currentVersionId() != null) {
                choices.add(new Choice(DATASET + dataset.id(), label(dataset), unit(dataset), frequency.get()));
            }
        }
        return choices;
    }

    @Override
    public Optional<Series> series(Partnership partnership, String key) {
        if (!key.startsWith(DATASET)) {
            return Optional.empty();
        }
        long id;
        try {
            id = Long.parseLong(key.substring(DATASET.length()));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
        var codes = partnership.area().stream().map(LocalAuthorityCode::value).toList();
        return evidence.dataset(partnership.id(), id).map(dataset -> {
            var values = evidence.combined(partnership.id(), id, codes, EARLIEST, LATEST).stream()
                    .map(point -> new IndicatorValue(new Period(point.period(), point.startsOn()), point.value(), ""))
                    .toList();
            var note = dataset.source() + " (" + dataset.licence() + "), supplied by " + dataset.ownerName()
                    + (dataset.illustrative() ? "; illustrative demo data, not real" : "")
                    + ". Taken over the partnership's local authorities (" + String.join(", ", codes)
                    + ") together; a period missing for any of them is left out.";
            return new Series(label(dataset), values, note);
        });
    }

    private static String label(EvidenceDataset dataset) {
        return "Partner dataset: " + dataset.title() + " (" + dataset.ownerName() + ")";
    }

    private static Unit unit(EvidenceDataset dataset) {
        if (dataset.additive()) {
            return Unit.COUNT;
        }
        return dataset.unit() != null && dataset.unit().contains("%") ? Unit.PERCENTAGE : Unit.OTHER;
    }

    private static Optional<Frequency> frequency(PeriodType type) {
        return switch (type) {
            case MONTH -> Optional.of(Frequency.MONTH);
            case QUARTER -> Optional.of(Frequency.QUARTER);
            case FINANCIAL_YEAR -> Optional.of(Frequency.YEAR);
            case YEAR -> Optional.empty();
        };
    }
}
