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
 * {@code messages_cy.properties} (and an {@code i18n/<module>_cy.properties} per module bundle) and nothing else:
 * every key a template asks for exists in English, every other language's bundle has exactly the English keys, and
 * templates hold no words of their own (but for those still listed in {@link #STILL_IN_ENGLISH}).
 */
class MessageBundleTests {

    static final Path TEMPLATES = Path.of("src/main/jte");
    static final Path RESOURCES = Path.of("src/main/resources");
    /**
     * Templates whose words are still written in them, to be moved into the bundles: the list only shrinks. Every
     * other template (the public site, the page shell, ...) holds no words of its own.
     */
    static final List<String> STILL_IN_ENGLISH = List.of(
            "areas/geography.jte",
            "assessment/compare.jte",
            "assessment/compareTable.jte",
            "assessment/crimeTypeBoxes.jte",
            "assessment/decision.jte",
            "assessment/evidenceList.jte",
            "assessment/heading.jte",
            "assessment/list.jte",
            "assessment/objectives.jte",
            "assessment/overview.jte",
            "assessment/planChange.jte",
            "assessment/rankingTable.jte",
            "assessment/reportDocument.jte",
            "assessment/run.jte",
            "assessment/runs.jte",
            "assessment/scoreCell.jte",
            "assessment/scoreReasons.jte",
            "assessment/theme.jte",
            "assessment/themeNew.jte",
            "assessment/weights.jte",
            "components/checkbox.jte",
            "components/errorSummary.jte",
            "components/select.jte",
            "components/textInput.jte",
            "components/textarea.jte",
            "governance/actionTable.jte",
            "governance/actionUpdateForm.jte",
            "governance/actions.jte",
            "governance/adminAudit.jte",
            "governance/attendanceForm.jte",
            "governance/auditTable.jte",
            "governance/govFormFrame.jte",
            "governance/group.jte",
            "governance/groupTree.jte",
            "governance/groups.jte",
            "governance/meeting.jte",
            "governance/meetingTable.jte",
            "governance/memberTable.jte",
            "governance/organisation.jte",
            "governance/organisationNew.jte",
            "governance/organisations.jte",
            "governance/overview.jte",
            "governance/partnerList.jte",
            "governance/partnerTable.jte",
            "governance/partners.jte",
            "governance/partnership.jte",
            "governance/partnershipAudit.jte",
            "governance/partnershipNew.jte",
            "governance/partnerships.jte",
            "governance/refused.jte",
            "governance/successBanner.jte",
            "governance/workspaceNav.jte",
            "performance/activities.jte",
            "performance/activity.jte",
            "performance/activityTable.jte",
            "performance/feed.jte",
            "performance/indicator.jte",
            "performance/indicatorNew.jte",
            "performance/measure.jte",
            "performance/overdue.jte",
            "performance/overview.jte",
            "performance/pack.jte",
            "performance/packContent.jte",
            "performance/packIndicator.jte",
            "performance/packPrint.jte",
            "performance/packs.jte",
            "performance/spcTable.jte",
            "plan/activity.jte",
            "plan/changes.jte",
            "plan/compare.jte",
            "plan/formFrame.jte",
            "plan/plans.jte",
            "plan/refresh.jte",
            "plan/refused.jte",
            "plan/sectionView.jte",
            "plan/themeTables.jte",
            "plan/version.jte",
            "plan/workPlan.jte",
            "plan/workPlans.jte",
            "publishing/preview.jte",
            "publishing/workspace.jte",
            "publishing/youSaid.jte",
            "security/account.jte",
            "security/admin.jte",
            "security/notice.jte",
            "security/sign-in.jte",
            "security/user-new.jte",
            "security/user.jte",
            "security/users.jte",
            "web/cookies.jte",
            "web/error.jte",
            "web/home.jte",
            "web/licence.jte",
            "web/privacy.jte");
    /** Words that are the same in every language. */
    static final List<String> SAME_IN_EVERY_LANGUAGE = List.of("CSV", "JSON", "PDF", "!", "–", "(", ")", ",", ":");

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
                    .filter(name -> !STILL_IN_ENGLISH.contains(name))
                    .sorted()
                    .toList();
        }
        for (var name : names) {
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
                .as("words written in templates instead of the message bundles")
                .isEmpty();
    }
}
