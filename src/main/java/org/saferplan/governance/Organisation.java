package org.saferplan.governance;

import java.util.Map;

/** A partner organisation, shared by every partnership it works with. */
public record Organisation(long id, String name, OrganisationType type) {

    Map<String, Object> auditValues() {
        return Map.of("name", name, "type", type.name());
    }
}
