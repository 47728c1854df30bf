package org.saferplan.crime;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.sql.Date;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.saferplan.areas.AreaScope;
import org.saferplan.statistics.HarmWeighting;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * Harm-weighted crime of an area: Σ count × weight (methods.md §6.1) with the Cambridge Crime Harm Index weights in
 * days per force and police.uk crime type shipped in {@code reference/harm} (see its NOTICE.md). Each crime is
 * weighted by the weights of the force that recorded it. Anti-social behaviour is not crime and has no weight.
 * Drugs and possession of weapons are shown but left out of the harm total: the CCHI excludes proactively detected
 * offences and police.uk cannot tell those apart, so SaferPlan leaves out the two types found mostly by police
 * activity (SaferPlan's application of the CCHI rule).
 */
@Service
class CrimeHarm {

    static final String WEIGHTS = "reference/harm/cchi_weights_by_force_category.csv";
    static final Set<String> PROACTIVE = Set.of("Drugs", "Possession of weapons");
    static final String CAVEAT = "The weights are approximate: a police.uk crime type mixes offences of very"
            + " different harm (violence and sexual offences holds both common assault and rape), so each type's"
            + " weight is the average of its offences' Crime Harm Index days, weighted by how often each offence is"
            + " recorded in the force. Harm in days is not a count of victims or of demand on services, and the"
            + " Crime Harm Index and the ONS Crime Severity Score rank areas differently (Ashby 2017), so say which"
            + " index a figure uses.";
    static final String SOURCE = "Cambridge Crime Harm Index (Sherman, Neyroud and Neyroud 2016), 2026 update,"
            + " volume-weighted days per force and police.uk crime type as derived by isthisben/cbl-realcrime; the"
            + " index's own terms apply.";

    private final JdbcClient jdbc;
    private final AreaCrimeStatistics statistics;
    private final Map<String, HarmWeighting> weightsByForce;

    CrimeHarm(JdbcClient jdbc, AreaCrimeStatistics statistics) {
        this.jdbc = jdbc;
        this.statistics = statistics;
        this.weightsByForce = load();
    }

    /** The shipped weights by police.uk force slug ("Metropolitan Police" is police.uk's "metropolitan"). */
    static Map<String, HarmWeighting> load() {
        var weights = new TreeMap<String, Map<String, Double>>();
        try (var reader = new BufferedReader(
                new InputStreamReader(new ClassPathResource(WEIGHTS).getInputStream(), StandardCharsets.UTF_8))) {
            var header = reader.readLine();
            if (!"force,crime_type,cchi_days".equals(header)) {
                throw new IllegalStateException(WEIGHTS + " line 1: expected force,crime_type,cchi_days");
            }
            String line;
            int number = 1;
            while ((line = reader.readLine()) != null) {
                number++;
                var fields = line.split(",", -1);
                if (fields.length != 3) {
                    throw new IllegalStateException(WEIGHTS + " line " + number + ": expected 3 fields");
                }
                weights.computeIfAbsent(slug(fields[0]), f -> new HashMap<>())
                        .put(fields[1], Double.parseDouble(fields[2]));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        var byForce = new LinkedHashMap<String, HarmWeighting>();
        weights.forEach((force, w) -> byForce.put(force, new HarmWeighting(w)));
        return byForce;
    }

    static String slug(String forceName) {
        var slug =
                forceName.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-|-$)", "");
        return slug.endsWith("-police") ? slug.substring(0, slug.length() - "-police".length()) : slug;
    }

    Map<String, HarmWeighting> weights() {
        return weightsByForce;
    }

    /** The area's harm over the period; months missing from the police data are left out as on the counts page. */
    Harm of(AreaScope scope, YearMonth from, YearMonth to) {
        var crime = statistics.of(scope, from, to);
        var missing = new HashSet<>(crime.missingMonths());
        var counts = new TreeMap<String, Map<String, Long>>();
        var names = new HashMap<String, String>();
        jdbc.sql("""
                        SELECT f.slug, coalesce(f.name, f.slug) AS force, c.month, t.name AS type, sum(c.crimes) AS crimes
                        FROM crime_cube c JOIN crime_type t ON t.id = c.crime_type_id
                        JOIN crime_force f ON f.id = c.force_id
                        WHERE c.lsoa_code = ANY(CAST(:lsoas AS TEXT[])) AND c.month BETWEEN :from AND :to
                          AND t.name <> :asb
                        GROUP BY 1, 2, 3, 4
                        """)
                .param("lsoas", "{" + String.join(",", scope.lsoas()) + "}")
                .param("from", Date.valueOf(from.atDay(1)))
                .param("to", Date.valueOf(to.atDay(1)))
                .param("asb", AreaCrimeStatistics.ASB)
                .query((rs, row) -> {
                    if (!missing.contains(YearMonth.from(rs.getDate("month").toLocalDate()))) {
                        names.put(rs.getString("slug"), rs.getString("force"));
                        counts.computeIfAbsent(rs.getString("slug"), s -> new TreeMap<>())
                                .merge(rs.getString("type"), rs.getLong("crimes"), Long::sum);
                    }
                    return null;
                })
                .list();
        var forces = new ArrayList<ForceHarm>();
        for (var entry : counts.entrySet()) {
            var weighting = weightsByForce.get(entry.getKey());
            var weighted = new LinkedHashMap<String, Long>();
            var proactive = new LinkedHashMap<String, Long>();
            entry.getValue().forEach((type, n) -> (PROACTIVE.contains(type) ? proactive : weighted).put(type, n));
            forces.add(new ForceHarm(
                    entry.getKey(),
                    names.get(entry.getKey()),
                    entry.getValue(),
                    weighting == null ? null : weighting.total(weighted),
                    weighting,
                    proactive));
        }
        return new Harm(crime, forces);
    }

    /**
     * One force's crimes in the area.
     *
     * @param harm null when SaferPlan has no weights for the force (its crimes are then not in the harm total)
     * @param proactive counts of the types left out of the harm total
     */
    record ForceHarm(
            String slug,
            String name,
            Map<String, Long> counts,
            HarmWeighting.Harm harm,
            HarmWeighting weighting,
            Map<String, Long> proactive) {}

    /** The harm of the area: by force and, summed over forces, by crime type. */
    record Harm(AreaCrime crime, List<ForceHarm> forces) {

        double total() {
            return forces.stream()
                    .filter(f -> f.harm() != null)
                    .mapToDouble(f -> f.harm().total())
                    .sum();
        }

        /** Crimes (anti-social behaviour excluded) of every force, weighted or not. */
        long crimes() {
            return forces.stream()
                    .flatMap(f -> f.counts().values().stream())
                    .mapToLong(Long::longValue)
                    .sum();
        }

        /** Crimes of types in the harm total, of forces with weights. */
        long weightedCrimes() {
            return forces.stream()
                    .filter(f -> f.harm() != null)
                    .flatMap(f -> f.harm().contributions().stream())
                    .mapToLong(HarmWeighting.Contribution::count)
                    .sum();
        }

        /** Forces without weights, by name. */
        List<String> unweightedForces() {
            return forces.stream()
                    .filter(f -> f.harm() == null)
                    .map(ForceHarm::name)
                    .toList();
        }

        /** Per crime type (every type but anti-social behaviour): crimes and harm, summed over forces. */
        Map<String, TypeHarm> byType(List<String> types) {
            var rows = new LinkedHashMap<String, TypeHarm>();
            for (var type : types) {
                long count = 0;
                long weightedCount = 0;
                double weightedDays = 0;
                for (var force : forces) {
                    long n = force.counts().getOrDefault(type, 0L);
                    count += n;
                    if (force.weighting() != null && force.weighting().weights().containsKey(type)) {
                        weightedCount += n;
                        weightedDays += n * force.weighting().weights().get(type);
                    }
                }
                boolean proactive = PROACTIVE.contains(type);
                rows.put(
                        type,
                        new TypeHarm(
                                type,
                                count,
                                weightedCount,
                                weightedCount == 0 ? null : weightedDays / weightedCount,
                                proactive ? 0 : weightedDays,
                                proactive));
            }
            return rows;
        }
    }

    /**
     * One crime type's crimes and harm.
     *
     * @param weightedCount crimes of forces with weights
     * @param weight the count-weighted mean CCHI weight in days over the forces, null when none has weights
     * @param harm the harm in days (0 for the types left out of the total)
     * @param proactive true for the types left out of the harm total
     */
    record TypeHarm(String type, long count, long weightedCount, Double weight, double harm, boolean proactive) {}
}
