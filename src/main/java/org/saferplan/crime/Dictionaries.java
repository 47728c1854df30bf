package org.saferplan.crime;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The crime types and outcome categories as the database numbers them (V6 migration). Outcome names are matched
 * case-insensitively, and "Offender given a penalty notice" (one package's spelling) reads as police.uk's
 * "Offender given penalty notice".
 */
final class Dictionaries {

    final Map<String, Short> crimeTypes = new HashMap<>();
    final List<String> crimeTypeNames;
    private final Map<String, Short> outcomes = new HashMap<>();

    Dictionaries(JdbcClient jdbc) {
        crimeTypeNames = jdbc.sql("SELECT id, name FROM crime_type ORDER BY name").query((rs, row) -> {
            crimeTypes.put(rs.getString("name"), rs.getShort("id"));
            return rs.getString("name");
        }).list();
        jdbc.sql("SELECT id, name FROM crime_outcome_type").query((rs, row) -> {
            outcomes.put(rs.getString("name").toLowerCase(Locale.ROOT), rs.getShort("id"));
            return null;
        }).list();
        var penaltyNotice = outcomes.get("offender given penalty notice");
        if (penaltyNotice != null) {
            outcomes.put("offender given a penalty notice", penaltyNotice);
        }
    }

    /** The crime type's id, or 0 when it is not one of the 14. */
    short crimeType(String name) {
        var id = crimeTypes.get(name);
        return id == null ? 0 : id;
    }

    /** The outcome's id; 0 for no outcome; -1 when it is not a police.uk outcome category. */
    short outcome(String name) {
        if (name.isEmpty()) {
            return 0;
        }
        var id = outcomes.get(name.toLowerCase(Locale.ROOT));
        return id == null ? -1 : id;
    }
}
