package org.saferplan.plan;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

/**
 * A theme of a plan version: a priority, a monitored or cross-cutting theme or a linked strategy.
 *
 * @param key the stable key, the same in every refresh that carries the theme
 * @param leadOrganisationId a partner organisation leading the theme, or null
 */
record Theme(
        long id,
        long versionId,
        UUID key,
        ThemeKind kind,
        String title,
        String description,
        Long leadOrganisationId,
        String leadPerson,
        int position) {

    Map<String, Object> auditValues() {
        var values = new LinkedHashMap<String, Object>();
        values.put("kind", kind.name());
        values.put("title", title);
        values.put("description", description);
        values.put("leadOrganisationId", leadOrganisationId);
        values.put("leadPerson", leadPerson);
        values.put("position", position);
        return values;
    }
}
