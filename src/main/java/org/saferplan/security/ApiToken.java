package org.saferplan.security;

import java.time.Instant;

/** A personal API token as listed to its owner; the token itself is shown once, when it is made. */
public record ApiToken(long id, String name, Instant createdAt, Instant lastUsedAt, Instant revokedAt) {

    public boolean active() {
        return revokedAt == null;
    }
}
