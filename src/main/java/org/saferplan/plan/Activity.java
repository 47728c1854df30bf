package org.saferplan.plan;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Something partners will do under a theme, owned by one or more partner organisations.
 *
 * @param note anything else worth saying, e.g. that the owners are illustrative
 */
record Activity(
        long id,
        long themeId,
        UUID key,
        String text,
        List<Long> owners,
        String leadPerson,
        String note,
        LocalDate startsOn,
        LocalDate dueOn,
        ActivityStatus status,
        int position) {

    Activity {
        owners = List.copyOf(owners);
    }

    Map<String, Object> auditValues() {
        var values = new LinkedHashMap<String, Object>();
        values.put("text", text);
        values.put("owners", owners);
        values.put("leadPerson", leadPerson);
        values.put("note", note);
        values.put("startsOn", startsOn == null ? null : startsOn.toString());
        values.put("dueOn", dueOn == null ? null : dueOn.toString());
        values.put("status", status.name());
        values.put("position", position);
        return values;
    }
}
