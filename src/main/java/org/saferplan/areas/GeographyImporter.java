package org.saferplan.areas;

import de.siegmar.fastcsv.reader.CsvReader;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.saferplan.audit.AuditTrail;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Imports ONS lookup and population files. A file is read and checked in full first; if any line is wrong nothing
 * is stored, and each problem names the file, the line and what was expected. A good file is stored in one
 * transaction: its lookups replace the earlier version of the same lookup, its populations replace the same
 * areas' figures for that year, so importing the same file again changes nothing.
 */
@Service
public class GeographyImporter {

    static final int MAX_PROBLEMS = 50;
    private static final Pattern YEAR_IN_NAME = Pattern.compile("population(\\d{2}|\\d{4})_");

    private final JdbcClient jdbc;
    private final JdbcTemplate jdbcTemplate;
    private final TransactionTemplate transactions;
    private final AuditTrail audit;

    GeographyImporter(JdbcClient jdbc, JdbcTemplate jdbcTemplate, TransactionTemplate transactions, AuditTrail audit) {
        this.jdbc = jdbc;
        this.jdbcTemplate = jdbcTemplate;
        this.transactions = transactions;
        this.audit = audit;
    }

    /**
     * Imports one file.
     *
     * @param year the year of population estimates; when null it is read from the file name (e.g.
     *     {@code population20_ltla21.csv} is mid-2020). Ignored for lookups.
     */
    GeographyImport importFile(String fileName, byte[] content, Integer year) {
        var problems = new ArrayList<ImportProblem>();
        var text = decode(fileName, content, problems);
        if (text == null) {
            return new GeographyImport(fileName, null, year, 0, problems);
        }
        List<String> header = null;
        OnsLayout layout = null;
        Map<String, Integer> columnIndex = new HashMap<>();
        var staged = new StagedGeography();
        try (var reader = CsvReader.builder()
                .allowExtraFields(true)
                .allowMissingFields(true)
                .ofCsvRecord(text)) {
            for (var record : reader) {
                if (header == null) {
                    header = record.getFields().stream()
                            .map(field -> field.strip().toLowerCase())
                            .toList();
                    layout = OnsLayout.recognise(header);
                    if (layout == null) {
                        problems.add(new ImportProblem(
                                fileName,
                                record.getStartingLineNumber(),
                                "the header does not match any ONS layout SaferPlan reads; expected for example "
                                        + String.join(",", OnsLayout.LSOA11_LTLA21.columns())
                                        + " (see the list of layouts on the page)"));
                        break;
                    }
                    for (var column : layout.columns()) {
                        columnIndex.put(column, header.indexOf(column));
                    }
                    if (layout.population()) {
                        year = year != null ? year : yearFromName(fileName);
                        if (year == null || year < 1990 || year > 2100) {
                            problems.add(new ImportProblem(
                                    fileName,
                                    0,
                                    "say which year these population estimates are for (a year such as 2020), or"
                                            + " name the file like population20_ltla21.csv"));
                            break;
                        }
                    }
                    continue;
                }
                if (record.getFieldCount() == 1 && record.getField(0).isBlank()) {
                    continue;
                }
                if (record.getFieldCount() != header.size()) {
                    problems.add(new ImportProblem(
                            fileName,
                            record.getStartingLineNumber(),
                            "has " + record.getFieldCount() + " columns: expected " + header.size()
                                    + " as in the header"));
                } else {
                    layout.read(
                            new OnsRow(
                                    fileName,
                                    record.getStartingLineNumber(),
                                    columnIndex,
                                    record.getFields(),
                                    problems),
                            staged);
                    staged.rows++;
                }
                if (problems.size() >= MAX_PROBLEMS) {
                    break;
                }
            }
        } catch (IOException | RuntimeException e) {
            problems.add(new ImportProblem(fileName, 0, "is not a readable CSV file (" + e.getMessage() + ")"));
        }
        if (header == null && problems.isEmpty()) {
            problems.add(new ImportProblem(fileName, 0, "is empty: expected a header line and data rows"));
        } else if (layout != null && staged.rows == 0 && problems.isEmpty()) {
            problems.add(new ImportProblem(fileName, 0, "has a header but no data rows"));
        }
        var layoutName = layout == null ? null : layout.name();
        var usedYear = layout != null && layout.population() ? year : null;
        if (!problems.isEmpty()) {
            return new GeographyImport(fileName, layoutName, usedYear, staged.rows, problems);
        }
        store(fileName, layout, usedYear, staged);
        return new GeographyImport(fileName, layoutName, usedYear, staged.rows, List.of());
    }

