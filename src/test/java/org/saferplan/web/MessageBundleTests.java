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
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The words of every template live in the message bundles, so a Welsh version of them is a translated
 * {@code messages_cy.properties} and an {@code i18n/<module>_cy.properties} per module bundle: every key a template
 * asks for exists in English, every other language's bundle has exactly the English keys, and no template holds
 * words of its own. Sentences built in Java (page models, notices) are not in the bundles yet.
 */
class MessageBundleTests {

    static final Path TEMPLATES = Path.of("src/main/jte");
    static final Path RESOURCES = Path.of("src/main/resources");
    /** Words that are the same in every language. */
    static final List<String> SAME_IN_EVERY_LANGUAGE =
            List.of("CSV", "JSON", "PDF", "!", "–", "(", ")", ",", ":", ";", "|", "·");

    /** The English bundles: {@code messages.properties} (page shell and public site) and one per module in i18n/. */
    static List<String> englishBundles() throws IOException {
        var names = new ArrayList<String>();
        names.add("messages.properties");
        try (Stream<Path> files = Files.list(RESOURCES.resolve("i18n"))) {
            files.map(f -> "i18n/" + f.getFileName())
                    .filter(f -> f.endsWith(".properties") && !f.contains("_"))
                    .sorted()
                    .forEach(names::add);
        }
        return names;
    }

    /** Every English message, from all the English bundles. */
    static Properties english() throws IOException {
        var all = new Properties();
        for (var name : englishBundles()) {
            all.putAll(bundle(name));
        }
        return all;
    }

    static Properties bundle(String name) throws IOException {
        var properties = new Properties();
        try (var in = new InputStreamReader(Files.newInputStream(RESOURCES.resolve(name)), StandardCharsets.UTF_8)) {
            properties.load(in);
        }
        return properties;
    }

