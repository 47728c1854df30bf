package org.saferplan.security;

import java.util.Comparator;
import java.util.List;
import org.saferplan.web.FormErrors;
import org.springframework.validation.BindingResult;

/**
 * A page's form fields from top to bottom. Bean Validation reports problems in no particular order, but the GOV.UK
 * error summary must list them in the order the fields appear.
 */
record FieldOrder(List<String> fields) {

    static FieldOrder of(String... fields) {
        return new FieldOrder(List.of(fields));
    }

    /** The form's problems in page order; problems with the whole form, or an unlisted field, come last. */
    FormErrors errors(BindingResult result) {
        var items = FormErrors.of(result).items().stream()
                .sorted(Comparator.comparingInt(this::position))
                .toList();
        return new FormErrors(items);
    }

    private int position(FormErrors.Item item) {
        int at = fields.indexOf(item.field());
        return at < 0 ? fields.size() : at;
    }
}
