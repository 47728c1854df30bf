package org.saferplan.areas;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.saferplan.jobs.FolderCommand;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * The command {@code geography-import <folder>}: imports every ONS CSV and GeoJSON file in the folder (for the full national
 * files), prints what each gave, and exits (status 1 if any file was refused).
 */
@Component
@Order(20)
class GeographyImportCommand extends FolderCommand {

    static final String COMMAND = "geography-import";

    private final GeographyFiles importer;

    GeographyImportCommand(GeographyFiles importer, ConfigurableApplicationContext context) {
        super(COMMAND, "folder of ONS CSV and GeoJSON files", context);
        this.importer = importer;
    }

    @Override
    protected boolean importFolder(Path folder) {
        boolean allGood = true;
        try (var files = Files.list(folder)) {
            for (var file : files.filter(path -> GeographyFiles.isGeographyFile(path.toString()))
                    .sorted()
                    .toList()) {
                var result = importer.importFile(file.getFileName().toString(), Files.readAllBytes(file), null);
                if (result.succeeded()) {
                    System.out.printf(
                            "%s: %s, %,d rows%s%n",
                            result.file(),
                            result.layout(),
                            result.rows(),
                            result.year() == null ? "" : " (mid-" + result.year() + ")");
                } else {
                    allGood = false;
                    result.problems().forEach(problem -> System.out.println("REFUSED " + problem));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Could not read " + folder, e);
        }
        return allGood;
    }
}
