package org.saferplan.performance;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.saferplan.audit.AuditTrail;
import org.saferplan.performance.web.EvidenceForm;
import org.saferplan.performance.web.IndicatorForm;
import org.saferplan.performance.web.RebaseForm;
import org.saferplan.performance.web.ValueForm;
import org.saferplan.plan.PlanLookup;
import org.saferplan.statistics.Spc;
import org.saferplan.web.InvalidInputException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A partnership's indicators, their values and rebases, their links to plan measures and the evidence notes of
 * measures. Each change finds its records within the partnership, checks everything before storing anything, and
 * is audited in the same transaction.
 */
@Service
class Indicators {

    static final String INDICATOR = "performance_indicator";
    static final String VALUES = "performance_value";
    static final String REBASE = "performance_rebase";
    static final String LINK = "performance_measure_indicator";
    static final String NOTE = "performance_evidence_note";

    private final PerformanceRepository repository;
    private final AuditTrail audit;
    private final PlanLookup plan;

    Indicators(PerformanceRepository repository, AuditTrail audit, PlanLookup plan) {
        this.repository = repository;
        this.audit = audit;
        this.plan = plan;
    }

    List<Indicator> all(long partnershipId) {
        return repository.indicators(partnershipId);
    }

    Indicator indicator(long partnershipId, long id) {
        return repository.indicator(partnershipId, id, false).orElseThrow(NotFound::new);
    }

    List<IndicatorValue> values(long indicatorId) {
        return repository.values(indicatorId);
    }

    List<Rebase> rebases(long indicatorId) {
        return repository.rebases(indicatorId);
    }

    /** The chart, once there are 2 values; rebases of periods with no value are left out. */
    Optional<Spc> chart(Indicator indicator, List<IndicatorValue> values, List<Rebase> rebases) {
        if (values.size() < 2) {
            return Optional.empty();
        }
        var numbers = values.stream().map(v -> v.value().doubleValue()).toList();
        return Optional.of(
                Spc.of(numbers, indicator.improvement(), indicator.targetValue(), rebaseIndexes(values, rebases)));
    }

    static List<Integer> rebaseIndexes(List<IndicatorValue> values, List<Rebase> rebases) {
        var indexes = new ArrayList<Integer>();
        for (var rebase : rebases) {
            for (int i = 0; i < values.size(); i++) {
                if (values.get(i).period().text().equals(rebase.period()) && i > 0) {
                    indexes.add(i);
                }
            }
        }
        return indexes;
    }

    @Transactional
    Indicator create(long partnershipId, IndicatorForm form, boolean illustrative) {
        var indicator = IndicatorInputs.indicator(0, partnershipId, form, illustrative);
        if (repository.nameTaken(partnershipId, indicator.name(), 0)) {
            throw new InvalidInputException(
                    "name", "The partnership already has an indicator called " + indicator.name());
        }
        long id = repository.insertIndicator(indicator);
        var created = indicator(partnershipId, id);
        audit.created(partnershipId, INDICATOR, id, created.auditValues());
        return created;
    }

    @Transactional
    void addValue(long partnershipId, long indicatorId, ValueForm form) {
        var indicator = locked(partnershipId, indicatorId);
        var problems = new ArrayList<InvalidInputException.Problem>();
        Period period = null;
        java.math.BigDecimal value = null;
        try {
            period = IndicatorInputs.period(form.period(), indicator.frequency(), "period");
        } catch (InvalidInputException e) {
            problems.addAll(e.problems());
        }
        try {
            value = IndicatorInputs.value(form.value(), indicator.unit());
        } catch (InvalidInputException e) {
            problems.add(new InvalidInputException.Problem("value", "Enter a value: " + e.getMessage()));
        }
        var note = IndicatorInputs.text(form.note(), "note", null, IndicatorInputs.MAX_TEXT, false, problems);
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        repository.saveValue(indicatorId, new IndicatorValue(period, value, note));
        audit.updated(
                partnershipId,
                VALUES,
                indicatorId,
                Map.of(),
                Map.of("period", period.text(), "value", value.toPlainString(), "note", note));
    }

    /** Stores every value of the CSV, replacing values of the same periods; stores nothing if any line is bad. */
    @Transactional
    int upload(long partnershipId, long indicatorId, String csv) {
        var indicator = locked(partnershipId, indicatorId);
        var values = CsvValues.parse(csv, indicator, "csv");
        values.forEach(value -> repository.saveValue(indicatorId, value));
        audit.updated(
                partnershipId,
                VALUES,
                indicatorId,
                Map.of(),
                Map.of(
                        "uploaded",
                        values.size() + " values",
                        "from",
                        values.get(0).period().text(),
                        "to",
                        values.get(values.size() - 1).period().text()));
        return values.size();
    }

    @Transactional
    void removeValue(long partnershipId, long indicatorId, String period) {
        locked(partnershipId, indicatorId);
        if (repository.deleteValue(indicatorId, period) == 0) {
            throw new NotFound();
        }
        audit.deleted(partnershipId, VALUES, indicatorId, Map.of("period", period));
    }

