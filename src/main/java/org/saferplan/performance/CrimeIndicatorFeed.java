package org.saferplan.performance;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.saferplan.areas.AreaScope;
import org.saferplan.areas.AreaScopes;
import org.saferplan.crime.AreaCrimeStatistics;
import org.saferplan.crime.CrimeOutcomes;
import org.saferplan.governance.LocalAuthorityCode;
import org.saferplan.governance.Partnership;
import org.springframework.stereotype.Component;

/**
 * Monthly counts of police.uk street-level crime in the partnership's area, in total (anti-social behaviour left
 * out, as in every crime total) or for one crime type. A month for which a force covering the area supplied no
 * file is missing, never zero, so it is left out of the series and the source note names it.
 */
@Component
class CrimeIndicatorFeed implements IndicatorFeed {

    static final String ALL = "crime-count:all";
    static final String TYPE = "crime-count:type:";
    /** Positive outcome rate (%) of a crime type, monthly or by calendar quarter: {@code crime-outcome-rate:3:<type>}. */
    static final String OUTCOME_RATE = "crime-outcome-rate:";

    private static final String SOURCE = "police.uk street-level crime (Open Government Licence v3.0)";

    private final AreaCrimeStatistics statistics;
    private final CrimeOutcomes outcomes;
    private final AreaScopes scopes;

    CrimeIndicatorFeed(AreaCrimeStatistics statistics, CrimeOutcomes outcomes, AreaScopes scopes) {
        this.statistics = statistics;
        this.outcomes = outcomes;
        this.scopes = scopes;
    }

    @Override
    public Source source() {
        return Source.CRIME_STATISTIC;
    }

    @Override
    public List<Choice> choices(Partnership partnership) {
        var choices = new ArrayList<Choice>();
        choices.add(new Choice(
                ALL,
                "All recorded crime in the partnership area (anti-social behaviour excluded)," + " by month",
                Unit.COUNT,
                Frequency.MONTH));
        var scope = scope(partnership);
        var latest = statistics.latestMonth(scope);
        if (latest.isPresent()) {
            var types = statistics.of(scope, latest.get(), latest.get()).types();
            for (var type : types) {
                choices.add(new Choice(
                        TYPE + type.type(),
                        type.type() + " in the partnership area, by month",
                        Unit.COUNT,
                        Frequency.MONTH));
            }
            for (var type : types) {
                if (!type.antisocialBehaviour()) {
                    choices.add(new Choice(
                            OUTCOME_RATE + "1:" + type.type(),
                            "Positive outcome rate (%) for " + type.type() + " in the partnership area, by month",
                            Unit.PERCENTAGE,
                            Frequency.MONTH));
                    choices.add(new Choice(
                            OUTCOME_RATE + "3:" + type.type(),
                            "Positive outcome rate (%) for " + type.type() + " in the partnership area, by quarter",
                            Unit.PERCENTAGE,
                            Frequency.QUARTER));
                }
            }
        }
        return choices;
    }

