package org.saferplan.governance;

import java.util.regex.Pattern;

/**
 * An ONS GSS code of a local authority district: E06 (unitary), E07 (non-metropolitan district), E08
 * (metropolitan district), E09 (London borough) or W06 (Welsh unitary authority), then six digits.
 */
public record LocalAuthorityCode(String value) {

    private static final Pattern FORMAT = Pattern.compile("^(E06|E07|E08|E09|W06)\\d{6}$");

    public LocalAuthorityCode {
        if (value == null || !FORMAT.matcher(value.trim().toUpperCase()).matches()) {
            throw new IllegalArgumentException("\"" + value
                    + "\" is not a local authority code: expected E06, E07, E08, E09 or W06 then 6 digits,"
                    + " like E06000059");
        }
        value = value.trim().toUpperCase();
    }

    @Override
    public String toString() {
        return value;
    }
}
