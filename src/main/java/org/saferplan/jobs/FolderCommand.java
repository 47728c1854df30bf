package org.saferplan.jobs;

import java.nio.file.Path;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * A one-shot command {@code <name> <folder>} given as program arguments: runs the work on the folder, then exits
 * with 0 when it succeeded, 1 when it was refused, 2 without a folder. Any other arguments leave it idle.
 */
public abstract class FolderCommand implements ApplicationRunner {

    private final String name;
    private final String folderDescription;
    private final ConfigurableApplicationContext context;

    protected FolderCommand(String name, String folderDescription, ConfigurableApplicationContext context) {
        this.name = name;
        this.folderDescription = folderDescription;
        this.context = context;
    }

    @Override
    public final void run(ApplicationArguments args) {
        var command = args.getNonOptionArgs();
        if (command.isEmpty() || !name.equals(command.get(0))) {
            return;
        }
        if (command.size() < 2) {
            System.err.println("Usage: " + name + " <" + folderDescription + ">");
            System.exit(SpringApplication.exit(context, () -> 2));
        }
        System.exit(SpringApplication.exit(context, () -> importFolder(Path.of(command.get(1))) ? 0 : 1));
    }

    /** Does the work; true when everything was stored. */
    protected abstract boolean importFolder(Path folder);
}