    @Override
    public Optional<Series> series(Partnership partnership, String key) {
        if (key.startsWith(OUTCOME_RATE)) {
            return outcomeRates(partnership, key);
        }
        if (!key.equals(ALL) && !key.startsWith(TYPE)) {
            return Optional.empty();
        }
        var type = key.equals(ALL) ? null : key.substring(TYPE.length());
        var scope = scope(partnership);
        var first = statistics.earliestMonth(scope);
        var last = statistics.latestMonth(scope);
        var label = type == null ? "All recorded crime (anti-social behaviour excluded)" : type;
        if (first.isEmpty() || last.isEmpty()) {
            return Optional.of(new Series(label, List.of(), "No police.uk months are stored for the area yet."));
        }
        var values = new ArrayList<IndicatorValue>();
        var missing = new ArrayList<YearMonth>();
        if (type == null) {
            var crime = statistics.of(scope, first.get(), last.get());
            for (var month : crime.months()) {
                if (month.count() == null) {
                    missing.add(month.month());
                } else {
                    values.add(value(month.month(), month.count()));
                }
            }
        } else {
            for (var month = first.get(); !month.isAfter(last.get()); month = month.plusMonths(1)) {
                var crime = statistics.of(scope, month, month);
                if (!crime.missingMonths().isEmpty()) {
                    missing.add(month);
                    continue;
                }
                values.add(value(
                        month,
                        crime.types().stream()
                                .filter(t -> t.type().equals(type))
                                .mapToLong(t -> t.figure().count())
                                .sum()));
            }
        }
        var note = new StringBuilder(SOURCE)
                .append(", ")
                .append(first.get())
                .append(" to ")
                .append(last.get())
                .append(", crimes whose snapped location lies in the partnership's LSOAs.");
        if (!missing.isEmpty()) {
            note.append(" Missing months (no file from a force covering the area) left out: ")
                    .append(String.join(
                            ", ", missing.stream().map(YearMonth::toString).toList()))
                    .append('.');
        }
        return Optional.of(new Series(label, values, note.toString()));
    }

    /**
     * Positive outcomes over crimes recorded, as a percentage to one decimal place (crime module's definition,
     * SaferPlan's own). Periods with a missing month are left out; immature periods are kept with a note, because
     * their rate will still rise as investigations end.
     */
    private Optional<Series> outcomeRates(Partnership partnership, String key) {
        var rest = key.substring(OUTCOME_RATE.length());
        int colon = rest.indexOf(':');
        if (colon < 0 || !(rest.startsWith("1:") || rest.startsWith("3:"))) {
            return Optional.empty();
        }
        int months = Integer.parseInt(rest.substring(0, colon));
        var type = rest.substring(colon + 1);
        var scope = scope(partnership);
        var first = statistics.earliestMonth(scope);
        var last = statistics.latestMonth(scope);
        var label = "Positive outcome rate (%) for " + type;
        if (first.isEmpty() || last.isEmpty()) {
            return Optional.of(new Series(label, List.of(), "No police.uk months are stored for the area yet."));
        }
        var rates = outcomes.positiveOutcomeRates(partnership.slug(), type, first.get(), last.get(), months)
                .orElse(List.of());
        var values = new ArrayList<IndicatorValue>();
        var left = new ArrayList<String>();
        for (var rate : rates) {
            var period = months == 1
                    ? new Period(rate.from().toString(), rate.from().atDay(1))
                    : new Period(
                            rate.from().getYear() + "-Q" + ((rate.from().getMonthValue() - 1) / 3 + 1),
                            rate.from().atDay(1));
            if (rate.rate() == null) {
                left.add(period.text());
                continue;
            }
            var percent = BigDecimal.valueOf(rate.rate() * 100).setScale(1, java.math.RoundingMode.HALF_UP);
            values.add(new IndicatorValue(
                    period, percent, rate.immature() ? "Immature: recent crimes may still gain an outcome" : ""));
        }
        var note = new StringBuilder(SOURCE)
                .append(": positive outcomes (charge or summons, or an out-of-court"
                        + " disposal; SaferPlan's definition) over crimes recorded in each period, by the latest outcome"
                        + " published.");
        if (!left.isEmpty()) {
            note.append(" Left out (a month missing, or no crimes): ")
                    .append(String.join(", ", left))
                    .append('.');
        }
        return Optional.of(new Series(label, values, note.toString()));
    }

    private static IndicatorValue value(YearMonth month, long count) {
        return new IndicatorValue(new Period(month.toString(), month.atDay(1)), BigDecimal.valueOf(count), "");
    }

    private AreaScope scope(Partnership partnership) {
        return scopes.ofPartnership(
                partnership.slug(),
                partnership.name(),
                partnership.area().stream().map(LocalAuthorityCode::value).toList());
    }
}
