package org.saferplan.performance;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.saferplan.governance.Partnership;
import org.saferplan.surveys.SurveySeries;
import org.springframework.stereotype.Component;

/**
 * Survey results (the surveys module's derived results, such as the share feeling very or fairly safe after dark)
 * as yearly percentages: each wave's estimate becomes the value of the financial year containing the wave's date
 * (the later wave when a year has two), with its 95% interval and base in the value's note.
 */
@Component
class SurveyIndicatorFeed implements IndicatorFeed {

    static final String KEY = "survey-result:";

    private final SurveySeries surveys;

    SurveyIndicatorFeed(SurveySeries surveys) {
        this.surveys = surveys;
    }

    @Override
    public Source source() {
        return Source.SURVEY_RESULT;
    }

    @Override
    public List<Choice> choices(Partnership partnership) {
        return surveys.results(partnership.id()).stream()
                .map(r -> new Choice(
                        KEY + r.resultId(),
                        r.survey() + ": " + r.name() + " (%, by financial year)",
                        Unit.PERCENTAGE,
                        Frequency.YEAR))
                .toList();
    }

    @Override
    public Optional<Series> series(Partnership partnership, String key) {
        if (!key.startsWith(KEY)) {
            return Optional.empty();
        }
        long resultId;
        try {
            resultId = Long.parseLong(key.substring(KEY.length()));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
        var label = surveys.results(partnership.id()).stream()
                .filter(r -> r.resultId() == resultId)
                .findFirst();
        return surveys.points(partnership.id(), resultId).map(points -> {
            var byYear = new LinkedHashMap<String, IndicatorValue>();
            for (var p : points) {
                var d = p.date();
                var period =
                        Frequency.YEAR.of(LocalDate.of(d.getMonthValue() >= 4 ? d.getYear() : d.getYear() - 1, 4, 1));
                var note = p.wave() + ": 95% interval " + fixed(p.lower()) + "% to " + fixed(p.upper()) + "%, base "
                        + String.format(Locale.UK, "%,d", Math.round(p.base()))
                        + (p.illustrative() ? " (illustrative)" : "");
                byYear.put(
                        period.text(),
                        new IndicatorValue(
                                period, BigDecimal.valueOf(p.percent()).setScale(1, RoundingMode.HALF_UP), note));
            }
            var values = new ArrayList<>(byYear.values());
            var name = label.map(r -> r.survey() + ": " + r.name()).orElse("Survey result");
            return new Series(
                    name,
                    values,
                    name + ", " + points.size() + (points.size() == 1 ? " wave" : " waves")
                            + "; each value's note gives its 95% confidence interval (Wilson) and base.");
        });
    }

    private static String fixed(double value) {
        return String.format(Locale.ROOT, "%.1f", value);
    }
}
