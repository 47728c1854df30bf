package org.saferplan.crime;

import java.util.List;

/**
 * The three kinds of police.uk monthly file, with their exact headers (methods.md §1.1: street 12 columns,
 * outcomes 10, stop and search 15).
 */
public enum FileKind {
    STREET(
            "street",
            "Street-level crime",
            List.of(
                    "Crime ID",
                    "Month",
                    "Reported by",
                    "Falls within",
                    "Longitude",
                    "Latitude",
                    "Location",
                    "LSOA code",
                    "LSOA name",
                    "Crime type",
                    "Last outcome category",
                    "Context")),
    OUTCOMES(
            "outcomes",
            "Outcomes",
            List.of(
                    "Crime ID",
                    "Month",
                    "Reported by",
                    "Falls within",
                    "Longitude",
                    "Latitude",
                    "Location",
                    "LSOA code",
                    "LSOA name",
                    "Outcome type")),
    STOP_AND_SEARCH(
            "stop-and-search",
            "Stop and search",
            List.of(
                    "Type",
                    "Date",
                    "Part of a policing operation",
                    "Policing operation",
                    "Latitude",
                    "Longitude",
                    "Gender",
                    "Age range",
                    "Self-defined ethnicity",
                    "Officer-defined ethnicity",
                    "Legislation",
                    "Object of search",
                    "Outcome",
                    "Outcome linked to object of search",
                    "Removal of more than just outer clothing"));

    private final String slug;
    private final String label;
    private final List<String> header;

    FileKind(String slug, String label, List<String> header) {
        this.slug = slug;
        this.label = label;
        this.header = header;
    }

    /** As in the file name and in the {@code crime_file.kind} column: street, outcomes, stop-and-search. */
    public String slug() {
        return slug;
    }

    public String label() {
        return label;
    }

    public List<String> header() {
        return header;
    }

    public static FileKind ofSlug(String slug) {
        for (var kind : values()) {
            if (kind.slug.equals(slug)) {
                return kind;
            }
        }
        throw new IllegalArgumentException("not a police.uk file kind: " + slug);
    }
}
