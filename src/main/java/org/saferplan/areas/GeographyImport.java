package org.saferplan.areas;

import java.util.List;

/**
 * The result of importing one ONS file.
 *
 * @param layout what the file was recognised as (null when it was not)
 * @param rows data rows read; nothing is stored when {@code problems} is not empty
 */
public record GeographyImport(String file, String layout, Integer year, long rows, List<ImportProblem> problems) {

    public GeographyImport {
        problems = List.copyOf(problems);
    }

    public boolean succeeded() {
        return problems.isEmpty();
    }
}
