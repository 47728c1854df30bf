package org.saferplan.security;

import java.util.List;

/** A person and their partnerships, as one row of the users table. */
public record UserSummary(UserAccount account, List<Membership> memberships) {

    public UserSummary {
        memberships = List.copyOf(memberships);
    }
}
