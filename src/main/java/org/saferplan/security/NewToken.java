package org.saferplan.security;

/**
 * A token just made, shown once on the page that answers the form and never stored or sent anywhere else.
 *
 * @param meUrl the address of {@code GET /api/v1/me} on this server, for the instructions
 */
public record NewToken(String name, String value, String username, String meUrl) {}
