package org.saferplan.publishing;

import java.text.NumberFormat;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Optional;
import org.saferplan.crime.AreaCrime;
import org.saferplan.publishing.web.BarChart;
import org.saferplan.publishing.web.StatisticsView;
import org.saferplan.web.Messages;

/**
 * Turns the crime module's figures for an area into the public statistics page: sentences a resident can read,
 * table rows and charts of the same rows. Anti-social behaviour is shown beside crime, never in the total.
 */
final class StatisticsViews {

    private StatisticsViews() {}

    static StatisticsView of(Optional<AreaCrime> found, String areaName, Messages messages) {
        if (found.isEmpty()) {
            return StatisticsView.none();
        }
        var crime = found.get();
        var numbers = NumberFormat.getIntegerInstance(messages.locale());
        var months = DateTimeFormatter.ofPattern("MMMM yyyy", messages.locale());
        var shortMonths = DateTimeFormatter.ofPattern("MMM yy", messages.locale());
        var period = messages.get(
                "statistics.period", crime.from().format(months), crime.to().format(months));
        var summary = new ArrayList<String>();
        long total = crime.total().count();
        summary.add(messages.get("statistics.summary.total", period, areaName, numbers.format(total)));
        if (crime.total().rate() != null) {
            summary.add(messages.get(
                    "statistics.summary.rate",
                    rate(crime.total().rate()),
                    rate(crime.total().rateLow()),
                    rate(crime.total().rateHigh()),
                    numbers.format(crime.population().population()),
                    String.valueOf(crime.population().year())));
        }
        crime.types().stream()
                .filter(t -> !t.antisocialBehaviour())
                .max(Comparator.comparingLong(t -> t.figure().count()))
                .filter(t -> total > 0)
                .ifPresent(t -> summary.add(messages.get(
                        "statistics.summary.top",
                        t.type(),
                        numbers.format(t.figure().count()),
                        share(t.figure().count(), total))));
        crime.types().stream()
                .filter(AreaCrime.TypeFigure::antisocialBehaviour)
                .findFirst()
                .ifPresent(t -> summary.add(messages.get(
                        "statistics.summary.asb", numbers.format(t.figure().count()))));
        if (!crime.missingMonths().isEmpty()) {
            summary.add(messages.get(
                    "statistics.summary.missing",
                    String.join(
                            ", ",
                            crime.missingMonths().stream()
                                    .map(m -> m.format(months))
                                    .toList())));
        }
        var typeRows = new ArrayList<StatisticsView.TypeRow>();
        var typeLabels = new ArrayList<String>();
        var typeValues = new ArrayList<Long>();
        var typeText = new ArrayList<String>();
        crime.types().stream()
                .sorted(Comparator.comparingLong(
                                (AreaCrime.TypeFigure t) -> t.figure().count())
                        .reversed())
                .forEach(t -> {
                    var f = t.figure();
                    var name = t.antisocialBehaviour() ? messages.get("statistics.asbType", t.type()) : t.type();
                    typeRows.add(new StatisticsView.TypeRow(
                            name,
                            numbers.format(f.count()),
                            f.rate() == null ? messages.get("statistics.notAvailable") : rate(f.rate()),
                            f.rate() == null
                                    ? messages.get("statistics.notAvailable")
                                    : messages.get("statistics.interval", rate(f.rateLow()), rate(f.rateHigh())),
                            t.antisocialBehaviour() || total == 0
                                    ? messages.get("statistics.notInTotal")
                                    : share(f.count(), total)));
                    typeLabels.add(name);
                    typeValues.add(f.count());
                    typeText.add(numbers.format(f.count()));
                });
        var monthRows = new ArrayList<StatisticsView.MonthRow>();
        var monthLabels = new ArrayList<String>();
        var monthValues = new ArrayList<Long>();
        var monthText = new ArrayList<String>();
        for (var month : crime.months()) {
            var text = month.count() == null ? messages.get("statistics.notAvailable") : numbers.format(month.count());
            monthRows.add(new StatisticsView.MonthRow(month.month().format(months), text));
            monthLabels.add(month.month().format(shortMonths));
            monthValues.add(month.count());
            monthText.add(text);
        }
        var monthChart = BarChart.of(
                "crime-by-month",
                messages.get("statistics.monthChart.title"),
                messages.get("statistics.monthChart.description", period),
                false,
                monthLabels,
                monthValues,
                monthText);
        var typeChart = BarChart.of(
                "crime-by-type",
                messages.get("statistics.typeChart.title"),
                messages.get("statistics.typeChart.description", period),
                true,
                typeLabels,
                typeValues,
                typeText);
        var population = crime.population() == null
                ? messages.get("statistics.noPopulation")
                : messages.get(
                        "statistics.population",
                        numbers.format(crime.population().population()),
                        String.valueOf(crime.population().year()),
                        crime.population().basis());
        return new StatisticsView(true, period, summary, typeRows, monthRows, monthChart, typeChart, population);
    }

    static String rate(Double rate) {
        return rate == null ? "" : String.format(java.util.Locale.UK, "%.1f", rate);
    }

    static String share(long count, long total) {
        return total == 0 ? "" : String.format(java.util.Locale.UK, "%.1f%%", 100.0 * count / total);
    }
}
