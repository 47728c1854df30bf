package org.saferplan.areas;

/**
 * A mid-year population for an area, with where it came from, because rates must say which population they use.
 *
 * @param year the mid-year of the estimate actually used (the nearest loaded to the one asked for)
 * @param basis e.g. "ONS mid-2020 estimates for 1 local authority" or "sum of ONS mid-2017 estimates for 452 LSOAs"
 */
public record PopulationEstimate(long population, int year, String basis) {}
