package org.saferplan.evidence.web;

/**
 * The fields of a new dataset, as typed. Empty source, licence, unit and period type take the importer's defaults.
 *
 * @param additive "yes" when values are counts that may be added up across areas
 * @param areaCode for A&amp;E assault records: the area the submission covers
 */
public record DatasetForm(
        String title,
        String kind,
        String ownerId,
        String sharing,
        String source,
        String licence,
        String description,
        String periodType,
        String unit,
        String additive,
        String areaCode) {

    public static DatasetForm blank(String areaCode) {
        return new DatasetForm("", "INDICATOR", "", "RESTRICTED", "", "", "", "", "", "yes", areaCode);
    }

    /** Every field stripped, null as empty. */
    public DatasetForm clean() {
        return new DatasetForm(
                s(title),
                s(kind),
                s(ownerId),
                s(sharing),
                s(source),
                s(licence),
                s(description),
                s(periodType),
                s(unit),
                s(additive),
                s(areaCode));
    }

    private static String s(String text) {
        return text == null ? "" : text.strip();
    }
}
