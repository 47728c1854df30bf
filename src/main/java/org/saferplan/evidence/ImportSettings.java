package org.saferplan.evidence;

/**
 * What an importer needs to know besides the file.
 *
 * @param periodType the periods of the generic indicator layout
 * @param areaCode for A&amp;E assault records: the area (GSS code) the submission covers, e.g. the authority the
 *     emergency department serves
 */
record ImportSettings(PeriodType periodType, String areaCode) {}
