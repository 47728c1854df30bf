package org.saferplan.plan;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * One plan version in SaferPlan's plan text format, for loading a whole version at once (the demo's Dorset plan).
 * Header lines {@code plan:}, {@code years: 2020-2023}, {@code version:}, {@code financial-year:} and
 * {@code status:}; then {@code == section KIND} followed by the section's text, and {@code == theme KIND Title}
 * followed by {@code description:}, {@code lead:} (an organisation's name), {@code activity: Owner; Owner | text}
 * and {@code measure: DIRECTION | text} lines. Owners are illustrative unless the line is {@code activity*:}.
 * An activity or measure may carry a tag, {@code measure[tag]:}, that keeps its stable key when its text changes
 * between versions; otherwise keys derive from the plan, theme and text, so loading two versions that share an
 * item gives it the same key in both. Lines starting {@code #} are comments.
 */
record PlanDocument(
        String planTitle,
        int firstYear,
        int lastYear,
        String label,
        String financialYear,
        VersionStatus status,
        Map<SectionKind, String> sections,
        List<ThemeEntry> themes) {

    static final String ILLUSTRATIVE_OWNERS =
            "Owners are illustrative: the published plan does not name the organisations that own this activity.";

    record ThemeEntry(
            UUID key,
            ThemeKind kind,
            String title,
            String description,
            String lead,
            List<ActivityEntry> activities,
            List<MeasureEntry> measures) {}

    record ActivityEntry(UUID key, List<String> owners, String text, String note) {}

    record MeasureEntry(UUID key, Direction direction, String text) {}

    static PlanDocument parse(String text) {
        String planTitle = null;
        String years = null;
        String label = null;
        String financialYear = null;
        VersionStatus status = VersionStatus.DRAFT;
        var sections = new EnumMap<SectionKind, String>(SectionKind.class);
        var themes = new ArrayList<ThemeEntry>();
        SectionKind section = null;
        var sectionText = new StringBuilder();
        Builder theme = null;
        int number = 0;
        for (var line : text.replace("\r\n", "\n").split("\n", -1)) {
            number++;
            if (line.startsWith("#")) {
                continue;
            }
            if (line.startsWith("== ")) {
                if (section != null) {
                    sections.put(section, sectionText.toString().strip());
                }
                if (theme != null) {
                    themes.add(theme.build());
                }
                section = null;
                theme = null;
                var words = line.substring(3).strip().split(" ", 3);
                if (words[0].equals("section")) {
                    section = SectionKind.valueOf(words[1]);
                    sectionText.setLength(0);
                } else if (words[0].equals("theme")) {
                    theme = new Builder(planTitle, ThemeKind.valueOf(words[1]), words[2].strip());
                } else {
                    throw new IllegalArgumentException("Line " + number + ": expected section or theme");
                }
                continue;
            }
            if (section != null) {
                sectionText.append(line).append('\n');
                continue;
            }
            if (line.isBlank()) {
                continue;
            }
            int colon = line.indexOf(':');
            if (colon < 0) {
                throw new IllegalArgumentException("Line " + number + ": expected 'name: value'");
            }
            var name = line.substring(0, colon).strip();
            var value = line.substring(colon + 1).strip();
            if (theme != null) {
                theme.add(name, value, number);
                continue;
            }
            switch (name) {
                case "plan" -> planTitle = value;
                case "years" -> years = value;
                case "version" -> label = value;
                case "financial-year" -> financialYear = value;
                case "status" -> status = VersionStatus.valueOf(value);
                default -> throw new IllegalArgumentException("Line " + number + ": unknown header " + name);
            }
        }
        if (section != null) {
            sections.put(section, sectionText.toString().strip());
        }
        if (theme != null) {
            themes.add(theme.build());
        }
        if (planTitle == null || years == null || label == null || financialYear == null) {
            throw new IllegalArgumentException("A plan document needs plan, years, version and financial-year");
        }
        var span = years.split("-");
        return new PlanDocument(
                planTitle,
                Integer.parseInt(span[0].strip()),
                Integer.parseInt(span[1].strip()),
                label,
                financialYear,
                status,
                sections,
                themes);
    }

    static UUID key(String... parts) {
        return UUID.nameUUIDFromBytes(String.join("\n", parts).getBytes(StandardCharsets.UTF_8));
    }

    private static final class Builder {

        private final String plan;
        private final ThemeKind kind;
        private final String title;
        private String description = "";
        private String lead;
        private final List<ActivityEntry> activities = new ArrayList<>();
        private final List<MeasureEntry> measures = new ArrayList<>();

        Builder(String plan, ThemeKind kind, String title) {
            this.plan = plan;
            this.kind = kind;
            this.title = title;
        }

        void add(String name, String value, int number) {
            var tag = name.contains("[") ? name.substring(name.indexOf('[') + 1, name.indexOf(']')) : null;
            var bare = name.contains("[") ? name.substring(0, name.indexOf('[')) : name;
            switch (bare) {
                case "description" -> description = value;
                case "lead" -> lead = value;
                case "activity", "activity*" -> {
                    var parts = split(value, number);
                    var owners = List.of(parts[0].split("\\s*;\\s*"));
                    activities.add(new ActivityEntry(
                            itemKey("activity", tag, parts[1]),
                            owners,
                            parts[1],
                            bare.endsWith("*") ? "" : ILLUSTRATIVE_OWNERS));
                }
                case "measure" -> {
                    var parts = split(value, number);
                    measures.add(
                            new MeasureEntry(itemKey("measure", tag, parts[1]), Direction.valueOf(parts[0]), parts[1]));
                }
                default -> throw new IllegalArgumentException("Line " + number + ": unknown theme line " + name);
            }
        }

        private UUID itemKey(String type, String tag, String text) {
            return key(plan, title, type, tag == null ? text : "#" + tag);
        }

        private static String[] split(String value, int number) {
            int bar = value.indexOf('|');
            if (bar < 0) {
                throw new IllegalArgumentException("Line " + number + ": expected 'a | b'");
            }
            return new String[] {
                value.substring(0, bar).strip(), value.substring(bar + 1).strip()
            };
        }

        ThemeEntry build() {
            return new ThemeEntry(key(plan, "theme", title), kind, title, description, lead, activities, measures);
        }
    }
}