    /** Starts a new baseline at a period that has a value; each baseline keeps at least 2 points. */
    @Transactional
    void rebase(long partnershipId, long indicatorId, RebaseForm form, String by) {
        var indicator = locked(partnershipId, indicatorId);
        var problems = new ArrayList<InvalidInputException.Problem>();
        var reason = IndicatorInputs.text(
                form.reason(),
                "reason",
                "Say why the process changed at this period",
                IndicatorInputs.MAX_TEXT,
                true,
                problems);
        var values = repository.values(indicatorId);
        var period = indicator.frequency().parse(form.period());
        if (period == null || values.stream().noneMatch(v -> v.period().text().equals(period.text()))) {
            problems.add(new InvalidInputException.Problem("period", "Choose a period that has a value"));
        } else if (values.get(0).period().text().equals(period.text())) {
            problems.add(new InvalidInputException.Problem(
                    "period", "The first period already starts the" + " baseline: choose a later one"));
        } else if (repository.rebases(indicatorId).stream()
                .anyMatch(r -> r.period().equals(period.text()))) {
            problems.add(
                    new InvalidInputException.Problem("period", "A new baseline already starts at " + period.text()));
        } else {
            var rebases = new ArrayList<>(repository.rebases(indicatorId));
            rebases.add(new Rebase(period.text(), reason, by, null));
            try {
                chart(indicator, values, rebases);
            } catch (IllegalArgumentException e) {
                problems.add(new InvalidInputException.Problem(
                        "period",
                        "A baseline needs at least 2 points:"
                                + " choose a period with at least one more value before the next baseline"));
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        repository.insertRebase(indicatorId, period.text(), reason, by);
        audit.created(
                partnershipId,
                REBASE,
                indicatorId + "/" + period.text(),
                Map.of("period", period.text(), "reason", reason));
    }

    @Transactional
    void removeRebase(long partnershipId, long indicatorId, String period) {
        locked(partnershipId, indicatorId);
        if (repository.deleteRebase(indicatorId, period) == 0) {
            throw new NotFound();
        }
        audit.deleted(partnershipId, REBASE, indicatorId + "/" + period, Map.of("period", period));
    }

    Map<UUID, List<Long>> linkedIndicators(long partnershipId, List<UUID> measureKeys) {
        return repository.linkedIndicators(partnershipId, measureKeys);
    }

    List<UUID> linkedMeasureKeys(long partnershipId, long indicatorId) {
        return repository.linkedMeasureKeys(partnershipId, indicatorId);
    }

    PlanLookup.MeasureRef measure(long partnershipId, long measureId) {
        return plan.measure(partnershipId, measureId).orElseThrow(NotFound::new);
    }

    /** Links a measure (of any version: the link follows its stable key) to an indicator of the partnership. */
    @Transactional
    void link(long partnershipId, long measureId, String indicatorId) {
        var measure = measure(partnershipId, measureId);
        long id;
        try {
            id = Long.parseLong(indicatorId == null ? "" : indicatorId.strip());
        } catch (NumberFormatException e) {
            throw new InvalidInputException("indicatorId", "Choose an indicator");
        }
        var indicator = repository
                .indicator(partnershipId, id, false)
                .orElseThrow(() -> new InvalidInputException("indicatorId", "Choose an indicator"));
        if (repository.link(partnershipId, measure.key(), indicator.id())) {
            audit.created(
                    partnershipId,
                    LINK,
                    measure.key() + "/" + indicator.id(),
                    Map.of("measure", measure.text(), "indicator", indicator.name()));
        }
    }

    @Transactional
    void unlink(long partnershipId, long measureId, long indicatorId) {
        var measure = measure(partnershipId, measureId);
        var indicator = indicator(partnershipId, indicatorId);
        if (!repository.unlink(partnershipId, measure.key(), indicatorId)) {
            throw new NotFound();
        }
        audit.deleted(
                partnershipId,
                LINK,
                measure.key() + "/" + indicatorId,
                Map.of("measure", measure.text(), "indicator", indicator.name()));
    }

    List<EvidenceNote> evidenceNotes(long partnershipId, UUID measureKey) {
        return repository.evidenceNotes(partnershipId, measureKey);
    }

    @Transactional
    void addEvidence(long partnershipId, long measureId, EvidenceForm form, String author, LocalDate today) {
        var measure = measure(partnershipId, measureId);
        var problems = new ArrayList<InvalidInputException.Problem>();
        var note = IndicatorInputs.text(
                form.note(), "note", "Enter the evidence", IndicatorInputs.MAX_LONG_TEXT, true, problems);
        LocalDate on = null;
        try {
            on = IndicatorInputs.date(form.date(), "date", today);
        } catch (InvalidInputException e) {
            problems.addAll(e.problems());
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        long id = repository.insertEvidenceNote(partnershipId, measure.key(), on, note, author);
        audit.created(partnershipId, NOTE, id, Map.of("measure", measure.text(), "date", on.toString(), "note", note));
    }

    private Indicator locked(long partnershipId, long indicatorId) {
        return repository.indicator(partnershipId, indicatorId, true).orElseThrow(NotFound::new);
    }
}
