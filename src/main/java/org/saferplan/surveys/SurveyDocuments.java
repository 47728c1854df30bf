package org.saferplan.surveys;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.saferplan.surveys.Records.Survey;
import org.saferplan.surveys.Records.Wave;
import org.saferplan.surveys.web.Forms.FindingForm;
import org.saferplan.surveys.web.Forms.LinkForm;
import org.saferplan.surveys.web.Forms.PublishedForm;
import org.saferplan.surveys.web.Forms.QuestionForm;
import org.saferplan.surveys.web.Forms.ResultForm;
import org.saferplan.surveys.web.Forms.SurveyForm;
import org.saferplan.surveys.web.Forms.WaveForm;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Loads surveys written in the survey text format (see {@code src/main/resources/demo/surveys.txt}) into a
 * partnership through the same services the pages use, so every record is checked and audited. One line per record,
 * fields separated by {@code |}; lists inside a field by {@code ;}. Lines after a {@code survey:} line belong to it.
 * <pre>
 * survey:      name | own or external | source | coverage | link | description
 * wave:        label | date | fieldwork from | fieldwork to | method | sample size | illustrative (yes/no)
 * question:    code | SINGLE, MULTIPLE or YES_NO | text | valid answers | excluded answers
 * result:      name | question code | answers counted | higher, lower or blank (which is better)
 * published:   wave label | result name | percent | base | note
 * summary:     wave label | question code | base | answer=percent; answer=percent | note
 * respondents: wave label | classpath resource of a CSV file
 * finding:     wave label | text, word for word
 * link:        finding text, or question code: answer | THEME or ACTIVITY | its title or text in the current plan
 * </pre>
 */
@Service
public class SurveyDocuments {

    private final Surveys surveys;
    private final SurveyRepository repository;
    private final PlanItems planItems;

    SurveyDocuments(Surveys surveys, SurveyRepository repository, PlanItems planItems) {
        this.surveys = surveys;
        this.repository = repository;
        this.planItems = planItems;
    }

    /** Loads the document into the partnership; a line that cannot be loaded stops it with its line number. */
    @Transactional
    public void load(long partnershipId, String text) {
        Survey survey = null;
        Map<String, Wave> waves = new HashMap<>();
        var lines = text.replace("\r\n", "\n").split("\n");
        for (int n = 0; n < lines.length; n++) {
            var line = lines[n].strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            int colon = line.indexOf(':');
            if (colon < 0) {
                throw new IllegalArgumentException("Line " + (n + 1) + ": expected a keyword and a colon");
            }
            var keyword = line.substring(0, colon).strip();
            var f = fields(line.substring(colon + 1));
            try {
                if (!"survey".equals(keyword) && survey == null) {
                    throw new IllegalArgumentException("a survey: line must come first");
                }
                switch (keyword) {
                    case "survey" -> {
                        survey = surveys.create(
                                partnershipId,
                                new SurveyForm(
                                        f.get(0),
                                        "external".equals(f.get(1)) ? "yes" : "no",
                                        f.get(2),
                                        f.get(3),
                                        f.get(5),
                                        f.get(4)));
                        waves.clear();
                    }
                    case "wave" -> {
                        var wave = surveys.addWave(
                                partnershipId,
                                survey.id(),
                                new WaveForm(f.get(0), f.get(1), f.get(2), f.get(3), f.get(4), f.get(5)),
                                "yes".equals(f.get(6)));
                        waves.put(wave.label(), wave);
                    }
                    case "question" ->
                        surveys.addQuestion(
                                partnershipId,
                                survey.id(),
                                new QuestionForm(f.get(0), f.get(2), f.get(1), list(f.get(3)), list(f.get(4))));
                    case "result" ->
                        surveys.addResult(
                                partnershipId,
                                survey.id(),
                                new ResultForm(f.get(0), questionId(survey, f.get(1)), list(f.get(2)), f.get(3)));
                    case "published" -> {
                        var result = repository.results(survey.id()).stream()
                                .filter(r -> r.name().equals(f.get(1)))
                                .findFirst()
                                .orElseThrow(() -> new IllegalArgumentException("no result " + f.get(1)));
                        surveys.savePublished(
                                partnershipId,
                                survey.id(),
                                new PublishedForm(
                                        String.valueOf(find(waves, f.get(0)).id()),
                                        String.valueOf(result.id()),
                                        f.get(2),
                                        f.get(3),
                                        f.get(4)));
                    }
                    case "summary" -> summary(partnershipId, survey, find(waves, f.get(0)), f);
                    case "respondents" ->
                        surveys.importRespondents(
                                partnershipId,
                                survey.id(),
                                find(waves, f.get(0)).id(),
                                f.get(1),
                                resource(f.get(1)));
                    case "finding" ->
                        surveys.addFinding(
                                partnershipId,
                                survey.id(),
                                new FindingForm(
                                        String.valueOf(find(waves, f.get(0)).id()), f.get(1)));
                    case "link" -> link(partnershipId, survey, f);
                    default -> throw new IllegalArgumentException("unknown keyword " + keyword);
                }
            } catch (org.saferplan.web.InvalidInputException e) {
                throw new IllegalArgumentException("Line " + (n + 1) + ": " + e.problems(), e);
            } catch (RuntimeException e) {
                throw new IllegalArgumentException("Line " + (n + 1) + ": " + e.getMessage(), e);
            }
        }
    }

