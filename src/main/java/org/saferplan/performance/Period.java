package org.saferplan.performance;

import java.time.LocalDate;

/** One period of an indicator as partners write it ({@code 2021-04}), and the day it starts, which orders them. */
record Period(String text, LocalDate startsOn) implements Comparable<Period> {

    @Override
    public int compareTo(Period other) {
        return startsOn.compareTo(other.startsOn);
    }

    @Override
    public String toString() {
        return text;
    }
}
