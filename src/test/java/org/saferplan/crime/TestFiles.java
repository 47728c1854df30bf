package org.saferplan.crime;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/** Small, realistic police.uk files written by tests, with the exact headers of methods.md §1.1. */
final class TestFiles {

    static final String STREET_HEADER = "Crime ID,Month,Reported by,Falls within,Longitude,Latitude,Location,"
            + "LSOA code,LSOA name,Crime type,Last outcome category,Context";
    static final String OUTCOMES_HEADER =
            "Crime ID,Month,Reported by,Falls within,Longitude,Latitude,Location," + "LSOA code,LSOA name,Outcome type";
    static final String STOP_HEADER = "Type,Date,Part of a policing operation,Policing operation,Latitude,Longitude,"
            + "Gender,Age range,Self-defined ethnicity,Officer-defined ethnicity,Legislation,Object of search,"
            + "Outcome,Outcome linked to object of search,Removal of more than just outer clothing";
    static final String CRIME_ID = "f1a7e5c7d2b4a6e8c0f2a4b6d8e0c2a4b6d8e0f2a4c6e8b0d2f4a6c8e0b2d4f6";

    private final Path folder;

    TestFiles() {
        try {
            folder = Files.createTempDirectory("crime-test-");
            folder.toFile().deleteOnExit();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A street row of force "Test Force": anti-social behaviour when {@code type} is so, else with an id. */
    static String street(String month, String lsoa, String type, String outcome) {
        var id = type.equals("Anti-social behaviour") ? "" : CRIME_ID;
        var place = lsoa.isEmpty()
                ? ",,,No Location,,,"
                : ",-1.890382,50.766408,On or near Ashridge Avenue," + lsoa + ",Bournemouth 001A,";
        return id + "," + month + ",Test Force,Test Force" + place + type + "," + outcome + ",";
    }

    static String streetFile(String month, int rows) {
        var lines = new ArrayList<String>();
        lines.add(STREET_HEADER);
        for (int i = 0; i < rows; i++) {
            lines.add(
                    i % 3 == 0
                            ? street(month, "E01015301", "Anti-social behaviour", "")
                            : i % 3 == 1
                                    ? street(month, "E01015302", "Burglary", "Under investigation")
                                    : street(
                                            month,
                                            "",
                                            "Vehicle crime",
                                            "Investigation complete; no suspect identified"));
        }
        return String.join("\n", lines) + "\n";
    }

    SourceFile file(String name, String content) {
        return file(name, content.getBytes(StandardCharsets.UTF_8));
    }

    SourceFile file(String name, byte[] content) {
        try {
            var path = Files.createTempFile(folder, "file-", ".csv");
            path.toFile().deleteOnExit();
            Files.write(path, content);
            return new SourceFile(name, path);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A zip with the given entries (name, content); a null content makes a folder entry. */
    static byte[] zip(List<String[]> entries) {
        try (var bytes = new java.io.ByteArrayOutputStream();
                var zip = new ZipOutputStream(bytes)) {
            for (var entry : entries) {
                zip.putNextEntry(new ZipEntry(entry[0]));
                if (entry[1] != null) {
                    zip.write(entry[1].getBytes(StandardCharsets.UTF_8));
                }
                zip.closeEntry();
            }
            zip.finish();
            return bytes.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
