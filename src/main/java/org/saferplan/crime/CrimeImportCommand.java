package org.saferplan.crime;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.saferplan.jobs.FolderCommand;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * The command {@code crime-import <folder>}: imports every police.uk CSV file under the folder (searched
 * recursively, so an unzipped data.police.uk archive works as it is) as one import, prints what each file gave,
 * and exits with 0, or 1 if the import was refused (then nothing was stored).
 */
@Component
@Order(21)
class CrimeImportCommand extends FolderCommand {

    static final String COMMAND = "crime-import";

    private final CrimeImports imports;

    CrimeImportCommand(CrimeImports imports, ConfigurableApplicationContext context) {
        super(COMMAND, "folder of police.uk CSV files", context);
        this.imports = imports;
    }

    @Override
    protected boolean importFolder(Path folder) {
        try (var paths = Files.walk(folder)) {
            var files = paths.filter(Files::isRegularFile)
                    .filter(path -> path.toString().toLowerCase(Locale.ROOT).endsWith(".csv"))
                    .sorted()
                    .map(path ->
                            new SourceFile(folder.relativize(path).toString().replace('\\', '/'), path))
                    .toList();
            var result = imports.runNow(folder.toString(), files);
            for (var file : result.results()) {
                System.out.printf(
                        "%s: %s %s %s, %,d rows (%,d without location), %s%n",
                        file.file(),
                        file.force(),
                        file.month(),
                        file.kind(),
                        file.rows(),
                        file.noLocationRows(),
                        file.outcome());
            }
            result.problems().forEach(problem -> System.out.println("REFUSED " + problem));
            System.out.printf(
                    "%s: %d files, %,d rows%n",
                    result.succeeded() ? "Imported" : "Nothing stored",
                    result.results().size(),
                    result.rows());
            return result.succeeded();
        } catch (IOException e) {
            throw new UncheckedIOException("Could not read " + folder, e);
        }
    }
}
