package org.saferplan.crime;

/**
 * What one file of an import gave.
 *
 * @param month as YYYY-MM
 * @param outcome {@code imported} (new force-month), {@code replaced} (a newer release of a stored force-month) or
 *     {@code unchanged} (the same content was stored already, so nothing changed)
 * @param noLocationRows rows police.uk could not locate (no LSOA): stored, and counted here
 */
public record FileResult(
        String file, String force, String month, String kind, long rows, long noLocationRows, String outcome) {

    public static final String IMPORTED = "imported";
    public static final String REPLACED = "replaced";
    public static final String UNCHANGED = "unchanged";
}
