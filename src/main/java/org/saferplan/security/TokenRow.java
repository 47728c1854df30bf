package org.saferplan.security;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** One of a person's API tokens as the account page lists it, with times in UK local time. */
public record TokenRow(long id, String name, String created, String lastUsed, boolean active) {

    private static final DateTimeFormatter WHEN =
            DateTimeFormatter.ofPattern("d MMMM yyyy 'at' HH:mm", Locale.UK).withZone(ZoneId.of("Europe/London"));

    static TokenRow from(ApiToken token) {
        return new TokenRow(
                token.id(), token.name(), format(token.createdAt()), format(token.lastUsedAt()), token.active());
    }

    private static String format(Instant instant) {
        return instant == null ? null : WHEN.format(instant);
    }
}
