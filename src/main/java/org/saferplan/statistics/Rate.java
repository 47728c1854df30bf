package org.saferplan.statistics;

/**
 * A count of events in a population, as a rate per 1,000 people with its exact Poisson interval (methods.md §2.1:
 * {@code rate = count / population × 1000}; the interval is {@link PoissonInterval} divided by the population).
 * Official convention (ONS and Home Office local tables publish rates per 1,000 of the mid-year estimate).
 *
 * @param count events counted, not negative
 * @param population the people (or other exposure) they happened among, above zero
 */
public record Rate(long count, double population) {

    public Rate {
        if (count < 0) {
            throw new IllegalArgumentException("A count cannot be negative, not " + count);
        }
        if (!(population > 0) || !Double.isFinite(population)) {
            throw new IllegalArgumentException("A rate needs a population above zero, not " + population);
        }
    }

    /** Events per person. */
    public double perPerson() {
        return count / population;
    }

    public double perThousand() {
        return perPerson() * 1000;
    }

    /** The exact 95% interval of the rate per 1,000. */
    public Interval perThousandInterval() {
        return perThousandInterval(ConfidenceLevel.NINETY_FIVE);
    }

    public Interval perThousandInterval(ConfidenceLevel level) {
        return PoissonInterval.of(count, level).interval().times(1000 / population);
    }
}
