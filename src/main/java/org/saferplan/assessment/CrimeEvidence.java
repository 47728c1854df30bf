package org.saferplan.assessment;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.saferplan.areas.AreaScope;
import org.saferplan.areas.AreaScopes;
import org.saferplan.crime.AreaCrime;
import org.saferplan.crime.AreaCrimeStatistics;
import org.saferplan.governance.LocalAuthorityCode;
import org.saferplan.governance.Partnerships;
import org.saferplan.statistics.CountChange;
import org.saferplan.statistics.HarmWeighting;
import org.saferplan.statistics.Rate;
import org.springframework.core.annotation.Order;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

/**
 * Crime evidence from the crime module: for each theme with police.uk crime types, the recorded crimes of those
 * types in the partnership area over the latest 12 stored months (or fewer, said so), their rate per 1,000
 * residents with its exact interval, harm-weighted crime per 1,000 (approximate CCHI weights shipped in
 * {@code assessment/cchi-weights.csv}), and the year-on-year test when the same months a year earlier are stored
 * with none missing.
 */
@Component
@Order(1)
class CrimeEvidence implements EvidenceSource {

    static final String KIND = "Crime";
    static final String ASB = "Anti-social behaviour";
    private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("MMMM yyyy", Locale.UK);

    private final AreaCrimeStatistics statistics;
    private final AreaScopes scopes;
    private final Partnerships partnerships;
    private final HarmWeighting harm = new HarmWeighting(weights());

    CrimeEvidence(AreaCrimeStatistics statistics, AreaScopes scopes, Partnerships partnerships) {
        this.statistics = statistics;
        this.scopes = scopes;
        this.partnerships = partnerships;
    }

    /** The crime period suggestions use: up to 12 months ending at the latest month stored for the area. */
    record Period(YearMonth from, YearMonth to) {

        String words() {
            return from.equals(to) ? MONTH.format(to) : MONTH.format(from) + " to " + MONTH.format(to);
        }

        int months() {
            return (int) (from.until(to, java.time.temporal.ChronoUnit.MONTHS) + 1);
        }
    }

    Optional<AreaScope> scope(long partnershipId) {
        return partnerships
                .find(partnershipId)
                .map(p -> scopes.ofPartnership(
                        p.slug(),
                        p.name(),
                        p.area().stream().map(LocalAuthorityCode::value).toList()));
    }

    Optional<Period> period(AreaScope scope) {
        var latest = statistics.latestMonth(scope);
        var earliest = statistics.earliestMonth(scope);
        if (latest.isEmpty() || earliest.isEmpty()) {
            return Optional.empty();
        }
        var from = latest.get().minusMonths(11);
        return Optional.of(new Period(from.isBefore(earliest.get()) ? earliest.get() : from, latest.get()));
    }

    /** The police.uk crime types, for the theme form. */
    static List<String> types() {
        var types = new ArrayList<>(weights().keySet());
        types.add(ASB);
        types.sort(String::compareTo);
        return types;
    }

    @Override
    public Map<Long, List<Evidence>> evidence(Subject subject) {
        var found = new LinkedHashMap<Long, List<Evidence>>();
        var withTypes =
                subject.themes().stream().filter(t -> !t.crimeTypes().isEmpty()).toList();
        if (withTypes.isEmpty()) {
            return found;
        }
        var scope = scope(subject.partnershipId()).orElse(null);
        var period = scope == null ? Optional.<Period>empty() : period(scope);
        if (period.isEmpty()) {
            withTypes.forEach(t -> found.put(
                    t.id(),
                    List.of(new Evidence(
                            KIND,
                            "No police.uk crime is stored for"
                                    + " the partnership area yet, so no crime figures or suggestions.",
                            "police.uk",
                            "",
                            "",
                            List.of()))));
            return found;
        }
        var p = period.get();
        var current = statistics.of(scope, p.from(), p.to());
        var earlier = earlier(scope, p, current);
        for (var theme : withTypes) {
            found.put(theme.id(), evidence(theme, p, current, earlier));
        }
        return found;
    }

    /** The same months a year earlier, when they are stored and neither period has a missing month. */
    private Optional<AreaCrime> earlier(AreaScope scope, Period p, AreaCrime current) {
        var earliest = statistics.earliestMonth(scope);
        var from = p.from().minusMonths(12);
        if (earliest.isEmpty()
                || from.isBefore(earliest.get())
                || !current.missingMonths().isEmpty()) {
            return Optional.empty();
        }
        var past = statistics.of(scope, from, p.to().minusMonths(12));
        return past.missingMonths().isEmpty() ? Optional.of(past) : Optional.empty();
    }

