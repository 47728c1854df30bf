package org.saferplan.performance;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.saferplan.audit.AuditTrail;
import org.saferplan.governance.Partnership;
import org.saferplan.web.InvalidInputException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Connects indicators to the feeds of other modules and takes their values. A fed indicator's values are replaced
 * as a whole at each refresh (the source may revise past months, as police.uk does), in one transaction, audited;
 * a frozen performance pack keeps what it stored. The unit and frequency of the indicator must be those of the
 * feed, so a monthly count never lands in a quarterly percentage.
 */
@Service
class IndicatorFeeds {

    static final String FEED = "performance_indicator_feed";

    private final List<IndicatorFeed> feeds;
    private final PerformanceRepository repository;
    private final JdbcClient jdbc;
    private final AuditTrail audit;

    IndicatorFeeds(List<IndicatorFeed> feeds, PerformanceRepository repository, JdbcClient jdbc, AuditTrail audit) {
        this.feeds = List.copyOf(feeds);
        this.repository = repository;
        this.jdbc = jdbc;
        this.audit = audit;
    }

    /** The indicator's feed as connected, with when it was last taken. */
    record Link(String key, String label, String sourceNote, Instant refreshedAt, String refreshedBy) {}

    /** What the partnership could connect an indicator with this source, unit and frequency to. */
    List<IndicatorFeed.Choice> choices(Partnership partnership, Indicator indicator) {
        return feeds.stream()
                .filter(feed -> feed.source() == indicator.source())
                .flatMap(feed -> feed.choices(partnership).stream())
                .filter(choice -> choice.unit() == indicator.unit() && choice.frequency() == indicator.frequency())
                .toList();
    }

    Optional<Link> link(long indicatorId) {
        return jdbc.sql("""
                        SELECT feed_key, label, source_note, refreshed_at, refreshed_by
                        FROM performance_indicator_feed WHERE indicator_id = :id
                        """)
                .param("id", indicatorId)
                .query((rs, row) -> new Link(
                        rs.getString("feed_key"),
                        rs.getString("label"),
                        rs.getString("source_note"),
                        rs.getTimestamp("refreshed_at") == null
                                ? null
                                : rs.getTimestamp("refreshed_at").toInstant(),
                        rs.getString("refreshed_by")))
                .optional();
    }

    /** Connects the indicator to a choice offered for it and takes the values at once. */
    @Transactional
    Link connect(Partnership partnership, long indicatorId, String key) {
        var indicator = locked(partnership, indicatorId);
        var choice = choices(partnership, indicator).stream()
                .filter(c -> c.key().equals(key))
                .findFirst()
                .orElseThrow(() -> new InvalidInputException(
                        "feed",
                        "Choose where the values come from, from the"
                                + " list: only sources with the indicator's unit ("
                                + indicator.unit().label()
                                + ") and frequency (" + indicator.frequency().label() + ") can be connected"));
        jdbc.sql("""
                        INSERT INTO performance_indicator_feed (indicator_id, feed_key, label)
                        VALUES (:id, :key, :label)
                        ON CONFLICT (indicator_id) DO UPDATE SET feed_key = :key, label = :label
                        """)
                .param("id", indicatorId)
                .param("key", choice.key())
                .param("label", choice.label())
                .update();
        audit.created(partnership.id(), FEED, indicatorId, Map.of("feed", choice.key(), "label", choice.label()));
        return take(partnership, indicator, choice.key());
    }

    /** Takes the feed's values again, replacing the stored ones. */
    @Transactional
    Link refresh(Partnership partnership, long indicatorId) {
        var indicator = locked(partnership, indicatorId);
        var link = link(indicatorId)
                .orElseThrow(() -> new InvalidInputException(
                        "feed", "This indicator's values are typed in: connect it to a source first"));
        return take(partnership, indicator, link.key());
    }

    /** Refreshes every fed indicator of the partnership, e.g. before a performance pack is generated. */
    @Transactional
    int refreshAll(Partnership partnership) {
        var ids = jdbc.sql("""
                        SELECT f.indicator_id FROM performance_indicator_feed f
                        JOIN performance_indicator i ON i.id = f.indicator_id
                        WHERE i.partnership_id = :partnership ORDER BY f.indicator_id
                        """)
                .param("partnership", partnership.id())
                .query(Long.class)
                .list();
        ids.forEach(id -> refresh(partnership, id));
        return ids.size();
    }

    /** Stops taking values from the feed; the values taken so far stay and may be edited by hand. */
    @Transactional
    void disconnect(Partnership partnership, long indicatorId) {
        locked(partnership, indicatorId);
        var link = link(indicatorId).orElseThrow(NotFound::new);
        jdbc.sql("DELETE FROM performance_indicator_feed WHERE indicator_id = :id")
                .param("id", indicatorId)
                .update();
        audit.deleted(partnership.id(), FEED, indicatorId, Map.of("feed", link.key()));
    }

    private Link take(Partnership partnership, Indicator indicator, String key) {
        var series = feeds.stream()
                .filter(feed -> feed.source() == indicator.source())
                .map(feed -> feed.series(partnership, key))
                .flatMap(Optional::stream)
                .findFirst()
                .orElseThrow(() -> new InvalidInputException(
                        "feed",
                        "The source " + key
                                + " no longer offers this series: connect the indicator to another source"));
        var before = repository.values(indicator.id()).size();
        jdbc.sql("DELETE FROM performance_value WHERE indicator_id = :id")
                .param("id", indicator.id())
                .update();
        series.values().forEach(value -> repository.saveValue(indicator.id(), value));
        var by = AuditTrail.currentActor();
        jdbc.sql("""
                        UPDATE performance_indicator_feed
                        SET source_note = :note, refreshed_at = now(), refreshed_by = :by WHERE indicator_id = :id
                        """)
                .param("note", series.sourceNote())
                .param("by", by)
                .param("id", indicator.id())
                .update();
        var after = new LinkedHashMap<String, Object>();
        after.put("feed", key);
        after.put("values", series.values().size());
        if (!series.values().isEmpty()) {
            after.put("from", series.values().get(0).period().text());
            after.put(
                    "to",
                    series.values().get(series.values().size() - 1).period().text());
        }
        audit.updated(partnership.id(), Indicators.VALUES, indicator.id(), Map.of("values", before), after);
        return link(indicator.id()).orElseThrow();
    }

    private Indicator locked(Partnership partnership, long indicatorId) {
        return repository.indicator(partnership.id(), indicatorId, true).orElseThrow(NotFound::new);
    }
}