    private void summary(long partnershipId, Survey survey, Wave wave, List<String> f) {
        var question = repository.questions(survey.id()).stream()
                .filter(q -> q.code().equals(f.get(1)))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no question " + f.get(1)));
        var values = new HashMap<String, String>();
        for (var pair : f.get(3).split(";")) {
            int eq = pair.indexOf('=');
            var label = pair.substring(0, eq).strip();
            var category = question.categories().stream()
                    .filter(c -> c.label().equals(label))
                    .findFirst()
                    .orElseThrow(() -> new IllegalArgumentException("no answer " + label));
            values.put("percent-" + category.id(), pair.substring(eq + 1).strip());
        }
        surveys.saveSummary(
                partnershipId, survey.id(), wave.id(), String.valueOf(question.id()), f.get(2), f.get(4), values);
    }

    private void link(long partnershipId, Survey survey, List<String> f) {
        String concern;
        var said = f.get(0);
        var finding = repository.findings(survey.id()).stream()
                .filter(x -> x.text().equals(said))
                .findFirst();
        if (finding.isPresent()) {
            concern = "finding-" + finding.get().id();
        } else {
            int colon = said.indexOf(':');
            var code = said.substring(0, Math.max(colon, 0)).strip();
            var label = said.substring(colon + 1).strip();
            var category = repository.questions(survey.id()).stream()
                    .filter(q -> q.code().equals(code))
                    .flatMap(q -> q.categories().stream())
                    .filter(c -> c.label().equals(label))
                    .findFirst()
                    .orElseThrow(() -> new IllegalArgumentException("no finding or answer " + said));
            concern = "category-" + category.id();
        }
        var version = planItems
                .current(partnershipId)
                .orElseThrow(() -> new IllegalStateException("Load the plan before the surveys' links"));
        var item = version.items().stream()
                .filter(i -> i.kind().name().equals(f.get(1)) && i.title().equals(f.get(2)))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no plan item " + f.get(2)));
        surveys.link(
                partnershipId,
                survey.id(),
                new LinkForm(concern, item.value()),
                value -> version.items().stream().anyMatch(i -> i.value().equals(value)));
    }

    private String questionId(Survey survey, String code) {
        return repository.questions(survey.id()).stream()
                .filter(q -> q.code().equals(code))
                .findFirst()
                .map(q -> String.valueOf(q.id()))
                .orElse("");
    }

    private static String list(String semicolons) {
        return String.join("\n", semicolons.split(";")).strip();
    }

    private static <T> T find(Map<String, T> byLabel, String label) {
        var found = byLabel.get(label);
        if (found == null) {
            throw new IllegalArgumentException("no wave called \"" + label + "\"");
        }
        return found;
    }

    private static byte[] resource(String path) {
        try {
            return new ClassPathResource(path).getContentAsByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<String> fields(String text) {
        var fields = new ArrayList<String>();
        for (var field : text.split("\\|", -1)) {
            fields.add(field.strip());
        }
        while (fields.size() < 8) {
            fields.add("");
        }
        return fields;
    }
}
