package org.saferplan.areas;

import java.util.Locale;
import org.springframework.stereotype.Service;

/** One entrance for every ONS file: GeoJSON boundaries by their extension, CSV lookups and estimates otherwise. */
@Service
public class GeographyFiles {

    private final GeographyImporter tables;
    private final BoundaryImporter boundaries;

    GeographyFiles(GeographyImporter tables, BoundaryImporter boundaries) {
        this.tables = tables;
        this.boundaries = boundaries;
    }

    /** Imports one file; {@code year} is for population estimates only (null: read from the file name). */
    public GeographyImport importFile(String fileName, byte[] content, Integer year) {
        return isBoundaryFile(fileName)
                ? boundaries.importFile(fileName, content)
                : tables.importFile(fileName, content, year);
    }

    static boolean isBoundaryFile(String fileName) {
        var name = fileName == null ? "" : fileName.toLowerCase(Locale.ROOT);
        return name.endsWith(".geojson") || name.endsWith(".json");
    }

    static boolean isGeographyFile(String fileName) {
        return isBoundaryFile(fileName) || fileName.toLowerCase(Locale.ROOT).endsWith(".csv");
    }
}
