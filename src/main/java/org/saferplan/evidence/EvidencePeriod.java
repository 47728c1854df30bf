package org.saferplan.evidence;

import java.time.LocalDate;

/** One period of a dataset, as written ({@code 2017-18}), and the day it starts, which orders periods. */
public record EvidencePeriod(PeriodType type, String text, LocalDate startsOn) implements Comparable<EvidencePeriod> {

    @Override
    public int compareTo(EvidencePeriod other) {
        return startsOn.compareTo(other.startsOn);
    }

    @Override
    public String toString() {
        return text;
    }
}
