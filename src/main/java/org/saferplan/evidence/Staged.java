package org.saferplan.evidence;

import java.math.BigDecimal;
import java.util.List;

/**
 * What an importer made of a file: the values to store (the dataset's whole series), notes on what it did, and what
 * a value is when the file says so (fly-tipping "incidents" or "enforcement actions"), else null.
 */
record Staged(List<Value> values, List<String> notes, String unit) {

    Staged {
        values = List.copyOf(values);
        notes = List.copyOf(notes);
    }

    Staged(List<Value> values, List<String> notes) {
        this(values, notes, null);
    }

    /** One value to store; dimension and category are empty for the headline series. */
    record Value(
            String areaCode,
            EvidencePeriod period,
            String dimension,
            String category,
            BigDecimal value,
            BigDecimal numerator,
            BigDecimal denominator) {

        static Value headline(String areaCode, EvidencePeriod period, BigDecimal value) {
            return new Value(areaCode, period, "", "", value, null, null);
        }

        static Value of(String areaCode, EvidencePeriod period, String dimension, String category, long count) {
            return new Value(areaCode, period, dimension, category, BigDecimal.valueOf(count), null, null);
        }
    }
}