    private List<Evidence> evidence(Topic theme, Period p, AreaCrime current, Optional<AreaCrime> earlier) {
        var items = new ArrayList<Evidence>();
        var counts = counts(current, theme.crimeTypes());
        long count = counts.values().stream().mapToLong(Long::longValue).sum();
        var types = String.join(", ", theme.crimeTypes());
        var source = "police.uk street-level crime, " + String.join(" and ", current.forces());
        var missing = current.missingMonths().isEmpty()
                ? ""
                : " (" + current.missingMonths().size() + " months missing from police.uk, left out)";
        var population = current.population();
        var monthsNote = p.months() < 12 ? " Only " + p.months() + " months are stored, not a full year." : "";
        if (population == null || population.population() <= 0) {
            items.add(new Evidence(
                    KIND,
                    Views.number(count) + " recorded (" + types + ")" + missing
                            + "; no population is loaded, so no rate." + monthsNote,
                    source,
                    p.words(),
                    "",
                    List.of()));
        } else {
            var rate = new Rate(count, population.population());
            var interval = rate.perThousandInterval();
            var rateText = String.format(
                    Locale.UK,
                    "%.2f per 1,000 residents (95%% interval %.2f to %.2f)",
                    rate.perThousand(),
                    interval.lower(),
                    interval.upper());
            items.add(new Evidence(
                    KIND,
                    Views.number(count) + " recorded (" + types + ")" + missing + ": " + rateText + "; population: "
                            + population.basis() + "." + monthsNote,
                    source,
                    p.words(),
                    "",
                    List.of(new EvidenceSource.Signal("VOLUME", rate.perThousand(), null, rateText))));
            var weighted = new LinkedHashMap<String, Long>(counts);
            weighted.remove(ASB);
            if (!weighted.isEmpty()) {
                var total = harm.total(weighted);
                double perThousand = total.perThousand(population.population());
                var harmText = String.format(Locale.UK, "%,.0f harm days per 1,000 residents", perThousand);
                items.add(new Evidence(
                        KIND,
                        "Harm-weighted (approximate Cambridge Crime Harm Index days per" + " police.uk type): "
                                + harmText + ".",
                        "Cambridge Crime Harm Index; " + source,
                        p.words(),
                        "",
                        List.of(new EvidenceSource.Signal("HARM", perThousand, null, harmText))));
            }
        }
        if (earlier.isPresent()) {
            long past = counts(earlier.get(), theme.crimeTypes()).values().stream()
                    .mapToLong(Long::longValue)
                    .sum();
            var change = CountChange.of(past, count);
            int score = ScoringRules.trend(change);
            var words = String.format(
                    Locale.UK,
                    "%s to %s on the same months a year earlier: %s (exact test p = %.3f," + " Wheeler's z = %.2f)",
                    Views.number(past),
                    Views.number(count),
                    change.directionInWords(),
                    change.exactPValue(),
                    change.wheelerZ());
            items.add(new Evidence(
                    KIND,
                    "Year on year: " + words + ".",
                    source,
                    p.words(),
                    "",
                    List.of(new EvidenceSource.Signal("TREND", change.wheelerZ(), score, words))));
        } else {
            items.add(new Evidence(
                    KIND,
                    "Year on year: not tested, because the same months a year earlier are not" + " all stored.",
                    source,
                    p.words(),
                    "",
                    List.of()));
        }
        return items;
    }

    private static Map<String, Long> counts(AreaCrime crime, List<String> types) {
        var counts = new LinkedHashMap<String, Long>();
        for (var type : types) {
            counts.put(
                    type,
                    crime.types().stream()
                            .filter(t -> t.type().equals(type))
                            .mapToLong(t -> t.figure().count())
                            .sum());
        }
        return counts;
    }

    static Map<String, Double> weights() {
        try {
            var text = new ClassPathResource("assessment/cchi-weights.csv").getContentAsString(StandardCharsets.UTF_8);
            var weights = new HashMap<String, Double>();
            text.lines().skip(1).filter(line -> !line.isBlank()).forEach(line -> {
                int comma = line.lastIndexOf(',');
                weights.put(line.substring(0, comma), Double.parseDouble(line.substring(comma + 1)));
            });
            return weights;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
