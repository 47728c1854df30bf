package org.saferplan.governance;

/** An organisation as a partner of one partnership. */
public record Partner(Organisation organisation, PartnerMembership membership) {}
