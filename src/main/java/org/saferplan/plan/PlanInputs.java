package org.saferplan.plan;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import org.saferplan.plan.web.ActivityForm;
import org.saferplan.plan.web.MeasureForm;
import org.saferplan.plan.web.ThemeForm;
import org.saferplan.web.InvalidInputException;
import org.saferplan.web.InvalidInputException.Problem;

/**
 * Turns what a coordinator typed into theme, activity and measure content, naming every problem by its form field.
 * Ids, keys and positions are filled in by {@link Plans}; a null position means "at the end".
 */
final class PlanInputs {

    static final int MAX_TEXT = 2000;
    static final int MAX_SECTION = 20000;

    private PlanInputs() {}

    record ThemeInput(
            ThemeKind kind,
            String title,
            String description,
            Long leadOrganisationId,
            String leadPerson,
            Integer position) {}

    record ActivityInput(
            String text,
            List<Long> owners,
            String leadPerson,
            String note,
            LocalDate startsOn,
            LocalDate dueOn,
            ActivityStatus status,
            Integer position) {}

    record MeasureInput(
            String text,
            Direction direction,
            BigDecimal baselineValue,
            String baselineText,
            BigDecimal targetValue,
            String howMeasured,
            Integer position) {}

    static ThemeInput theme(ThemeForm form, Set<Long> partners) {
        var problems = new ArrayList<Problem>();
        var kind = choice(ThemeKind.values(), form.kind(), "kind", "Choose what kind of theme this is", problems);
        var title = required(form.title(), "title", "Enter the theme's title", 200, problems);
        var description = optional(form.description(), "description", MAX_TEXT, problems);
        Long lead = null;
        if (form.leadOrganisationId() != null && !form.leadOrganisationId().isBlank()) {
            lead = organisation(form.leadOrganisationId(), partners);
            if (lead == null) {
                problems.add(new Problem("leadOrganisationId", "Choose one of the partnership's partners"));
            }
        }
        var leadPerson = optional(form.leadPerson(), "leadPerson", 200, problems);
        var position = position(form.position(), problems);
        throwIfAny(problems);
        return new ThemeInput(kind, title, description, lead, leadPerson, position);
    }

    static ActivityInput activity(ActivityForm form, Set<Long> partners) {
        var problems = new ArrayList<Problem>();
        var text = required(form.text(), "text", "Enter what the activity is", MAX_TEXT, problems);
        var owners = new ArrayList<Long>();
        for (var owner : form.owners()) {
            var id = organisation(owner, partners);
            if (id == null) {
                problems.add(new Problem("owners", "Choose owners from the partnership's partners"));
                break;
            }
            if (!owners.contains(id)) {
                owners.add(id);
            }
        }
        if (owners.isEmpty() && problems.stream().noneMatch(p -> p.field().equals("owners"))) {
            problems.add(new Problem("owners", "Choose at least one organisation that owns the activity"));
        }
        var leadPerson = optional(form.leadPerson(), "leadPerson", 200, problems);
        var note = optional(form.note(), "note", MAX_TEXT, problems);
        var startsOn = date(form.startsOn(), "startsOn", "start", problems);
        var dueOn = date(form.dueOn(), "dueOn", "due", problems);
        if (startsOn != null && dueOn != null && dueOn.isBefore(startsOn)) {
            problems.add(new Problem("dueOn", "The due date must be the same as or after the start date"));
        }
        var status = choice(ActivityStatus.values(), form.status(), "status", "Choose the activity's status", problems);
        var position = position(form.position(), problems);
        throwIfAny(problems);
        return new ActivityInput(text, List.copyOf(owners), leadPerson, note, startsOn, dueOn, status, position);
    }

    static MeasureInput measure(MeasureForm form) {
        var problems = new ArrayList<Problem>();
        var text = required(form.text(), "text", "Enter the measure as written in the plan", MAX_TEXT, problems);
        var direction = choice(
                Direction.values(),
                form.direction(),
                "direction",
                "Choose which direction is an improvement",
                problems);
        var baselineValue = number(form.baselineValue(), "baselineValue", "baseline", problems);
        var baselineText = optional(form.baselineText(), "baselineText", MAX_TEXT, problems);
        var targetValue = number(form.targetValue(), "targetValue", "target", problems);
        var howMeasured = optional(form.howMeasured(), "howMeasured", MAX_TEXT, problems);
        var position = position(form.position(), problems);
        throwIfAny(problems);
        return new MeasureInput(text, direction, baselineValue, baselineText, targetValue, howMeasured, position);
    }

    static String section(String body) {
        var problems = new ArrayList<Problem>();
        var clean = optional(body == null ? "" : body.replace("\r\n", "\n"), "body", MAX_SECTION, problems);
        throwIfAny(problems);
        return clean;
    }

    static String label(String label) {
        var problems = new ArrayList<Problem>();
        var clean = required(label, "label", "Enter a label for the version, like 2022-23 refresh", 100, problems);
        throwIfAny(problems);
        return clean;
    }

    private static void throwIfAny(List<Problem> problems) {
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
    }

    private static String required(String value, String field, String message, int max, List<Problem> problems) {
        var clean = value == null ? "" : value.strip();
        if (clean.isEmpty()) {
            problems.add(new Problem(field, message));
        } else if (clean.length() > max) {
            problems.add(new Problem(field, "This must be " + max + " characters or fewer"));
        }
        return clean;
    }

    private static String optional(String value, String field, int max, List<Problem> problems) {
        var clean = value == null ? "" : value.strip();
        if (clean.length() > max) {
            problems.add(new Problem(field, "This must be " + max + " characters or fewer"));
        }
        return clean;
    }

    private static <E extends Enum<E>> E choice(
            E[] values, String value, String field, String message, List<Problem> problems) {
        var found = Arrays.stream(values).filter(v -> v.name().equals(value)).findFirst();
        if (found.isEmpty()) {
            problems.add(new Problem(field, message));
            return values[0];
        }
        return found.get();
    }

    private static Long organisation(String value, Set<Long> partners) {
        try {
            long id = Long.parseLong(value.strip());
            return partners.contains(id) ? id : null;
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static LocalDate date(String value, String field, String which, List<Problem> problems) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            problems.add(new Problem(field, "The " + which + " date must be a real date, like 2021-04-01"));
            return null;
        }
    }

    private static BigDecimal number(String value, String field, String which, List<Problem> problems) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            var number = new BigDecimal(value.strip().replace(",", ""));
            if (number.abs().compareTo(new BigDecimal("1e12")) > 0) {
                problems.add(new Problem(field, "The " + which + " must be a number smaller than a trillion"));
                return null;
            }
            return number;
        } catch (NumberFormatException e) {
            problems.add(new Problem(field, "The " + which + " must be a number, like 120 or 7.5"));
            return null;
        }
    }

    private static Integer position(String value, List<Problem> problems) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            int position = Integer.parseInt(value.strip());
            if (position < 1 || position > 1000) {
                problems.add(new Problem("position", "The position must be a whole number from 1"));
                return null;
            }
            return position;
        } catch (NumberFormatException e) {
            problems.add(new Problem("position", "The position must be a whole number, like 1"));
            return null;
        }
    }
}
