package org.saferplan.web;

import java.util.Locale;
import org.springframework.context.MessageSource;

/**
 * The user-facing text of a page in the reader's language, from the message bundles
 * ({@code src/main/resources/messages*.properties}). Templates read it as {@code shell.t("key")}; a Welsh version
 * is a {@code messages_cy.properties} beside the English one. A message with arguments is a
 * {@link java.text.MessageFormat} pattern (write an apostrophe as {@code ''} there); one without is used as written.
 */
public final class Messages {

    private final MessageSource source;
    private final Locale locale;

    public Messages(MessageSource source, Locale locale) {
        this.source = source;
        this.locale = locale;
    }

    public String get(String key, Object... args) {
        return source.getMessage(key, args.length == 0 ? null : args, locale);
    }

    /** The language the text is actually in (the bundle's {@code language} key), for {@code <html lang>}. */
    public String language() {
        return source.getMessage("language", null, "en", locale);
    }

    public Locale locale() {
        return locale;
    }
}
