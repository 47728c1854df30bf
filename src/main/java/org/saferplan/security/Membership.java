package org.saferplan.security;

/** A person's place in one partnership: their role there and the organisation they work for. */
public record Membership(
        long partnershipId,
        String partnershipSlug,
        String partnershipName,
        Role role,
        Long organisationId,
        String organisationName) {}
