package org.saferplan.crime;

import jakarta.annotation.PreDestroy;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.saferplan.crime.web.AreaAnalysisPage;
import org.saferplan.statistics.ConfidenceLevel;
import org.saferplan.statistics.CountChange;
import org.saferplan.statistics.FunnelComparison;
import org.saferplan.statistics.Rate;
import org.springframework.stereotype.Service;

/** The analysis of an area's crime beyond counts: comparison, trend, seasonality, Covid and places. */
@Service
class CrimeAnalysis {

    private final CrimeComparisons comparisons;
    private final CrimeTrends trends;
    private final CrimePlaces places;

    /**
     * Runs the trend and places parts beside the comparison: they read different data and share nothing, and on
     * two cores a first view then waits for the longest part rather than for all three (PostgreSQL works on each in
     * its own connection).
     */
    private final ExecutorService parts = Executors.newFixedThreadPool(4, runnable -> {
        var thread = new Thread(runnable, "crime-analysis");
        thread.setDaemon(true);
        return thread;
    });

    CrimeAnalysis(CrimeComparisons comparisons, CrimeTrends trends, CrimePlaces places) {
        this.comparisons = comparisons;
        this.trends = trends;
        this.places = places;
    }

    /** Reads the request's analysis fields; throws InvalidInputException naming the field when one is wrong. */
    Result of(AreaCrime crime, String peers, String covidFrom, String covidTo) {
        var peerCodes = CrimeComparisons.parsePeers(peers);
        var covid = CrimeTrends.covidPeriod(covidFrom, covidTo);
        var trend = CompletableFuture.supplyAsync(() -> trends.of(crime.area(), covid[0], covid[1]), parts);
        var place = CompletableFuture.supplyAsync(
                () -> places.of(crime.area(), crime.from(), crime.to(), crime.population()), parts);
        var comparison = comparisons.compare(crime, peerCodes);
        return new Result(comparison, join(trend), join(place));
    }

