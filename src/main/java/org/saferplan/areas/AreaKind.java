package org.saferplan.areas;

import java.util.List;

/** The kinds of ONS area SaferPlan knows, with the GSS code prefixes each may have (ONS Register of Geographic Codes). */
public enum AreaKind {
    /** Lower layer super output area, 2011 or 2021 (an unchanged LSOA keeps its code; lookups tell the vintage). */
    LSOA("LSOA", List.of("E01", "W01")),
    WARD("Ward", List.of("E05", "W05")),
    LOCAL_AUTHORITY("Local authority", List.of("E06", "E07", "E08", "E09", "W06", "S12", "N09")),
    CSP("Community Safety Partnership", List.of("E22", "W14", "W22")),
    POLICE_FORCE_AREA("Police force area", List.of("E23", "W15"));

    private final String label;
    private final List<String> prefixes;

    AreaKind(String label, List<String> prefixes) {
        this.label = label;
        this.prefixes = prefixes;
    }

    public String label() {
        return label;
    }

    /** Whether {@code code} is a well-formed GSS code of this kind: a known prefix and six more digits. */
    public boolean accepts(String code) {
        return code != null
                && code.length() == 9
                && prefixes.contains(code.substring(0, 3))
                && code.substring(3).chars().allMatch(Character::isDigit);
    }

    /** An example of what a code looks like, for error messages. */
    String example() {
        return switch (this) {
            case LSOA -> "E01015272";
            case WARD -> "E05012345";
            case LOCAL_AUTHORITY -> "E06000059";
            case CSP -> "E22000367";
            case POLICE_FORCE_AREA -> "E23000039";
        };
    }
}
