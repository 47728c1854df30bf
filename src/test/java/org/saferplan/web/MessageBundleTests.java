package org.saferplan.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The text of the public pages and the page shell lives in the message bundles, so a Welsh version is a translated
 * {@code messages_cy.properties} and nothing else: every key a template asks for exists in English, every other
 * language's bundle has exactly the English keys, and the public templates hold no words of their own.
 */
class MessageBundleTests {

    static final Path TEMPLATES = Path.of("src/main/jte");
    static final Path RESOURCES = Path.of("src/main/resources");
    /** The templates of public pages and the shell; the workspace's own pages are not here yet. */
    static final List<String> PUBLIC_TEMPLATES = List.of(
            "layout/page.jte",
            "web/accessibility.jte",
            "publishing/frame.jte",
            "publishing/index.jte",
            "publishing/about.jte",
            "publishing/versions.jte",
            "publishing/planBody.jte",
            "publishing/plan.jte",
            "publishing/theme.jte",
            "publishing/text.jte",
            "publishing/workPlans.jte",
            "publishing/statistics.jte",
            "publishing/statisticsBody.jte",
            "publishing/barChart.jte",
            "publishing/openData.jte",
            "publishing/planPrint.jte",
            "publishing/statisticsPrint.jte");
    /** Words that are the same in every language. */
    static final List<String> SAME_IN_EVERY_LANGUAGE = List.of("CSV", "JSON", "PDF", "!", "–", "(", ")", ",", ":");

    static Properties bundle(String name) throws IOException {
        var properties = new Properties();
        try (var in = new InputStreamReader(Files.newInputStream(RESOURCES.resolve(name)), StandardCharsets.UTF_8)) {
            properties.load(in);
        }
        return properties;
    }

    @Test
    void everyKeyATemplateAsksForIsInTheEnglishBundle() throws IOException {
        var english = bundle("messages.properties");
        var missing = new ArrayList<String>();
        var literal = Pattern.compile("\\bt\\(\"([A-Za-z0-9.\\-]+)\"");
        try (Stream<Path> files = Files.walk(TEMPLATES)) {
            for (var file : files.filter(f -> f.toString().endsWith(".jte")).toList()) {
                var text = Files.readString(file);
                literal.matcher(text)
                        .results()
                        .map(m -> m.group(1))
                        .filter(key -> !key.endsWith(".") && !english.containsKey(key))
                        .forEach(key -> missing.add(file + ": " + key));
            }
        }
        // Keys the templates build from a known set of suffixes.
        for (var suffix : List.of("about", "plan", "versions", "statistics", "openData")) {
            check(english, "public.nav." + suffix, missing);
        }
        for (var suffix : List.of(
                "introduction",
                "crime-overview",
                "consultation",
                "priorities",
                "performance-management",
                "governance")) {
            check(english, "public.plan.section." + suffix, missing);
        }
        for (var suffix : List.of("MONITORED", "CROSS_CUTTING", "LINKED_STRATEGY")) {
            check(english, "public.plan.kind." + suffix, missing);
        }
        for (var suffix : List.of("crime-by-month", "crime-by-type", "activities", "measures")) {
            check(english, "public.openData." + suffix, missing);
        }
        for (int i = 1; i <= 6; i++) {
            check(english, "accessibility.able." + i, missing);
        }
        check(english, "nav.home", missing);
        check(english, "nav.public", missing);
        check(english, "nav.signIn", missing);
        assertThat(missing).isEmpty();
    }

    private static void check(Properties bundle, String key, List<String> missing) {
        if (!bundle.containsKey(key)) {
            missing.add(key);
        }
    }

    @Test
    void everyTranslationHasExactlyTheEnglishKeys() throws IOException {
        var english = bundle("messages.properties").stringPropertyNames();
        try (Stream<Path> files = Files.list(RESOURCES)) {
            for (var file : files.map(f -> f.getFileName().toString())
                    .filter(f -> f.startsWith("messages_") && f.endsWith(".properties"))
                    .toList()) {
                assertThat(bundle(file).stringPropertyNames()).as(file).isEqualTo(english);
            }
        }
    }

    @Test
    void thePublicTemplatesHoldNoWordsOfTheirOwn() throws IOException {
        var words = new ArrayList<String>();
        for (var name : PUBLIC_TEMPLATES) {
            var text = Files.readString(TEMPLATES.resolve(name));
            var kept = new StringBuilder();
            for (var line : text.split("\n")) {
                var stripped = line.strip();
                if (!stripped.startsWith("@") && !stripped.startsWith("!{")) {
                    kept.append(line).append('\n');
                }
            }
            var remaining = kept.toString()
                    .replaceAll("\\$\\{[^{}]*(\\{[^{}]*}[^{}]*)*}", " ")
                    .replaceAll("@(if|elseif|for)\\([^\\n]*?\\)(?=<|\\s|$)", " ")
                    .replaceAll("@(endif|endfor|else)", " ")
                    .replace("@`", " ")
                    .replace("`)", " ")
                    .replaceAll("<!DOCTYPE[^>]*>", " ")
                    .replaceAll("<[^>]*>", " ");
            for (var word : remaining.split("\\s+")) {
                if (!word.isBlank() && !SAME_IN_EVERY_LANGUAGE.contains(word)) {
                    words.add(name + ": " + word);
                }
            }
        }
        assertThat(words)
                .as("words written in public templates instead of the message bundles")
                .isEmpty();
    }
}
