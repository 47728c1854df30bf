/**
 * Pure statistical methods for crime analysis, each from {@code docs/methods.md} of the research notes: exact Poisson
 * intervals and rates, peer comparison by the funnel method, tests of change in counts, seasonal indices, the Covid
 * counterfactual, Getis-Ord Gi* hot spots, harm weighting and Making Data Count statistical process control.
 * Immutable values and functions only: no database, no Spring beans, and no dependency on any other module. Every
 * class comment names its source and says whether the method is official or SaferPlan's own.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Statistics")
package org.saferplan.statistics;
