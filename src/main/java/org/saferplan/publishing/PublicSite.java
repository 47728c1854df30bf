package org.saferplan.publishing;

import java.time.Duration;
import java.time.Instant;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.saferplan.areas.AreaScopes;
import org.saferplan.crime.AreaCrime;
import org.saferplan.crime.AreaCrimeStatistics;
import org.saferplan.governance.Partnership;
import org.saferplan.governance.Partnerships;
import org.saferplan.plan.PublishedPlans;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.web.server.ResponseStatusException;

/**
 * What the public site shows of a partnership: its published plan versions and the crime statistics of its area.
 * A published version never changes, so its content is cached by version id for the life of the process; the area's
 * statistics change only when police.uk files are imported, so they are cached for a few minutes.
 */
@Service
class PublicSite {

    static final Duration STATISTICS_TTL = Duration.ofMinutes(5);
    static final int STATISTICS_MONTHS = 12;

    private final Partnerships partnerships;
    private final PublishedPlans published;
    private final AreaScopes scopes;
    private final AreaCrimeStatistics statistics;
    private final Map<Long, PublishedPlans.Content> contents = new ConcurrentHashMap<>();
    private final Map<Long, Cached> crime = new ConcurrentHashMap<>();

    PublicSite(Partnerships partnerships, PublishedPlans published, AreaScopes scopes, AreaCrimeStatistics statistics) {
        this.partnerships = partnerships;
        this.published = published;
        this.scopes = scopes;
        this.statistics = statistics;
    }

    Partnership partnership(String slug) {
        return partnerships.findBySlug(slug).orElseThrow(PublicSite::notFound);
    }

    /** Published versions, current (newest financial year) first. */
    List<PublishedPlans.Version> versions(Partnership partnership) {
        return published.versions(partnership.id());
    }

    /** A published version's content and whether it is the partnership's current version. */
    record Shown(PublishedPlans.Content content, boolean current) {}

    /** The version with this address, or the current one when {@code versionSlug} is null; 404 when none. */
    Shown shown(Partnership partnership, String versionSlug) {
        var versions = versions(partnership);
        var version = versionSlug == null
                ? versions.stream().findFirst()
                : versions.stream().filter(v -> v.slug().equals(versionSlug)).findFirst();
        var content = version.map(v -> contents.computeIfAbsent(
                        v.id(), id -> published.content(partnership.id(), id).orElseThrow(PublicSite::notFound)))
                .orElseThrow(PublicSite::notFound);
        return new Shown(content, versions.get(0).id() == content.version().id());
    }

    PublishedPlans.Content content(Partnership partnership, String versionSlug) {
        return shown(partnership, versionSlug).content();
    }

    /** Police.uk crime in the partnership's area over its latest stored twelve months (fewer if fewer stored). */
    Optional<AreaCrime> crime(Partnership partnership) {
        var cached = crime.get(partnership.id());
        if (cached != null && cached.at().plus(STATISTICS_TTL).isAfter(Instant.now())) {
            return cached.crime();
        }
        var scope = scopes.ofPartnership(
                partnership.slug(),
                partnership.name(),
                partnership.area().stream().map(Object::toString).toList());
        var latest = statistics.latestMonth(scope);
        Optional<AreaCrime> result = latest.map(to -> {
            YearMonth from = to.minusMonths(STATISTICS_MONTHS - 1);
            var earliest = statistics.earliestMonth(scope).orElse(to);
            return statistics.of(scope, from.isBefore(earliest) ? earliest : from, to);
        });
        crime.put(partnership.id(), new Cached(result, Instant.now()));
        return result;
    }

    static ResponseStatusException notFound() {
        return new ResponseStatusException(HttpStatus.NOT_FOUND);
    }

    private record Cached(Optional<AreaCrime> crime, Instant at) {}
}
