package org.saferplan.crime;

import java.sql.Date;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.saferplan.areas.AreaScope;
import org.saferplan.areas.AreaScopes;
import org.saferplan.governance.Partnerships;
import org.saferplan.statistics.WilsonInterval;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * Outcomes of the crimes recorded in an area: the outcome mix and the positive outcome rate ({@link OutcomeGroup})
 * by crime type, with Wilson 95% intervals. A crime's outcome is the street file's "Last outcome category", the
 * latest outcome when police.uk published that file; where it is still pending (blank, "Under investigation",
 * "Status update unavailable") and an imported outcomes file holds a later outcome for the same Crime ID, the
 * latest of those is used (SaferPlan's rule; ties in the same outcome month prefer a concluded outcome). Recent
 * months are immature: many of their crimes have no outcome yet. Rows are read through the (force, month) index of
 * the forces with crime in the area (taken from the cube), not by scanning every force.
 */
@Service
public class CrimeOutcomes {

    /** Months at the end of the stored street data whose outcomes are called immature (SaferPlan's choice). */
    static final int IMMATURE_MONTHS = 6;

    private final JdbcClient jdbc;
    private final AreaCrimeStatistics statistics;
    private final AreaScopes scopes;
    private final Partnerships partnerships;

    CrimeOutcomes(JdbcClient jdbc, AreaCrimeStatistics statistics, AreaScopes scopes, Partnerships partnerships) {
        this.jdbc = jdbc;
        this.statistics = statistics;
        this.scopes = scopes;
        this.partnerships = partnerships;
    }

    /**
     * The positive outcome rate of one police.uk crime type (e.g. "Violence and sexual offences", which holds
     * sexual offences: police.uk does not publish them apart) in a partnership's area, per month or per calendar
     * quarter, for performance indicators. A period with a month missing from the police data has no rate.
     *
     * @param crimeType a police.uk crime type, or null for all crime (anti-social behaviour is never included)
     * @param monthsPerPeriod 1 (monthly) or 3 (calendar quarters, Jan-Mar, Apr-Jun, ...)
     * @return empty when the partnership is unknown
     */
    public Optional<List<OutcomeRate>> positiveOutcomeRates(
            String partnershipSlug, String crimeType, YearMonth from, YearMonth to, int monthsPerPeriod) {
        if (monthsPerPeriod != 1 && monthsPerPeriod != 3) {
            throw new IllegalArgumentException("A period is 1 or 3 months, not " + monthsPerPeriod);
        }
        var partnership = partnerships.findBySlug(partnershipSlug);
        if (partnership.isEmpty()) {
            return Optional.empty();
        }
        var scope = scopes.ofPartnership(
                partnership.get().slug(),
                partnership.get().name(),
                partnership.get().area().stream().map(Object::toString).toList());
        var start = monthsPerPeriod == 3 ? from.minusMonths((from.getMonthValue() - 1) % 3) : from;
        var end = monthsPerPeriod == 3 ? to.plusMonths(2 - (to.getMonthValue() - 1) % 3) : to;
        var outcomes = of(scope, start, end);
        var rates = new ArrayList<OutcomeRate>();
        for (var periodStart = start;
                !periodStart.isAfter(end);
                periodStart = periodStart.plusMonths(monthsPerPeriod)) {
            var periodEnd = periodStart.plusMonths(monthsPerPeriod - 1);
            long crimes = 0;
            long positive = 0;
            long pending = 0;
            boolean missing = false;
            boolean immature = false;
            for (var month = periodStart; !month.isAfter(periodEnd); month = month.plusMonths(1)) {
                missing |= outcomes.missingMonths().contains(month);
                immature |= outcomes.immature(month);
                var tally = outcomes.tally(month, crimeType);
                crimes += tally.crimes();
                positive += tally.positive();
                pending += tally.pending();
            }
            rates.add(OutcomeRate.of(periodStart, periodEnd, missing ? null : crimes, positive, pending, immature));
        }
        return Optional.of(rates);
    }

    /**
     * A period's positive outcome rate.
     *
     * @param crimes crimes recorded in the period, null when a month of it is missing from the police data
     * @param rate positive / crimes (0 to 1), null without crimes; rateLow and rateHigh its Wilson 95% interval
     * @param immature true when the period includes one of the latest {@value #IMMATURE_MONTHS} months of data
     */
    public record OutcomeRate(
            YearMonth from,
            YearMonth to,
            Long crimes,
            long positive,
            long pending,
            Double rate,
            Double rateLow,
            Double rateHigh,
            boolean immature) {

        static OutcomeRate of(
                YearMonth from, YearMonth to, Long crimes, long positive, long pending, boolean immature) {
            if (crimes == null || crimes == 0) {
                return new OutcomeRate(
                        from,
                        to,
                        crimes,
                        crimes == null ? 0 : positive,
                        crimes == null ? 0 : pending,
                        null,
                        null,
                        null,
                        immature);
            }
            var interval = WilsonInterval.proportion(positive, crimes);
            return new OutcomeRate(
                    from,
                    to,
                    crimes,
                    positive,
                    pending,
                    interval.proportion(),
                    interval.lower(),
                    interval.upper(),
                    immature);
        }
    }

    /** The outcomes of the area's crimes (anti-social behaviour excluded) over the period. */
    Outcomes of(AreaScope scope, YearMonth from, YearMonth to) {
        var crime = statistics.of(scope, from, to);
        var missing = new HashSet<>(crime.missingMonths());
        var cells = new ArrayList<Cell>();
        jdbc.sql("""
                        WITH forces AS (
                          SELECT DISTINCT force_id FROM crime_cube
                          WHERE lsoa_code = ANY(CAST(:lsoas AS TEXT[])) AND month BETWEEN :from AND :to),
                        crimes AS (
                          SELECT s.month, s.crime_type_id, s.last_outcome_id, s.crime_id
                          FROM crime_street s JOIN crime_type t ON t.id = s.crime_type_id
                          WHERE s.force_id IN (SELECT force_id FROM forces) AND s.month BETWEEN :from AND :to
                            AND s.lsoa_code = ANY(CAST(:lsoas AS TEXT[])) AND t.name <> :asb),
                        pending AS (
                          SELECT DISTINCT crime_id FROM crimes
                          WHERE crime_id IS NOT NULL AND (last_outcome_id IS NULL OR last_outcome_id IN (
                            SELECT id FROM crime_outcome_type WHERE name IN (:pendingNames)))),
                        later AS (
                          SELECT DISTINCT ON (o.crime_id) o.crime_id, o.outcome_type_id
                          FROM crime_outcome o JOIN crime_outcome_type ot ON ot.id = o.outcome_type_id
                          WHERE o.force_id IN (SELECT force_id FROM forces) AND o.month >= :from
                            AND o.crime_id IN (SELECT crime_id FROM pending)
                          ORDER BY o.crime_id, o.month DESC, ot.name IN (:pendingNames), o.outcome_type_id)
                        SELECT c.month, t.name AS type, ot.name AS outcome,
                               (l.crime_id IS NOT NULL AND l.outcome_type_id IS DISTINCT FROM c.last_outcome_id)
                                 AS from_outcomes,
                               count(*) AS crimes
                        FROM crimes c JOIN crime_type t ON t.id = c.crime_type_id
                        LEFT JOIN later l ON l.crime_id = c.crime_id
                          AND c.crime_id IN (SELECT crime_id FROM pending)
                        LEFT JOIN crime_outcome_type ot ON ot.id = coalesce(l.outcome_type_id, c.last_outcome_id)
                        GROUP BY 1, 2, 3, 4
                        """)
                .param("lsoas", "{" + String.join(",", scope.lsoas()) + "}")
                .param("from", Date.valueOf(from.atDay(1)))
                .param("to", Date.valueOf(to.atDay(1)))
                .param("asb", AreaCrimeStatistics.ASB)
                .param("pendingNames", OutcomeGroup.PENDING.categories())
                .query((rs, row) -> {
                    var month = YearMonth.from(rs.getDate("month").toLocalDate());
                    if (!missing.contains(month)) {
                        cells.add(new Cell(
                                month,
                                rs.getString("type"),
                                rs.getString("outcome"),
                                rs.getBoolean("from_outcomes"),
                                rs.getLong("crimes")));
                    }
                    return null;
                })
                .list();
        var latest = statistics.latestMonth(scope).orElse(to);
        int outcomeFiles = crime.forces().isEmpty()
                ? 0
                : jdbc.sql("""
                        SELECT count(*) FROM crime_file f JOIN crime_force force ON force.id = f.force_id
                        WHERE f.kind = 'outcomes' AND f.rows > 0 AND f.month >= :from
                          AND coalesce(force.name, force.slug) IN (:forces)
                        """)
                        .param("from", Date.valueOf(from.atDay(1)))
                        .param("forces", crime.forces())
                        .query(Integer.class)
                        .single();
        var types = jdbc.sql("SELECT name FROM crime_type WHERE name <> :asb ORDER BY name")
                .param("asb", AreaCrimeStatistics.ASB)
                .query(String.class)
                .list();
        return new Outcomes(crime, types, cells, latest, outcomeFiles);
    }

    /** One (month, crime type, outcome category) count; outcome null when no category is recorded. */
    record Cell(YearMonth month, String type, String outcome, boolean fromOutcomesFile, long crimes) {

        OutcomeGroup group() {
            return OutcomeGroup.of(outcome);
        }
    }

    /** Crimes, positive outcomes and pending outcomes. */
    record Tally(long crimes, long positive, long pending) {

        Tally plus(Cell cell) {
            var group = cell.group();
            return new Tally(
                    crimes + cell.crimes(),
                    positive + (group.positive() ? cell.crimes() : 0),
                    pending + (group == OutcomeGroup.PENDING ? cell.crimes() : 0));
        }

        Optional<WilsonInterval.Proportion> interval() {
            return crimes == 0 ? Optional.empty() : Optional.of(WilsonInterval.proportion(positive, crimes));
        }
    }

    /**
     * The area's outcomes.
     *
     * @param crime the area's counts over the period (its missing months are left out here too)
     * @param types the police.uk crime types apart from anti-social behaviour
     * @param latestMonth the latest month of street data stored for the area
     * @param outcomeFiles outcomes files stored for the area's forces from the start of the period on
     */
    record Outcomes(AreaCrime crime, List<String> types, List<Cell> cells, YearMonth latestMonth, int outcomeFiles) {

        List<YearMonth> missingMonths() {
            return crime.missingMonths();
        }

        boolean immature(YearMonth month) {
            return month.until(latestMonth, ChronoUnit.MONTHS) < IMMATURE_MONTHS;
        }

        /** The tally of one month for a type (null type: all crime). */
        Tally tally(YearMonth month, String type) {
            var tally = new Tally(0, 0, 0);
            for (var cell : cells) {
                if (cell.month().equals(month) && (type == null || type.equals(cell.type()))) {
                    tally = tally.plus(cell);
                }
            }
            return tally;
        }

        /** The tally of the whole period for a type (null type: all crime). */
        Tally tally(String type) {
            var tally = new Tally(0, 0, 0);
            for (var cell : cells) {
                if (type == null || type.equals(cell.type())) {
                    tally = tally.plus(cell);
                }
            }
            return tally;
        }

        /** Crimes per outcome group for a type (null: all crime), every group present. */
        Map<OutcomeGroup, Long> groups(String type) {
            var groups = new TreeMap<OutcomeGroup, Long>();
            for (var group : OutcomeGroup.values()) {
                groups.put(group, 0L);
            }
            for (var cell : cells) {
                if (type == null || type.equals(cell.type())) {
                    groups.merge(cell.group(), cell.crimes(), Long::sum);
                }
            }
            return groups;
        }

        /** Crimes per outcome category for a type (null: all crime); no category as {@link OutcomeGroup#NO_OUTCOME}. */
        Map<String, Long> categories(String type) {
            var categories = new TreeMap<String, Long>();
            for (var cell : cells) {
                if (type == null || type.equals(cell.type())) {
                    categories.merge(
                            cell.outcome() == null ? OutcomeGroup.NO_OUTCOME : cell.outcome(),
                            cell.crimes(),
                            Long::sum);
                }
            }
            return categories;
        }

        /** Crimes whose pending street outcome was replaced by a later one from an outcomes file. */
        long updatedFromOutcomesFiles() {
            return cells.stream()
                    .filter(Cell::fromOutcomesFile)
                    .mapToLong(Cell::crimes)
                    .sum();
        }

        List<YearMonth> months() {
            var months = new ArrayList<YearMonth>();
            for (var month = crime.from(); !month.isAfter(crime.to()); month = month.plusMonths(1)) {
                months.add(month);
            }
            return months;
        }
    }
}