    private void store(String fileName, OnsLayout layout, Integer year, StagedGeography staged) {
        transactions.executeWithoutResult(status -> {
            jdbcTemplate.batchUpdate("""
                            INSERT INTO geography_area (code, kind, name) VALUES (?, ?, ?)
                            ON CONFLICT (code) DO UPDATE SET name = CASE
                              WHEN EXCLUDED.name = EXCLUDED.code THEN geography_area.name ELSE EXCLUDED.name END
                            """, staged.areas.values(), 1000, (ps, area) -> {
                ps.setString(1, area.code());
                ps.setString(2, area.kind().name());
                ps.setString(3, area.name());
            });
            staged.links.forEach((lookup, links) -> {
                jdbc.sql("DELETE FROM geography_link WHERE lookup = :lookup")
                        .param("lookup", lookup)
                        .update();
                jdbcTemplate.batchUpdate(
                        "INSERT INTO geography_link (lookup, child_code, parent_code) VALUES (?, ?, ?)",
                        links,
                        1000,
                        (ps, link) -> {
                            ps.setString(1, lookup);
                            ps.setString(2, link.child());
                            ps.setString(3, link.parent());
                        });
            });
            if (!staged.bestFits.isEmpty()) {
                jdbc.sql("DELETE FROM lsoa_best_fit").update();
                jdbcTemplate.batchUpdate(
                        "INSERT INTO lsoa_best_fit (lsoa11_code, lsoa21_code, change_code) VALUES (?, ?, ?)"
                                + " ON CONFLICT DO NOTHING",
                        staged.bestFits,
                        1000,
                        (ps, fit) -> {
                            ps.setString(1, fit.lsoa11());
                            ps.setString(2, fit.lsoa21());
                            ps.setString(3, fit.change());
                        });
            }
            jdbcTemplate.batchUpdate("""
                            INSERT INTO population_estimate (area_code, year, population) VALUES (?, ?, ?)
                            ON CONFLICT (area_code, year) DO UPDATE SET population = EXCLUDED.population
                            """, staged.populations.entrySet(), 1000, (ps, entry) -> {
                ps.setString(1, entry.getKey());
                ps.setInt(2, year);
                ps.setInt(3, entry.getValue());
            });
            long id = jdbc.sql("""
                            INSERT INTO geography_import (file_name, layout, year, rows, imported_by)
                            VALUES (:file, :layout, :year, :rows, :by) RETURNING id
                            """)
                    .param("file", fileName)
                    .param("layout", layout.name())
                    .param("year", year)
                    .param("rows", staged.rows)
                    .param("by", AuditTrail.currentActor())
                    .query(Long.class)
                    .single();
            audit.created(
                    null,
                    "geography-import",
                    id,
                    Map.of("file", fileName, "layout", layout.name(), "rows", staged.rows));
        });
    }

    static Integer yearFromName(String fileName) {
        var matcher = YEAR_IN_NAME.matcher(fileName == null ? "" : fileName.toLowerCase());
        if (!matcher.find()) {
            return null;
        }
        int value = Integer.parseInt(matcher.group(1));
        return value < 100 ? 2000 + value : value;
    }

    /** Strict UTF-8 (with or without a byte order mark); a file in another encoding is refused, not guessed. */
    private static String decode(String fileName, byte[] content, List<ImportProblem> problems) {
        try {
            var text = StandardCharsets.UTF_8
                    .newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(content))
                    .toString();
            return text.startsWith("\uFEFF") ? text.substring(1) : text;
        } catch (CharacterCodingException e) {
            problems.add(new ImportProblem(fileName, 0, "is not UTF-8 text: save it as CSV UTF-8 and import it again"));
            return null;
        }
    }
}
