/**
 * Partner datasets that complement police data: a generic indicator upload (CSV or XLSX) and importers for Defra's
 * fly-tipping tables, A&amp;E assault records under the ISB 1594 minimum data set (Cardiff Model) and National
 * Referral Mechanism referrals. Other modules read them through {@link org.saferplan.evidence.EvidenceSeries}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Evidence")
package org.saferplan.evidence;
