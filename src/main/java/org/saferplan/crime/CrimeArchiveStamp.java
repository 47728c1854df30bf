package org.saferplan.crime;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * A short text that changes whenever stored crime or geography changes: every import of police.uk files adds,
 * replaces or removes {@code crime_file} rows (their count, latest time and rows change), and every ONS lookup,
 * population or boundary load adds a {@code geography_import} row. Figures worked out under one stamp may be kept
 * until the stamp changes; reading it is one small query.
 */
@Component
class CrimeArchiveStamp {

    private final JdbcClient jdbc;

    CrimeArchiveStamp(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    String now() {
        return jdbc.sql("""
                        SELECT concat_ws('/', (SELECT count(*) FROM crime_file), (SELECT max(imported_at) FROM crime_file),
                                         (SELECT sum(rows) FROM crime_file), (SELECT max(id) FROM geography_import))
                        """).query(String.class).single();
    }
}
