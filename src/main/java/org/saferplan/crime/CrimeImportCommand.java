package org.saferplan.crime;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.SpringApplication;
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
class CrimeImportCommand implements ApplicationRunner {

    static final String COMMAND = "crime-import";

    private final CrimeImports imports;
    private final ConfigurableApplicationContext context;

    CrimeImportCommand(CrimeImports imports, ConfigurableApplicationContext context) {
        this.imports = imports;
        this.context = context;
    }

    @Override
    public void run(ApplicationArguments args) {
        var command = args.getNonOptionArgs();
        if (command.isEmpty() || !COMMAND.equals(command.get(0))) {
            return;
        }
        if (command.size() < 2) {
            System.err.println("Usage: " + COMMAND + " <folder of police.uk CSV files>");
            System.exit(SpringApplication.exit(context, () -> 2));
        }
        System.exit(SpringApplication.exit(context, () -> importFolder(Path.of(command.get(1))) ? 0 : 1));
    }

    boolean importFolder(Path folder) {
        try (var paths = Files.walk(folder)) {
            var files = paths.filter(Files::isRegularFile)
                    .filter(path -> path.toString().toLowerCase(Locale.ROOT).endsWith(".csv"))
                    .sorted()
                    .map(path -> new SourceFile(folder.relativize(path).toString().replace('\\', '/'), path))
                    .toList();
            var result = imports.runNow(folder.toString(), files);
            for (var file : result.results()) {
                System.out.printf("%s: %s %s %s, %,d rows (%,d without location), %s%n", file.file(), file.force(),
                        file.month(), file.kind(), file.rows(), file.noLocationRows(), file.outcome());
            }
            result.problems().forEach(problem -> System.out.println("REFUSED " + problem));
            System.out.printf("%s: %d files, %,d rows%n", result.succeeded() ? "Imported" : "Nothing stored",
                    result.results().size(), result.rows());
            return result.succeeded();
        } catch (IOException e) {
            throw new UncheckedIOException("Could not read " + folder, e);
        }
    }
}