    @Test
    void everyKeyATemplateAsksForIsInTheEnglishBundle() throws IOException {
        var english = english();
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
    void noKeyIsInTwoBundles() throws IOException {
        var seen = new java.util.HashMap<String, String>();
        var twice = new ArrayList<String>();
        for (var name : englishBundles()) {
            for (var key : bundle(name).stringPropertyNames()) {
                var other = seen.put(key, name);
                if (other != null) {
                    twice.add(key + " in " + other + " and " + name);
                }
            }
        }
        assertThat(twice).isEmpty();
    }

    @Test
    void everyTranslationHasExactlyTheEnglishKeys() throws IOException {
        for (var english : englishBundles()) {
            var base = english.substring(0, english.length() - ".properties".length());
            var folder = RESOURCES.resolve(english).getParent();
            var prefix = Path.of(base).getFileName() + "_";
            try (Stream<Path> files = Files.list(folder)) {
                for (var file : files.filter(f -> f.getFileName().toString().startsWith(prefix)
                                && f.toString().endsWith(".properties"))
                        .toList()) {
                    var translation = RESOURCES.relativize(file).toString();
                    assertThat(bundle(translation).stringPropertyNames())
                            .as(translation)
                            .isEqualTo(bundle(english).stringPropertyNames());
                }
            }
        }
    }

    @Test
    void templatesHoldNoWordsOfTheirOwn() throws IOException {
        var words = new ArrayList<String>();
        List<String> names;
        try (Stream<Path> files = Files.walk(TEMPLATES)) {
            names = files.filter(f -> f.toString().endsWith(".jte"))
                    .map(f -> TEMPLATES.relativize(f).toString())
                    .sorted()
                    .toList();
        }
        for (var name : names) {
            var remaining = textOutsideCode(Files.readString(TEMPLATES.resolve(name)))
                    .replaceAll("<!DOCTYPE[^>]*>", " ")
                    .replaceAll("<[^>]*>", " ");
            for (var word : remaining.split("\\s+")) {
                if (!word.isBlank() && !SAME_IN_EVERY_LANGUAGE.contains(word)) {
                    words.add(name + ": " + word);
                }
            }
        }
        assertThat(words)
                .as("words written in templates instead of the message bundles")
                .isEmpty();
    }

    private static final Pattern CONTROL = Pattern.compile("@(if|elseif|for)\\s*\\(");
    private static final Pattern DECLARATION = Pattern.compile("@(import|param)\\b");
    private static final Pattern END = Pattern.compile("@(endif|endfor|else)\\b");
    private static final Pattern CALL = Pattern.compile("@template\\.[\\w.]+\\s*\\(");

    /**
     * What a template writes of its own: the text outside JTE code. Left out are expressions ({@code ${…}},
     * {@code $unsafe{…}}, {@code !{…}}), conditions and loops with their whole (balanced) parentheses, imports and
     * parameters, and the arguments of template calls, but not the content blocks ({@code @`…`}) passed to them,
     * whose text is the template's own.
     */
    static String textOutsideCode(String template) {
        var out = new StringBuilder();
        // One entry per template call being read: how many of its own parentheses are open.
        var calls = new java.util.ArrayDeque<int[]>();
        boolean text = true;
        int i = 0;
        while (i < template.length()) {
            char c = template.charAt(i);
            if (!text) {
                if (template.startsWith("@`", i)) {
                    text = true;
                    i += 2;
                } else if (c == '"') {
                    i = afterString(template, i);
                } else if (c == '(') {
                    calls.peek()[0]++;
                    i++;
                } else if (c == ')' && calls.peek()[0] > 0) {
                    calls.peek()[0]--;
                    i++;
                } else if (c == ')') {
                    calls.pop();
                    text = true;
                    i++;
                } else {
                    i++;
                }
                continue;
            }
            Matcher m;
            if (template.startsWith("${", i) || template.startsWith("!{", i)) {
                i = afterBalanced(template, i + 1);
            } else if (template.startsWith("$unsafe{", i)) {
                i = afterBalanced(template, i + 7);
            } else if ((m = CONTROL.matcher(template).region(i, template.length())).lookingAt()) {
                i = afterBalanced(template, m.end() - 1);
            } else if (DECLARATION
                    .matcher(template)
                    .region(i, template.length())
                    .lookingAt()) {
                int end = template.indexOf('\n', i);
                i = end < 0 ? template.length() : end;
            } else if ((m = END.matcher(template).region(i, template.length())).lookingAt()) {
                i = m.end();
            } else if ((m = CALL.matcher(template).region(i, template.length())).lookingAt()) {
                calls.push(new int[] {0});
                text = false;
                i = m.end();
            } else if (c == '`' && !calls.isEmpty()) {
                text = false; // the end of a content block: back in the call's arguments
                i++;
            } else {
                out.append(c);
                i++;
                continue;
            }
            out.append(' ');
        }
        return out.toString();
    }

    /** The index after the bracket that closes the one at {@code open}, string literals skipped. */
    private static int afterBalanced(String text, int open) {
        char opening = text.charAt(open);
        char closing = opening == '(' ? ')' : '}';
        int depth = 0;
        int i = open;
        while (i < text.length()) {
            char c = text.charAt(i);
            if (c == '"') {
                i = afterString(text, i);
                continue;
            }
            if (c == opening) {
                depth++;
            } else if (c == closing && --depth == 0) {
                return i + 1;
            }
            i++;
        }
        return text.length();
    }

    private static int afterString(String text, int quote) {
        int i = quote + 1;
        while (i < text.length() && text.charAt(i) != '"') {
            i += text.charAt(i) == '\\' ? 2 : 1;
        }
        return i + 1;
    }

    @Test
    void textOutsideCodeKeepsTheWordsOfContentBlocksOnly() {
        var template = """
                @import org.saferplan.web.Shell
                @param Shell shell
                @template.layout.page(shell = shell, title = shell.t("a.title"), content = @`
                  <h1>${shell.t("a.heading", (1 + 2))}</h1>
                  @if(shell.user() == null && "x)".isEmpty())Signed out@else${shell.t("a.in")}@endif
                  @for(var x : java.util.List.of(1, 2))!{var y = x;}<p>Item</p>@endfor
                  @template.parts.row(label = "Not a word here", body = @`<td>Cell</td>`)
                `)
                """;
        assertThat(textOutsideCode(template).replaceAll("<[^>]*>", " ").split("\\s+"))
                .filteredOn(word -> !word.isBlank())
                .containsExactly("Signed", "out", "Item", "Cell");
    }
}
