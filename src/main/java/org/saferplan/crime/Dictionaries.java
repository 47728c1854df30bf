package org.saferplan.crime;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The crime types and outcome categories as the database numbers them (V6 migration). Outcome names are matched
 * case-insensitively, and "Offender given a penalty notice" (one package's spelling) reads as police.uk's
 * "Offender given penalty notice". Both can be looked up straight from the characters of a CSV field, without a
 * String per row.
 */
final class Dictionaries {

    final Map<String, Short> crimeTypes = new HashMap<>();
    final List<String> crimeTypeNames;
    private final Map<String, Short> outcomes = new HashMap<>();
    private final CharTable crimeTypeTable;
    private final CharTable outcomeTable;

    Dictionaries(JdbcClient jdbc) {
        crimeTypeNames = jdbc.sql("SELECT id, name FROM crime_type ORDER BY name")
                .query((rs, row) -> {
                    crimeTypes.put(rs.getString("name"), rs.getShort("id"));
                    return rs.getString("name");
                })
                .list();
        jdbc.sql("SELECT id, name FROM crime_outcome_type")
                .query((rs, row) -> {
                    outcomes.put(rs.getString("name").toLowerCase(Locale.ROOT), rs.getShort("id"));
                    return null;
                })
                .list();
        var penaltyNotice = outcomes.get("offender given penalty notice");
        if (penaltyNotice != null) {
            outcomes.put("offender given a penalty notice", penaltyNotice);
        }
        crimeTypeTable = new CharTable(crimeTypes);
        outcomeTable = new CharTable(outcomes);
    }

    /** The crime type's id, or 0 when it is not one of the 14. */
    short crimeType(String name) {
        var id = crimeTypes.get(name);
        return id == null ? 0 : id;
    }

    /** The same as {@link #crimeType(String)} for the characters {@code chars[offset, offset + length)}. */
    short crimeType(char[] chars, int offset, int length) {
        return crimeTypeTable.get(chars, offset, length, false);
    }

    /** The outcome's id; 0 for no outcome; -1 when it is not a police.uk outcome category. */
    short outcome(String name) {
        if (name.isEmpty()) {
            return 0;
        }
        var id = outcomes.get(name.toLowerCase(Locale.ROOT));
        return id == null ? -1 : id;
    }

    /**
     * The same as {@link #outcome(String)} of the stripped characters {@code chars[offset, offset + length)}; -2
     * when they are not plain ASCII (then ask {@link #outcome(String)}).
     */
    short outcome(char[] chars, int offset, int length) {
        int start = offset;
        int end = offset + length;
        while (start < end && Character.isWhitespace(chars[start])) {
            start++;
        }
        while (end > start && Character.isWhitespace(chars[end - 1])) {
            end--;
        }
        if (start == end) {
            return 0;
        }
        for (int i = start; i < end; i++) {
            if (chars[i] >= 0x80) {
                return -2;
            }
        }
        short id = outcomeTable.get(chars, start, end - start, true);
        return id == 0 ? -1 : id;
    }

    /** An open-addressing table from ASCII names to ids (0 when absent); optionally case-insensitive. */
    private static final class CharTable {

        private final char[][] keys = new char[256][];
        private final short[] ids = new short[256];

        CharTable(Map<String, Short> entries) {
            entries.forEach((name, id) -> {
                var chars = name.toCharArray();
                int slot = hash(chars, 0, chars.length, false) & 255;
                while (keys[slot] != null) {
                    slot = (slot + 1) & 255;
                }
                keys[slot] = chars;
                ids[slot] = id;
            });
        }

        short get(char[] chars, int offset, int length, boolean lowerCase) {
            int slot = hash(chars, offset, length, lowerCase) & 255;
            for (var key = keys[slot]; key != null; key = keys[slot = (slot + 1) & 255]) {
                if (matches(key, chars, offset, length, lowerCase)) {
                    return ids[slot];
                }
            }
            return 0;
        }

        private static boolean matches(char[] key, char[] chars, int offset, int length, boolean lowerCase) {
            if (key.length != length) {
                return false;
            }
            for (int i = 0; i < length; i++) {
                char c = chars[offset + i];
                if ((lowerCase ? lower(c) : c) != key[i]) {
                    return false;
                }
            }
            return true;
        }

        private static int hash(char[] chars, int offset, int length, boolean lowerCase) {
            int h = length;
            for (int i = 0; i < length; i++) {
                char c = chars[offset + i];
                h = 31 * h + (lowerCase ? lower(c) : c);
            }
            return h ^ (h >>> 16);
        }

        private static char lower(char c) {
            return c >= 'A' && c <= 'Z' ? (char) (c + 32) : c;
        }
    }
}
