package org.saferplan.crime;

import jakarta.annotation.PreDestroy;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;
import org.saferplan.areas.AreaScope;
import org.saferplan.areas.AreaScopes;
import org.saferplan.governance.Partnership;
import org.saferplan.governance.Partnerships;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;

/**
 * An area's whole statistics report (counts and rates, comparison, trend, seasonality, Covid, places) as the page
 * and the API show it, kept per request fields until the crime archive or geography changes
 * ({@link AreaCrimeStatistics#archiveStamp()}). Working one out reads the area, its force, its peers and every
 * stored month (a few hundred milliseconds with a national year stored); the figures only change when data is
 * imported, so a page view after the first is a lookup. After every import, and at start-up, each partnership's
 * default report is worked out in the background, so even the first view after new data is a lookup.
 */
@Service
class AreaCrimeReports {

    private static final Logger log = LoggerFactory.getLogger(AreaCrimeReports.class);

    /** Reports kept: each partnership's default view and the periods and peer groups analysts are looking at. */
    static final int MAX_REPORTS = 64;

    private final AreaCrimeStatistics statistics;
    private final CrimeAnalysis analysis;
    private final AreaScopes scopes;
    private final Partnerships partnerships;
    private final Map<Key, Report> reports = new LinkedHashMap<>(16, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<Key, Report> eldest) {
            return size() > MAX_REPORTS;
        }
    };
    private final ExecutorService warmer = Executors.newSingleThreadExecutor(runnable -> {
        var thread = new Thread(runnable, "crime-report-warmer");
        thread.setDaemon(true);
        return thread;
    });
    /** True while a warm-up is queued and has not started: further requests then add nothing. */
    private final AtomicBoolean warmQueued = new AtomicBoolean();

    AreaCrimeReports(
            AreaCrimeStatistics statistics, CrimeAnalysis analysis, AreaScopes scopes, Partnerships partnerships) {
        this.statistics = statistics;
        this.analysis = analysis;
        this.scopes = scopes;
        this.partnerships = partnerships;
    }

    /**
     * The report for the request's fields as typed (null for the defaults: the latest 12 months, the default peers,
     * the first lockdown); empty when no street data is stored for the area. Throws InvalidInputException naming
     * the field when one is wrong.
     */
    Optional<Report> of(AreaScope scope, String from, String to, String peers, String covidFrom, String covidTo) {
        var key = key(scope, from, to, peers, covidFrom, covidTo);
        var kept = kept(key);
        if (kept.isPresent()) {
            return kept;
        }
        var period = CrimePeriod.resolve(from, to, scope, statistics);
        if (period.isEmpty()) {
            return Optional.empty();
        }
        var crime = statistics.of(scope, period.get()[0], period.get()[1]);
        var report = new Report(crime, analysis.of(crime, peers, covidFrom, covidTo));
        synchronized (reports) {
            reports.put(key, report);
        }
        return Optional.of(report);
    }

    /** The report for these fields if one is kept for the archive as it is now; nothing is worked out. */
    Optional<Report> kept(AreaScope scope, String from, String to, String peers, String covidFrom, String covidTo) {
        return kept(key(scope, from, to, peers, covidFrom, covidTo));
    }

    private Optional<Report> kept(Key key) {
        synchronized (reports) {
            return Optional.ofNullable(reports.get(key));
        }
    }

    private Key key(AreaScope scope, String from, String to, String peers, String covidFrom, String covidTo) {
        return new Key(
                statistics.archiveStamp(),
                scope,
                blank(from),
                blank(to),
                blank(peers),
                blank(covidFrom),
                blank(covidTo));
    }

    /** A partnership's whole area, as its crime page and API show it. */
    AreaScope partnershipScope(Partnership partnership) {
        return scopes.ofPartnership(
                partnership.slug(),
                partnership.name(),
                partnership.area().stream().map(Object::toString).toList());
    }

    @EventListener(ApplicationReadyEvent.class)
    void warmAtStart() {
        warmSoon();
    }

    @EventListener
    void warmAfterImport(CrimeArchiveChanged changed) {
        warmSoon();
    }

    /** Works out every partnership's default report in the background (at most one run waiting at a time). */
    void warmSoon() {
        if (!warmQueued.compareAndSet(false, true)) {
            return;
        }
        try {
            warmer.execute(() -> {
                warmQueued.set(false);
                warm();
            });
        } catch (java.util.concurrent.RejectedExecutionException shuttingDown) {
            warmQueued.set(false);
        }
    }

    /** Every partnership's default report, now, on this thread. */
    void warm() {
        for (var partnership : partnerships.all()) {
            if (Thread.currentThread().isInterrupted()) {
                return;
            }
            try {
                of(partnershipScope(partnership), null, null, null, null, null);
            } catch (RuntimeException e) {
                // A view works it out again (and shows any problem); the warm-up only saves time.
                log.warn(
                        "Could not work out the crime report of {} in advance: {}", partnership.slug(), e.getMessage());
            }
        }
    }

    @PreDestroy
    void stop() {
        warmer.shutdownNow();
    }

    private static String blank(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    /** The counts and rates of the period, and their analysis. */
    record Report(AreaCrime crime, CrimeAnalysis.Result analysis) {}

    /** The request fields as typed, the area's LSOAs and the state of the archive they were worked out under. */
    private record Key(
            String stamp, AreaScope scope, String from, String to, String peers, String covidFrom, String covidTo) {}

    /** Published when an import has changed the stored police.uk data. */
    record CrimeArchiveChanged(long importId) {}
}
