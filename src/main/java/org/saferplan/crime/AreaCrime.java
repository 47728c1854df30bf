package org.saferplan.crime;

import java.time.YearMonth;
import java.util.List;
import org.saferplan.areas.AreaScope;
import org.saferplan.areas.PopulationEstimate;

/**
 * Recorded crime (police.uk street files) in one area over a period: counts and rates per 1,000 residents with
 * exact Poisson 95% intervals, by crime type and in total. Anti-social behaviour is listed among the types but is
 * not crime, so it is never part of the total.
 *
 * @param population the residents the rates use, with the year and basis (null when none is loaded)
 * @param missingMonths months of the period for which a force covering the area supplied no street file, or an
 *     empty one: those months are missing, not zero, and the totals leave them out
 * @param months the crime total (anti-social behaviour excluded) per month; null count for a missing month
 */
public record AreaCrime(
        AreaScope area,
        YearMonth from,
        YearMonth to,
        PopulationEstimate population,
        Figure total,
        List<TypeFigure> types,
        List<MonthCount> months,
        List<YearMonth> missingMonths,
        List<String> forces) {

    public AreaCrime {
        types = List.copyOf(types);
        months = List.copyOf(months);
        missingMonths = List.copyOf(missingMonths);
        forces = List.copyOf(forces);
    }

    public int monthsInPeriod() {
        return (int) (from.until(to, java.time.temporal.ChronoUnit.MONTHS) + 1);
    }

    /** A count with its rate per 1,000 and the rate's exact Poisson 95% interval (rates null without population). */
    public record Figure(long count, Double rate, Double rateLow, Double rateHigh) {}

    /** One police.uk crime type (exact CSV string) and its figure. */
    public record TypeFigure(String type, boolean antisocialBehaviour, Figure figure) {}

    /** The crime total of one month, or null when the month is missing. */
    public record MonthCount(YearMonth month, Long count) {}
}
