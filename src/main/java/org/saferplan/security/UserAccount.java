package org.saferplan.security;

import java.util.Map;

/** A person who signs in. The password hash never leaves {@link UserAccounts}. */
public record UserAccount(
        long id, String username, String displayName, boolean administrator, boolean demoOnly, boolean enabled) {

    Map<String, Object> auditValues() {
        return Map.of(
                "username", username,
                "displayName", displayName,
                "administrator", administrator,
                "demoOnly", demoOnly,
                "enabled", enabled);
    }
}
