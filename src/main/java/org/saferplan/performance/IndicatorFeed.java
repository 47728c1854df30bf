package org.saferplan.performance;

import java.util.List;
import java.util.Optional;
import org.saferplan.governance.Partnership;

/**
 * Where an indicator's values can come from besides typing them in: one implementation per source module
 * (crime statistics, survey results, partner datasets). A feed offers choices for a partnership (e.g. "burglary in
 * the partnership area, by month") and, for a choice, the whole series as it stands today.
 */
interface IndicatorFeed {

    Source source();

    /** What this partnership could take from the feed, best first. */
    List<Choice> choices(Partnership partnership);

    /** The series for a choice this feed offered, or empty when the key is not this feed's. */
    Optional<Series> series(Partnership partnership, String key);

    /** One thing the feed offers, with the unit and frequency an indicator taking it must have. */
    record Choice(String key, String label, Unit unit, Frequency frequency) {}

    /** The values of a choice in period order, and a sentence saying where they come from and what was left out. */
    record Series(String label, List<IndicatorValue> values, String sourceNote) {

        public Series {
            values = List.copyOf(values);
        }
    }
}
