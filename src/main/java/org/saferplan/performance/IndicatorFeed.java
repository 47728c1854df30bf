package org.saferplan.performance;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.List;
import org.saferplan.performance.web.ValueForm;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * How another module (surveys) feeds values into an indicator whose source is a survey result: it lists the
 * partnership's percentage indicators of that source and stores a value for the period that contains a date,
 * through the same checks and audit as a value typed on the indicator page (a value replaces that of its period).
 */
@Service
public class IndicatorFeed {

    private final Indicators indicators;

    IndicatorFeed(Indicators indicators) {
        this.indicators = indicators;
    }

    /** An indicator that may take survey results: its source is a survey result and its unit a percentage. */
    public record SurveyIndicator(long id, String name, String frequency) {}

    public List<SurveyIndicator> surveyIndicators(long partnershipId) {
        return indicators.all(partnershipId).stream()
                .filter(i -> i.source() == Source.SURVEY_RESULT && i.unit() == Unit.PERCENTAGE)
                .map(i -> new SurveyIndicator(i.id(), i.name(), i.frequency().label()))
                .toList();
    }

    /**
     * Stores {@code percent} (to 1 decimal place) as the indicator's value for the period containing {@code on};
     * returns the period's text. An indicator of another partnership, or not of a survey source, is not found.
     */
    @Transactional
    public String feed(long partnershipId, long indicatorId, LocalDate on, double percent, String note) {
        var indicator = indicators.indicator(partnershipId, indicatorId);
        if (indicator.source() != Source.SURVEY_RESULT || indicator.unit() != Unit.PERCENTAGE) {
            throw new NotFound();
        }
        var frequency = indicator.frequency();
        var start = switch (frequency) {
            case MONTH -> on.withDayOfMonth(1);
            case QUARTER -> LocalDate.of(on.getYear(), (on.getMonthValue() - 1) / 3 * 3 + 1, 1);
            case YEAR -> LocalDate.of(on.getMonthValue() >= 4 ? on.getYear() : on.getYear() - 1, 4, 1);
        };
        var period = frequency.of(start).text();
        var value = BigDecimal.valueOf(percent).setScale(1, RoundingMode.HALF_UP).toPlainString();
        indicators.addValue(partnershipId, indicatorId, new ValueForm(period, value, note));
        return period;
    }
}