    private static <T> T join(CompletableFuture<T> part) {
        try {
            return part.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException cause) {
                throw cause;
            }
            throw e;
        }
    }

    @PreDestroy
    void stop() {
        parts.shutdownNow();
    }

    /** The peer codes actually used, for the form. */
    static String peersValue(Result result) {
        return String.join(
                ", ",
                result.comparison().peers().stream().map(p -> p.scope().code()).toList());
    }

    static AreaAnalysisPage page(Result result) {
        var t = result.trends();
        return new AreaAnalysisPage(
                AreaAnalysisPages.comparison(result.comparison(), peersValue(result)),
                AreaAnalysisPages.trend(t),
                AreaAnalysisPages.seasonality(t),
                AreaAnalysisPages.covid(t),
                CrimePlacesPages.places(result.places()));
    }

    record Result(CrimeComparisons.Comparison comparison, CrimeTrends.Trends trends, CrimePlaces.Places places) {}

    /** The new top-level API keys: comparison, trend, seasonality, covid, places. */
    static void addTo(Map<String, Object> body, Result result) {
        body.put("comparison", comparison(result.comparison()));
        var t = result.trends();
        body.put("trend", trend(t));
        body.put("seasonality", seasonality(t));
        body.put("covid", covid(t));
        body.put("places", CrimePlacesPages.json(result.places()));
    }

    private static Map<String, Object> comparison(CrimeComparisons.Comparison c) {
        var json = new LinkedHashMap<String, Object>();
        json.put("method", AreaAnalysisPages.FUNNEL_METHOD);
        json.put("peerGroup", c.peerGroup());
        json.put("allForces", verdicts(c.againstAllForces(null).orElse(null)));
        json.put("allForcesIncluded", c.pooled().forces());
        json.put("restOfForce", verdicts(c.againstRestOfForce(null).orElse(null)));
        json.put("policeForceArea", c.force() == null ? null : c.force().area().code());
        json.put("peersPooled", verdicts(c.againstPeers(null).orElse(null)));
        var peers = new ArrayList<Map<String, Object>>();
        for (var peer : c.peers()) {
            var entry = new LinkedHashMap<String, Object>();
            entry.put("code", peer.scope().code());
            entry.put("name", peer.scope().name());
            entry.put("included", peer.included());
            entry.put("leftOutBecause", peer.leftOut());
            if (peer.crime() != null) {
                entry.put("count", peer.crime().total().count());
                entry.put(
                        "population",
                        peer.crime().population() == null
                                ? null
                                : peer.crime().population().population());
                entry.put("rate", peer.crime().total().rate());
                entry.put("rateLow", peer.crime().total().rateLow());
                entry.put("rateHigh", peer.crime().total().rateHigh());
                entry.put(
                        "missingMonths",
                        peer.crime().missingMonths().stream()
                                .map(Object::toString)
                                .toList());
            }
            peers.add(entry);
        }
        json.put("peers", peers);
        var types = new ArrayList<Map<String, Object>>();
        for (var type : c.types()) {
            var entry = new LinkedHashMap<String, Object>();
            entry.put("type", type);
            entry.put("rate", c.focalRate(type).map(Rate::perThousand).orElse(null));
            entry.put("allForces", verdicts(c.againstAllForces(type).orElse(null)));
            entry.put("restOfForce", verdicts(c.againstRestOfForce(type).orElse(null)));
            entry.put("peers", verdicts(c.againstPeers(type).orElse(null)));
            types.add(entry);
        }
        json.put("types", types);
        json.put("notes", c.notes());
        return json;
    }

    private static Map<String, Object> verdicts(FunnelComparison f) {
        if (f == null) {
            return null;
        }
        var json = new LinkedHashMap<String, Object>();
        json.put("referenceCount", f.peers().stream().mapToLong(Rate::count).sum());
        json.put(
                "referencePopulation",
                f.peers().stream().mapToDouble(Rate::population).sum());
        json.put("referenceRate", f.pooledPeerRate());
        json.put("rate", f.focal().perThousand());
        var l95 = f.limits(ConfidenceLevel.NINETY_FIVE);
        var l998 = f.limits(ConfidenceLevel.NINETY_NINE_POINT_EIGHT);
        json.put("limit95Low", l95.lower());
        json.put("limit95High", l95.upper());
        json.put("limit998Low", l998.lower());
        json.put("limit998High", l998.upper());
        json.put("verdict95", f.verdict(ConfidenceLevel.NINETY_FIVE).words());
        json.put(
                "verdict998", f.verdict(ConfidenceLevel.NINETY_NINE_POINT_EIGHT).words());
        return json;
    }

    private static Map<String, Object> trend(CrimeTrends.Trends t) {
        var json = new LinkedHashMap<String, Object>();
        json.put("monthsStored", t.monthsStored());
        json.put("runFrom", t.runStart() == null ? null : t.runStart().toString());
        json.put("runTo", t.runEnd() == null ? null : t.runEnd().toString());
        json.put("runMonths", t.runMonths());
        json.put(
                "rolling12",
                t.rolling().stream()
                        .map(r -> Map.<String, Object>of("month", r.month().toString(), "crimes", r.crimes()))
                        .toList());
        json.put(
                "yearOnYear",
                t.changes().stream().map(ch -> change(ch.type(), ch.change())).toList());
        json.put("threeYear", t.threeYear() == null ? null : change(null, t.threeYear()));
        json.put("sentences", AreaAnalysisPages.trend(t).sentences());
        return json;
    }

    private static Map<String, Object> change(String type, CountChange change) {
        var json = new LinkedHashMap<String, Object>();
        json.put("type", type);
        json.put("previous", change.past());
        json.put("latest", change.current());
        json.put("rateRatio", change.past() == 0 ? null : change.rateRatio());
        json.put("exactPValue", change.exactPValue());
        json.put("wheelerZ", change.wheelerZ());
        json.put("direction", change.directionInWords());
        return json;
    }

    private static Map<String, Object> seasonality(CrimeTrends.Trends t) {
        var json = new LinkedHashMap<String, Object>();
        var s = t.seasonality();
        var index = s == null ? null : s.index();
        json.put("available", index != null);
        json.put("sentences", AreaAnalysisPages.seasonality(t).sentences());
        if (index != null) {
            json.put("method", index.method().name());
            json.put("monthEffectPValue", index.monthEffectPValue());
            json.put("peakSeason", index.peakSeason().map(p -> p.words()).orElse(null));
            var months = new ArrayList<Map<String, Object>>();
            for (var m : java.time.Month.values()) {
                months.add(Map.of("month", m.getValue(), "index", index.index(m), "years", index.yearsBehind(m)));
            }
            json.put("months", months);
        }
        return json;
    }

    private static Map<String, Object> covid(CrimeTrends.Trends t) {
        var covid = t.covid();
        var json = new LinkedHashMap<String, Object>();
        json.put("from", covid.from().toString());
        json.put("to", covid.to().toString());
        json.put("baselineFirstYear", covid.baselineFirstYear());
        json.put("baselineLastYear", covid.baselineLastYear());
        json.put("available", !covid.results().isEmpty());
        json.put("sentences", AreaAnalysisPages.covid(t).sentences());
        var rows = new ArrayList<Map<String, Object>>();
        covid.results().forEach((type, result) -> {
            for (var m : result.months()) {
                var row = new LinkedHashMap<String, Object>();
                row.put("type", type);
                row.put("month", m.month().toString());
                row.put("observed", m.observed());
                row.put("expected", m.expected());
                row.put("baselineYears", m.baselineYears());
                row.put("predictionLow", m.predictionInterval().lower());
                row.put("predictionHigh", m.predictionInterval().upper());
                row.put("outside", m.outside());
                rows.add(row);
            }
        });
        json.put("months", rows);
        return json;
    }
}
