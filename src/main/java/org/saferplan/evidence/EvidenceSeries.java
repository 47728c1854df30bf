package org.saferplan.evidence;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import org.springframework.stereotype.Service;

/**
 * Partner datasets for other modules (the strategic assessment, performance indicators, publishing). Every method
 * takes the partnership whose data is asked for: a dataset of another partnership is not found. Series are those of
 * the dataset's current version. Restricted datasets are returned for use inside the partnership's workspace only;
 * anything shown outside it must go through {@link #forPublication}.
 */
@Service
public class EvidenceSeries {

    /** Published counts below this are suppressed (A&amp;E assaults, NRM referrals). */
    public static final int SMALL_COUNT = 5;

    private final Datasets datasets;

    EvidenceSeries(Datasets datasets) {
        this.datasets = datasets;
    }

    /** The partnership's datasets, by title. */
    public List<EvidenceDataset> datasets(long partnershipId) {
        return datasets.all(partnershipId);
    }

    public Optional<EvidenceDataset> dataset(long partnershipId, long datasetId) {
        return datasets.find(partnershipId, datasetId);
    }

    /**
     * The headline series of a dataset for the given areas (every area when empty), for periods starting between
     * {@code from} and {@code to} inclusive (either may be null), by area then period.
     */
    public List<EvidencePoint> series(
            long partnershipId, long datasetId, Collection<String> areaCodes, LocalDate from, LocalDate to) {
        return select(partnershipId, datasetId, "", areaCodes, from, to).stream()
                .filter(EvidencePoint::headline)
                .toList();
    }

    /** A breakdown (e.g. "Assault method") of the dataset, as {@link #series}. */
    public List<EvidencePoint> breakdown(
            long partnershipId,
            long datasetId,
            String dimension,
            Collection<String> areaCodes,
            LocalDate from,
            LocalDate to) {
        return select(partnershipId, datasetId, dimension, areaCodes, from, to).stream()
                .filter(p -> !p.headline())
                .toList();
    }

    /** The breakdowns the dataset has, in the order stored. */
    public List<String> dimensions(long partnershipId, long datasetId) {
        return dataset(partnershipId, datasetId).map(datasets::dimensions).orElse(List.of());
    }

    /**
     * The headline series for a set of areas taken together (e.g. a partnership's authorities), one point per period
     * that every area has: the sum for additive datasets (counts); for rates and shares the ratio of the summed
     * numerators to the summed denominators, scaled as the areas' own values are (a period lacking a numerator or
     * denominator is left out). The point's area code is empty.
     */
    public List<EvidencePoint> combined(
            long partnershipId, long datasetId, Collection<String> areaCodes, LocalDate from, LocalDate to) {
        var dataset = dataset(partnershipId, datasetId);
        if (dataset.isEmpty() || areaCodes.isEmpty()) {
            return List.of();
        }
        return combine(dataset.get(), series(partnershipId, datasetId, areaCodes, from, to), Set.copyOf(areaCodes));
    }

    static List<EvidencePoint> combine(EvidenceDataset dataset, List<EvidencePoint> points, Set<String> areas) {
        var byPeriod = new TreeMap<LocalDate, List<EvidencePoint>>();
        points.forEach(p ->
                byPeriod.computeIfAbsent(p.startsOn(), k -> new ArrayList<>()).add(p));
        var result = new ArrayList<EvidencePoint>();
        for (var entry : byPeriod.entrySet()) {
            var list = entry.getValue();
            if (list.size() != areas.size()) {
                continue;
            }
            var first = list.get(0);
            if (dataset.additive()) {
                var sum = list.stream().map(EvidencePoint::value).reduce(BigDecimal.ZERO, BigDecimal::add);
                result.add(new EvidencePoint(
                        "",
                        first.period(),
                        first.startsOn(),
                        "",
                        "",
                        sum,
                        sumOrNull(list, true),
                        sumOrNull(list, false)));
            } else {
                var numerator = sumOrNull(list, true);
                var denominator = sumOrNull(list, false);
                if (numerator == null || denominator == null || denominator.signum() == 0) {
                    continue;
                }
                // The areas' scale: value = numerator / denominator x scale (100 for a share in %).
                var scale = list.stream()
                        .filter(p -> p.numerator().signum() != 0)
                        .findFirst()
                        .map(p -> p.value().multiply(p.denominator()).divide(p.numerator(), 0, RoundingMode.HALF_UP))
                        .orElse(BigDecimal.ONE);
                var value = numerator.multiply(scale).divide(denominator, 1, RoundingMode.HALF_UP);
                result.add(
                        new EvidencePoint("", first.period(), first.startsOn(), "", "", value, numerator, denominator));
            }
        }
        return result;
    }

    private static BigDecimal sumOrNull(List<EvidencePoint> points, boolean numerator) {
        BigDecimal sum = BigDecimal.ZERO;
        for (var p : points) {
            var part = numerator ? p.numerator() : p.denominator();
            if (part == null) {
                return null;
            }
            sum = sum.add(part);
        }
        return sum;
    }

    /**
     * The points fit for publication: none unless the dataset is public and real; counts from 1 to
     * {@value #SMALL_COUNT} - 1 removed where the dataset's kind requires suppression (A&amp;E assaults, NRM
     * referrals, and shares built from such counts), so a published table never shows them.
     */
    public List<EvidencePoint> forPublication(EvidenceDataset dataset, List<EvidencePoint> points) {
        if (!dataset.publishable()) {
            return List.of();
        }
        if (!dataset.suppressSmallCounts()) {
            return points;
        }
        return points.stream()
                .filter(p -> !small(p.numerator() != null ? p.numerator() : p.value())
                        && (p.denominator() == null || !small(p.denominator())))
                .toList();
    }

    private static boolean small(BigDecimal count) {
        return count.signum() > 0 && count.compareTo(BigDecimal.valueOf(SMALL_COUNT)) < 0;
    }

    private List<EvidencePoint> select(
            long partnershipId,
            long datasetId,
            String dimension,
            Collection<String> areaCodes,
            LocalDate from,
            LocalDate to) {
        var dataset = dataset(partnershipId, datasetId);
        if (dataset.isEmpty()) {
            return List.of();
        }
        return datasets.points(dataset.get(), dimension, areaCodes).stream()
                .filter(p -> from == null || !p.startsOn().isBefore(from))
                .filter(p -> to == null || !p.startsOn().isAfter(to))
                .sorted(java.util.Comparator.comparing(EvidencePoint::areaCode).thenComparing(EvidencePoint::startsOn))
                .toList();
    }
}
