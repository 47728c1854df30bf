package org.saferplan.crime;

import java.time.LocalDate;
import java.time.Month;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * What the archive holds: the completeness matrix of force x month x kind. A force-month with no file, or with a
 * file of zero rows, is missing, never zero (methods.md §1.4: a force that could not supply data is not a force
 * with no crime).
 */
@Service
public class CrimeData {

    /** The matrix of one year: a table per kind of file, a row per force, a cell per month. */
    public record Matrix(int year, List<String> monthNames, List<KindTable> tables, List<Integer> years) {}

    /** One kind's table. */
    public record KindTable(FileKind kind, List<ForceRow> forces) {}

    /**
     * One force's row.
     *
     * @param rows a value per month, January first: the rows stored, or null when the month is missing
     */
    public record ForceRow(String slug, String name, List<Long> rows) {}

    private final JdbcClient jdbc;

    CrimeData(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The years with any file stored, newest first. */
    public List<Integer> years() {
        return jdbc.sql("SELECT DISTINCT EXTRACT(YEAR FROM month)::int FROM crime_file ORDER BY 1 DESC")
                .query(Integer.class)
                .list();
    }

    public Matrix matrix(int year) {
        var forces = new LinkedHashMap<String, String>();
        jdbc.sql("SELECT slug, coalesce(name, slug) AS name FROM crime_force ORDER BY coalesce(name, slug), slug")
                .query((rs, row) -> forces.put(rs.getString("slug"), rs.getString("name")))
                .list();
        Map<String, Long[]> cells = new LinkedHashMap<>();
        jdbc.sql("""
                        SELECT force.slug, f.kind, EXTRACT(MONTH FROM f.month)::int AS month, f.rows
                        FROM crime_file f JOIN crime_force force ON force.id = f.force_id
                        WHERE f.month >= :from AND f.month < :to
                        """)
                .param("from", LocalDate.of(year, 1, 1))
                .param("to", LocalDate.of(year + 1, 1, 1))
                .query((rs, row) -> {
                    long rows = rs.getLong("rows");
                    cells.computeIfAbsent(rs.getString("kind") + " " + rs.getString("slug"), key -> new Long[12])[
                                    rs.getInt("month") - 1] =
                            rows > 0 ? rows : null;
                    return null;
                })
                .list();
        var tables = new ArrayList<KindTable>();
        for (var kind : FileKind.values()) {
            var rows = new ArrayList<ForceRow>();
            forces.forEach((slug, name) -> rows.add(new ForceRow(
                    slug, name, Arrays.asList(cells.getOrDefault(kind.slug() + " " + slug, new Long[12])))));
            tables.add(new KindTable(kind, rows));
        }
        var monthNames = Arrays.stream(Month.values())
                .map(month -> month.getDisplayName(TextStyle.SHORT, Locale.ENGLISH))
                .toList();
        return new Matrix(year, monthNames, tables, years());
    }
}
