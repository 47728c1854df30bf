package org.saferplan.governance.web;

/** A partnership an organisation is a partner in, and how. */
public record OrganisationMembership(long partnershipId, String partnership, String membership) {}
