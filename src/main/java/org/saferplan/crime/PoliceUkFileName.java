package org.saferplan.crime;

import java.time.YearMonth;
import java.util.regex.Pattern;

/**
 * What a police.uk file name says: {@code YYYY-MM-<force>-street.csv}, {@code -outcomes.csv} or
 * {@code -stop-and-search.csv}, alone or inside the archive's {@code YYYY-MM/} folder (which must then agree).
 */
record PoliceUkFileName(String forceSlug, YearMonth month, FileKind kind) {

    static final String EXPECTED = "expected a police.uk file name like 2018-10-dorset-street.csv "
            + "(YYYY-MM-<force>-street.csv, -outcomes.csv or -stop-and-search.csv)";

    private static final Pattern NAME =
            Pattern.compile("(\\d{4})-(\\d{2})-([a-z0-9]+(?:-[a-z0-9]+)*?)-(street|outcomes|stop-and-search)\\.csv");
    private static final Pattern MONTH_FOLDER = Pattern.compile("\\d{4}-\\d{2}");

    /** The name's meaning, or null when it is not a police.uk file name. */
    static PoliceUkFileName parse(String path) {
        if (path == null) {
            return null;
        }
        var parts = path.replace('\\', '/').split("/");
        var matcher = NAME.matcher(parts[parts.length - 1]);
        if (!matcher.matches()) {
            return null;
        }
        int year = Integer.parseInt(matcher.group(1));
        int month = Integer.parseInt(matcher.group(2));
        if (year < 2000 || year > 2100 || month < 1 || month > 12) {
            return null;
        }
        var yearMonth = YearMonth.of(year, month);
        if (parts.length > 1) {
            var folder = parts[parts.length - 2];
            if (MONTH_FOLDER.matcher(folder).matches() && !folder.equals(yearMonth.toString())) {
                return null;
            }
        }
        return new PoliceUkFileName(matcher.group(3), yearMonth, FileKind.ofSlug(matcher.group(4)));
    }
}
