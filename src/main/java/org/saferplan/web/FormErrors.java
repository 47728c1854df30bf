package org.saferplan.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.validation.BindingResult;

/**
 * The errors of one form, in the order the fields appear, for the GOV.UK error summary and the messages beside each
 * field. The summary links to the field's id, which by our convention is the field's name.
 */
public record FormErrors(List<Item> items) {

    public static final FormErrors NONE = new FormErrors(List.of());

    public FormErrors {
        items = List.copyOf(items);
    }

    public static FormErrors of(BindingResult result) {
        Map<String, String> firstPerField = new LinkedHashMap<>();
        for (var error : result.getFieldErrors()) {
            firstPerField.putIfAbsent(error.getField(), error.getDefaultMessage());
        }
        var list = new ArrayList<Item>();
        firstPerField.forEach((field, message) -> list.add(new Item(field, message)));
        for (var error : result.getGlobalErrors()) {
            list.add(new Item("", error.getDefaultMessage()));
        }
        return new FormErrors(list);
    }

    /** The problems of a refused change, for a page that has no binding result. */
    public static FormErrors of(InvalidInputException refused) {
        return new FormErrors(refused.problems().stream()
                .map(problem -> new Item(problem.field(), problem.message()))
                .toList());
    }

    /** Copies the problems of a refused change into the binding result, so the form shows them. */
    public static void reject(BindingResult result, InvalidInputException e) {
        for (var problem : e.problems()) {
            if (problem.field().isEmpty()) {
                result.reject("invalid", problem.message());
            } else {
                result.rejectValue(problem.field(), "invalid", problem.message());
            }
        }
    }

    public boolean any() {
        return !items.isEmpty();
    }

    /** The message for {@code field}, or null when it has none. */
    public String of(String field) {
        return items.stream()
                .filter(item -> item.field().equals(field))
                .map(Item::message)
                .findFirst()
                .orElse(null);
    }

    /**
     * The {@code aria-describedby} value of a field with an optional hint: its hint and error message ids, or null
     * (so the template leaves the attribute out) when it has neither.
     */
    public String describedBy(String field, boolean hasHint) {
        var ids = new StringBuilder();
        if (hasHint) {
            ids.append(field).append("-hint");
        }
        if (of(field) != null) {
            ids.append(ids.isEmpty() ? "" : " ").append(field).append("-error");
        }
        return ids.isEmpty() ? null : ids.toString();
    }

    /** One error: a field (empty for the whole form) and the message. */
    public record Item(String field, String message) {}
}
