package org.saferplan.assessment;

import gg.jte.TemplateEngine;
import gg.jte.output.StringOutput;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.saferplan.assessment.AssessmentRepository.ThemeRow;
import org.saferplan.assessment.web.Comparison;
import org.saferplan.assessment.web.PlanChange;
import org.saferplan.assessment.web.Ranking;
import org.saferplan.assessment.web.Report;
import org.saferplan.audit.AuditTrail;
import org.saferplan.governance.Partnership;
import org.saferplan.plan.PlanLookup;
import org.saferplan.plan.Plans;
import org.saferplan.security.CurrentUser;
import org.saferplan.security.Role;
import org.saferplan.web.InvalidInputException;
import org.saferplan.web.InvalidInputException.Problem;
import org.saferplan.web.Messages;
import org.saferplan.web.Shell;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.server.ResponseStatusException;
import tools.jackson.databind.ObjectMapper;

/**
 * Strategic assessments: creating one with its default themes, themes and their evidence, police and crime plan
 * objectives, scores and weights, the ranking, the partnership's decision (which updates the plan's next refresh),
 * the report, and re-runs. Every change finds its records within the partnership, lets the assessment refuse
 * changes once agreed, and is audited in the same transaction.
 */
@Service
class Assessments {

    static final String ASSESSMENT = "assessment";
    static final String THEME = "assessment_theme";
    static final String SCORE = "assessment_score";
    static final String EVIDENCE = "assessment_evidence";
    static final String OBJECTIVE = "assessment_objective";
    static final String WEIGHTS = "assessment_dimension";
    static final String RUN = "assessment_run";
    static final String REPORT_TEMPLATE = "assessment/reportDocument.jte";
    static final String HATE_CRIME = "Hate Crime";

    /**
     * Police.uk crime types for default themes whose title contains one of these words. Police.uk cannot separate sexual offences
     * from violence, or domestic abuse, fraud, rural crime, modern slavery or hate crime, so those themes start with
     * no crime series and rely on other evidence.
     */
    static final Map<String, List<String>> DEFAULT_TYPES = Map.of(
            "anti-social behaviour", List.of(CrimeEvidence.ASB),
            "public place violence", List.of("Violence and sexual offences", "Public order"),
            "county lines", List.of("Drugs", "Possession of weapons"),
            "burglary", List.of("Burglary"),
            "shoplifting", List.of("Shoplifting"),
            "vehicle crime", List.of("Vehicle crime"));

    private static final List<String> CAVEATS = List.of(
            "Crime figures are police.uk street-level data, not official statistics; police.uk types mix offences"
                    + " of very different harm (violence and sexual offences together, for example), and domestic"
                    + " abuse, fraud, hate crime and modern slavery are not separated in it.",
            "Rates use resident populations, which overstate rates where many people visit (town centres, the night"
                    + " time economy).",
            "Harm weights are approximate Cambridge Crime Harm Index days per police.uk type (methods.md §6.3):"
                    + " another index (the ONS Crime Severity Score) can rank themes differently.",
            "Suggested scores follow the rules stated beside them; those marked as SaferPlan's are our own rules, not"
                    + " an official method. An analyst's score replaces a suggestion only with a written reason.",
            "Evidence entered by hand (survey findings, partner figures) is shown as entered.");

    private final AssessmentRepository repository;
    private final List<EvidenceSource> sources;
    private final CrimeEvidence crime;
    private final PartnerEvidence partnerEvidence;
    private final AuditTrail audit;
    private final PlanLookup plan;
    private final Plans plans;
    private final CurrentUser currentUser;
    private final ObjectMapper json;
    private final TemplateEngine templates;
    private final MessageSource messages;

    Assessments(
            AssessmentRepository repository,
            List<EvidenceSource> sources,
            CrimeEvidence crime,
            PartnerEvidence partnerEvidence,
            AuditTrail audit,
            PlanLookup plan,
            Plans plans,
            CurrentUser currentUser,
            ObjectMapper json,
            TemplateEngine templates,
            MessageSource messages) {
        this.repository = repository;
        this.sources = sources;
        this.crime = crime;
        this.partnerEvidence = partnerEvidence;
        this.audit = audit;
        this.plan = plan;
        this.plans = plans;
        this.currentUser = currentUser;
        this.json = json;
        this.templates = templates;
        this.messages = messages;
    }

    List<Assessment> all(long partnershipId) {
        return repository.all(partnershipId);
    }

    Assessment get(long partnershipId, int year) {
        return repository.byYear(partnershipId, year, false).orElseThrow(Assessments::notFound);
    }

    Assessment byId(long partnershipId, long id) {
        return repository.byId(partnershipId, id).orElseThrow(Assessments::notFound);
    }

    List<ThemeRow> themes(Assessment assessment) {
        return repository.themes(assessment.id());
    }

    ThemeRow theme(Assessment assessment, long themeId) {
        return themes(assessment).stream()
                .filter(t -> t.id() == themeId)
                .findFirst()
                .orElseThrow(Assessments::notFound);
    }

    List<Dimension> dimensions(Assessment assessment) {
        return repository.dimensions(assessment.id());
    }

    List<AssessmentRepository.Objective> objectives(Assessment assessment) {
        return repository.objectives(assessment.id());
    }

    Map<Long, List<Long>> alignments(Assessment assessment) {
        return repository.alignments(assessment.id());
    }

    List<AssessmentRepository.Score> scores(Assessment assessment) {
        return repository.scores(assessment.id());
    }

    /**
     * Starts a year's assessment as a draft, with the current plan's priorities and hate crime as its themes (a
     * theme of the plan whose title names hate crime keeps the plan's title).
     */
    @Transactional
    Assessment create(long partnershipId, String yearText, String matrixText) {
        var problems = new ArrayList<Problem>();
        Integer year = null;
        var clean = yearText == null ? "" : yearText.strip();
        if (!clean.matches("^[0-9]{4}$") || Integer.parseInt(clean) < 2000 || Integer.parseInt(clean) > 2100) {
            problems.add(new Problem("year", "Enter the year of the assessment, like 2021"));
        } else {
            year = Integer.parseInt(clean);
            if (repository.byYear(partnershipId, year, false).isPresent()) {
                problems.add(new Problem("year", "The partnership already has a strategic assessment for " + year));
            }
        }
        Matrix matrix = null;
        try {
            matrix = Matrix.valueOf(matrixText == null ? "" : matrixText);
        } catch (IllegalArgumentException e) {
            problems.add(new Problem("matrix", "Choose the scoring matrix"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        var title = "Strategic Assessment " + year;
        long id = repository.insert(partnershipId, year, title, matrix, AuditTrail.currentActor());
        var created = byId(partnershipId, id);
        audit.created(partnershipId, ASSESSMENT, id, created.auditValues());
        var titles = new ArrayList<String>();
        plan.currentVersion(partnershipId)
                .ifPresent(version -> plan.themes(partnershipId, version.id()).stream()
                        .filter(t -> "PRIORITY".equals(t.kind()))
                        .forEach(t -> titles.add(t.title())));
        var hate = plan.currentVersion(partnershipId).stream()
                .flatMap(version -> plan.themes(partnershipId, version.id()).stream())
                .map(PlanLookup.ThemeRef::title)
                .filter(t -> t.toLowerCase(Locale.ROOT).contains("hate crime"))
                .findFirst()
                .orElse(HATE_CRIME);
        if (titles.stream().noneMatch(t -> t.equalsIgnoreCase(hate))) {
            titles.add(hate);
        }
        for (var theme : titles) {
            var types = DEFAULT_TYPES.entrySet().stream()
                    .filter(e -> PlanEvidence.key(theme).contains(e.getKey()))
                    .map(Map.Entry::getValue)
                    .findFirst()
                    .orElse(List.of());
            long themeId = repository.insertTheme(
                    id, theme, "", hate.equals(theme) ? "Hate crime (default)" : "Plan priority", types);
            audit.created(
                    partnershipId, THEME, themeId, Map.of("assessment", title, "title", theme, "crimeTypes", types));
        }
        return created;
    }

    @Transactional
    long addTheme(long partnershipId, int year, String title, String description, List<String> crimeTypes) {
        var assessment = editable(partnershipId, year);
        var problems = new ArrayList<Problem>();
        var clean = required(title, "title", "Enter the theme's title", 200, problems);
        var text = description == null ? "" : description.strip();
        if (text.length() > 2000) {
            problems.add(new Problem("description", "The description must be 2,000 characters or fewer"));
        }
        var types = crimeTypes(crimeTypes, problems);
        if (clean != null && repository.titleTaken(assessment.id(), clean)) {
            problems.add(new Problem("title", "The assessment already has a theme called " + clean));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        long id = repository.insertTheme(assessment.id(), clean, text, "Added by an analyst", types);
        audit.created(
                partnershipId,
                THEME,
                id,
                Map.of("assessment", assessment.title(), "title", clean, "crimeTypes", types));
        return id;
    }

    @Transactional
    void setCrimeTypes(long partnershipId, int year, long themeId, List<String> crimeTypes) {
        var assessment = editable(partnershipId, year);
        var theme = theme(assessment, themeId);
        var problems = new ArrayList<Problem>();
        var types = crimeTypes(crimeTypes, problems);
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        repository.setCrimeTypes(themeId, types);
        audit.updated(
                partnershipId, THEME, themeId, Map.of("crimeTypes", theme.crimeTypes()), Map.of("crimeTypes", types));
    }

    /** Links the theme to partner datasets of the partnership (evidence module), replacing earlier links. */
    @Transactional
    void setDatasets(long partnershipId, int year, long themeId, List<String> datasetIds) {
        var assessment = editable(partnershipId, year);
        var theme = theme(assessment, themeId);
        var known = partnerEvidence.datasets(partnershipId);
        var ids = new ArrayList<Long>();
        for (var text : datasetIds == null ? List.<String>of() : datasetIds) {
            var id = known.keySet().stream()
                    .filter(k -> String.valueOf(k).equals(text))
                    .findFirst();
            if (id.isEmpty()) {
                throw new InvalidInputException("datasets", "Choose datasets from the partnership's evidence");
            }
            if (!ids.contains(id.get())) {
                ids.add(id.get());
            }
        }
        repository.setDatasets(themeId, ids);
        audit.updated(
                partnershipId,
                THEME,
                themeId,
                Map.of(
                        "datasets",
                        theme.datasetIds().stream()
                                .map(id -> known.getOrDefault(id, "#" + id))
                                .toList()),
                Map.of("datasets", ids.stream().map(known::get).toList()));
    }

    Map<Long, String> datasets(long partnershipId) {
        return partnerEvidence.datasets(partnershipId);
    }

    @Transactional
    void addObjective(long partnershipId, int year, String text) {
        var assessment = editable(partnershipId, year);
        var problems = new ArrayList<Problem>();
        var clean = required(text, "objective", "Enter the police and crime plan objective", 500, problems);
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        long id = repository.insertObjective(assessment.id(), clean);
        audit.created(partnershipId, OBJECTIVE, id, Map.of("assessment", assessment.title(), "text", clean));
    }

    @Transactional
    void align(long partnershipId, int year, long themeId, List<String> objectiveIds) {
        var assessment = editable(partnershipId, year);
        theme(assessment, themeId);
        var known = new HashMap<Long, String>();
        repository.objectives(assessment.id()).forEach(o -> known.put(o.id(), o.text()));
        var ids = new ArrayList<Long>();
        for (var text : objectiveIds == null ? List.<String>of() : objectiveIds) {
            try {
                long id = Long.parseLong(text);
                if (!known.containsKey(id)) {
                    throw new NumberFormatException();
                }
                if (!ids.contains(id)) {
                    ids.add(id);
                }
            } catch (NumberFormatException e) {
                throw new InvalidInputException("objectives", "Choose objectives from the assessment's list");
            }
        }
        var before = repository.alignments(assessment.id()).getOrDefault(themeId, List.of());
        repository.setAlignments(themeId, ids);
        audit.updated(
                partnershipId,
                THEME,
                themeId,
                Map.of("objectives", before.stream().map(known::get).toList()),
                Map.of("objectives", ids.stream().map(known::get).toList()));
    }

    @Transactional
    void addEvidence(long partnershipId, int year, long themeId, String text, String source, String date, String link) {
        var assessment = editable(partnershipId, year);
        theme(assessment, themeId);
        var problems = new ArrayList<Problem>();
        var cleanText = required(text, "evidenceText", "Enter what the evidence says", 2000, problems);
        var cleanSource = required(source, "evidenceSource", "Enter where the evidence comes from", 300, problems);
        LocalDate when = null;
        if (date != null && !date.isBlank()) {
            try {
                when = LocalDate.parse(date.strip());
            } catch (DateTimeParseException e) {
                problems.add(new Problem("evidenceDate", "Enter the date as YYYY-MM-DD, like 2021-03-31"));
            }
        }
        var cleanLink = link == null ? "" : link.strip();
        if (!cleanLink.isEmpty() && !cleanLink.matches("^(https?://|/)\\S+$")) {
            problems.add(new Problem("evidenceLink", "Enter a link starting with https:// or http://"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        long id = repository.insertManualItem(
                themeId, cleanText, cleanSource, when, cleanLink, AuditTrail.currentActor());
        var values = new LinkedHashMap<String, Object>();
        values.put("themeId", themeId);
        values.put("text", cleanText);
        values.put("source", cleanSource);
        values.put("date", when == null ? null : when.toString());
        values.put("link", cleanLink);
        audit.created(partnershipId, EVIDENCE, id, values);
    }

    /**
     * Sets a theme's score on a dimension. A written reason is required, whether the score overrides a suggestion
     * or stands where no rule applies; it is kept with the score and in the audit trail with the suggestion.
     */
    @Transactional
    void score(
            long partnershipId,
            String slug,
            int year,
            long themeId,
            String dimension,
            String scoreText,
            String reason) {
        var assessment = editable(partnershipId, year);
        theme(assessment, themeId);
        var problems = new ArrayList<Problem>();
        var dimensions = repository.dimensions(assessment.id());
        if (dimensions.stream().noneMatch(d -> d.key().equals(dimension))) {
            problems.add(new Problem("dimension", "Choose the dimension to score"));
        }
        Integer score = null;
        if (scoreText == null || !scoreText.strip().matches("^[1-5]$")) {
            problems.add(new Problem("score", "Choose a score from 1 to 5"));
        } else {
            score = Integer.parseInt(scoreText.strip());
        }
        var cleanReason = required(
                reason,
                "reason",
                "Enter the reason for this score: it is kept beside the score" + " and in the audit trail",
                2000,
                problems);
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        var cell = live(partnershipId, slug, assessment).themes().stream()
                .filter(r -> r.themeId() == themeId)
                .findFirst()
                .orElseThrow()
                .score(dimension);
        saveScore(partnershipId, themeId, dimension, score, cleanReason, cell);
    }

    /** Stores a checked score, auditing it with the score and suggestion it replaces ({@code current}). */
    void saveScore(long partnershipId, long themeId, String dimension, int score, String reason, Ranking.Cell current) {
        var before = new LinkedHashMap<String, Object>();
        before.put("dimension", dimension);
        before.put("score", current.score());
        before.put("suggested", current.suggested());
        before.put("reason", current.reason());
        repository.saveScore(themeId, dimension, score, reason, AuditTrail.currentActor());
        var after = new LinkedHashMap<String, Object>();
        after.put("dimension", dimension);
        after.put("score", score);
        after.put("suggested", current.suggested());
        after.put("reason", reason);
        audit.updated(partnershipId, SCORE, themeId + "/" + dimension, before, after);
    }

    @Transactional
    void setWeights(long partnershipId, int year, Map<String, String> weights) {
        var assessment = editable(partnershipId, year);
        var dimensions = repository.dimensions(assessment.id());
        var problems = new ArrayList<Problem>();
        var parsed = new LinkedHashMap<String, BigDecimal>();
        for (var d : dimensions) {
            var text = weights.getOrDefault("weight-" + d.key(), "").strip();
            try {
                var weight = new BigDecimal(text);
                if (weight.signum() < 0 || weight.compareTo(BigDecimal.TEN) > 0 || weight.scale() > 2) {
                    throw new NumberFormatException();
                }
                parsed.put(d.key(), weight);
            } catch (NumberFormatException e) {
                problems.add(new Problem(
                        "weight-" + d.key(),
                        "Enter the weight of " + d.label().toLowerCase(Locale.UK)
                                + " as a number from 0 to 10, like 1 or 1.5"));
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        var before = new LinkedHashMap<String, Object>();
        dimensions.forEach(d -> before.put(d.key(), d.weight().toPlainString()));
        parsed.forEach((key, weight) -> repository.setWeight(assessment.id(), key, weight));
        var after = new LinkedHashMap<String, Object>();
        parsed.forEach((key, weight) -> after.put(key, weight.toPlainString()));
        audit.updated(partnershipId, WEIGHTS, assessment.id(), before, after);
    }

    /** The ranking as the pages show it: as agreed once agreed, else worked out now. */
    Ranking ranking(long partnershipId, String slug, Assessment assessment) {
        if (assessment.agreed()) {
            return repository
                    .agreed(assessment.id())
                    .map(a -> json.readValue(a.ranking(), Ranking.class))
                    .orElseThrow();
        }
        return live(partnershipId, slug, assessment);
    }

    /** The ranking worked out now from the stored themes, scores and weights and the evidence sources' data. */
    Ranking live(long partnershipId, String slug, Assessment assessment) {
        var themes = repository.themes(assessment.id());
        var dimensions = repository.dimensions(assessment.id());
        var subject = new EvidenceSource.Subject(
                partnershipId,
                slug,
                assessment.id(),
                assessment.year(),
                themes.stream()
                        .map(t -> new EvidenceSource.Topic(t.id(), t.title(), t.crimeTypes(), t.datasetIds()))
                        .toList());
        var evidence = new HashMap<Long, List<EvidenceSource.Evidence>>();
        for (var source : sources) {
            source.evidence(subject)
                    .forEach((theme, items) -> evidence.computeIfAbsent(theme, k -> new ArrayList<>())
                            .addAll(items));
        }
        var suggestions = suggestions(dimensions, themes, evidence);
        var scores = new HashMap<String, AssessmentRepository.Score>();
        repository.scores(assessment.id()).forEach(s -> scores.put(s.themeId() + "/" + s.dimension(), s));
        var objectives = new HashMap<Long, String>();
        repository.objectives(assessment.id()).forEach(o -> objectives.put(o.id(), o.text()));
        var alignments = repository.alignments(assessment.id());
        record Scored(ThemeRow theme, List<Ranking.Cell> cells, double total, boolean complete, int tie) {}
        var scored = new ArrayList<Scored>();
        var tieBreak = assessment.matrix().tieBreak();
        for (var theme : themes) {
            var cells = new ArrayList<Ranking.Cell>();
            double sum = 0;
            double factor = 1;
            boolean complete = true;
            int tie = 0;
            for (var d : dimensions) {
                var suggestion = suggestions.get(theme.id() + "/" + d.key());
                var set = scores.get(theme.id() + "/" + d.key());
                Integer score =
                        set != null ? Integer.valueOf(set.score()) : suggestion == null ? null : suggestion.score();
                cells.add(new Ranking.Cell(
                        d.key(),
                        d.label(),
                        score,
                        suggestion == null ? null : suggestion.score(),
                        suggestion == null ? null : suggestion.basis(),
                        ScoringRules.statement(d.rule()),
                        set == null ? null : set.reason(),
                        set == null ? null : set.by()));
                if (d.key().equals(tieBreak) && score != null) {
                    tie = score;
                }
                if ("RECORD".equals(d.role())) {
                    continue;
                }
                if (score == null) {
                    complete = false;
                } else if ("FACTOR".equals(d.role())) {
                    factor *= score;
                } else {
                    sum += d.weight().doubleValue() * score;
                }
            }
            scored.add(new Scored(theme, cells, sum * factor, complete, tie));
        }
        scored.sort(Comparator.comparingDouble((Scored s) -> -s.total())
                .thenComparingInt(s -> -s.tie())
                .thenComparing(s -> s.theme().title().toLowerCase(Locale.ROOT)));
        var rows = new ArrayList<Ranking.Row>();
        for (int i = 0; i < scored.size(); i++) {
            var s = scored.get(i);
            var theme = s.theme();
            var items = evidence.getOrDefault(theme.id(), List.of()).stream()
                    .map(e -> new Ranking.Item(e.kind(), e.text(), e.source(), e.period(), e.link()))
                    .toList();
            rows.add(new Ranking.Row(
                    theme.id(),
                    theme.title(),
                    i + 1,
                    s.total(),
                    Views.number(s.total()),
                    s.complete(),
                    s.cells(),
                    items,
                    alignments.getOrDefault(theme.id(), List.of()).stream()
                            .map(objectives::get)
                            .toList(),
                    theme.agreed(),
                    theme.decisionReason(),
                    Views.href(slug, assessment.year()) + "/themes/" + theme.id()));
        }
        var columns = dimensions.stream()
                .map(d -> new Ranking.Column(
                        d.key(),
                        d.label(),
                        d.description(),
                        d.weight().stripTrailingZeros().toPlainString(),
                        d.role(),
                        ScoringRules.statement(d.rule())))
                .toList();
        var period = crime.scope(partnershipId)
                .flatMap(crime::period)
                .map(CrimeEvidence.Period::words)
                .orElse("no police.uk crime stored for the area");
        return new Ranking(
                assessment.matrix().name(),
                assessment.matrix().label(),
                assessment.matrix().method(),
                period,
                columns,
                rows,
                Instant.now(),
                CAVEATS);
    }

    /** A rule's suggestion for one theme and dimension. */
    record Suggestion(int score, String basis) {}

    private static Map<String, Suggestion> suggestions(
            List<Dimension> dimensions, List<ThemeRow> themes, Map<Long, List<EvidenceSource.Evidence>> evidence) {
        var suggestions = new HashMap<String, Suggestion>();
        for (var d : dimensions) {
            if (d.rule() == null) {
                continue;
            }
            var signals = new LinkedHashMap<Long, EvidenceSource.Signal>();
            for (var theme : themes) {
                evidence.getOrDefault(theme.id(), List.of()).stream()
                        .flatMap(e -> e.signals().stream())
                        .filter(s -> s.rule().equals(d.rule()))
                        .findFirst()
                        .ifPresent(s -> signals.put(theme.id(), s));
            }
            if (ScoringRules.relative(d.rule())) {
                var figures = new LinkedHashMap<Long, Double>();
                signals.forEach((theme, s) -> figures.put(theme, s.value()));
                ScoringRules.fifths(figures)
                        .forEach((theme, score) -> suggestions.put(
                                theme + "/" + d.key(),
                                new Suggestion(
                                        score,
                                        signals.get(theme).basis() + " (placed among " + figures.size()
                                                + " themes with a figure)")));
            } else {
                signals.forEach((theme, s) -> {
                    if (s.score() != null) {
                        suggestions.put(theme + "/" + d.key(), new Suggestion(s.score(), s.basis()));
                    }
                });
            }
        }
        return suggestions;
    }

    /**
     * The partnership agrees its priorities: only its coordinator may (403 for anyone else). Each agreed theme
     * needs the reason it is a priority.
     */
    @Transactional
    PlanChange agree(Partnership partnership, int year, List<String> agreedIds, Map<String, String> reasons) {
        if (!currentUser.hasRole(partnership.id(), Role.COORDINATOR)) {
            throw new NotCoordinator();
        }
        return agreeAs(partnership, year, agreedIds, reasons, true);
    }

    /**
     * Agrees without the role check, for the demo loader (which runs before anyone signs in). With
     * {@code updatePlan} false the plan is only read: the decision is recorded against the current plan version,
     * whose priorities must already be the agreed ones (a past assessment whose refresh is already in the plan).
     */
    @Transactional
    PlanChange agreeAs(
            Partnership partnership,
            int year,
            List<String> agreedIds,
            Map<String, String> reasons,
            boolean updatePlan) {
        var before = repository.byYear(partnership.id(), year, true).orElseThrow(Assessments::notFound);
        before.requireDraft();
        var themes = repository.themes(before.id());
        var chosen = new HashSet<Long>();
        for (var id : agreedIds == null ? List.<String>of() : agreedIds) {
            themes.stream()
                    .filter(t -> String.valueOf(t.id()).equals(id))
                    .findFirst()
                    .map(ThemeRow::id)
                    .ifPresent(chosen::add);
        }
        var problems = new ArrayList<Problem>();
        if (chosen.isEmpty()) {
            problems.add(new Problem("agreed", "Choose the themes the partnership agrees as its priorities"));
        }
        var cleanReasons = new HashMap<Long, String>();
        for (var theme : themes) {
            var reason = reasons.getOrDefault("reason-" + theme.id(), "").strip();
            if (chosen.contains(theme.id()) && reason.isEmpty()) {
                problems.add(new Problem("reason-" + theme.id(), "Enter why " + theme.title() + " is a priority"));
            } else if (reason.length() > 2000) {
                problems.add(new Problem("reason-" + theme.id(), "The reason must be 2,000 characters or fewer"));
            }
            cleanReasons.put(theme.id(), reason);
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        var agreedTitles = new ArrayList<String>();
        for (var theme : themes) {
            boolean agreed = chosen.contains(theme.id());
            var reason = agreed ? cleanReasons.get(theme.id()) : "";
            repository.setDecision(theme.id(), agreed, reason);
            if (agreed) {
                audit.updated(
                        partnership.id(),
                        THEME,
                        theme.id(),
                        Map.of("agreed", theme.agreed()),
                        Map.of("agreed", true, "reason", reason));
            }
        }
        var ranking = live(partnership.id(), partnership.slug(), before);
        ranking.themes().stream().filter(Ranking.Row::agreed).forEach(r -> agreedTitles.add(r.title()));
        var change = updatePlan
                ? planChange(plans.agreePriorities(
                        partnership.id(), agreedTitles, "Agreed from the " + before.title() + "."))
                : recordedAgainstCurrent(partnership.id(), agreedTitles);
        var after = before.agree(AuditTrail.currentActor(), Instant.now());
        var report = report(partnership, after, ranking, change);
        repository.agree(after, json.writeValueAsString(ranking), render(report), json.writeValueAsString(change));
        var values = after.auditValues();
        values.put("priorities", agreedTitles);
        values.put("planAdded", change.added());
        values.put("planKept", change.kept());
        values.put("planDropped", change.dropped());
        audit.updated(partnership.id(), ASSESSMENT, before.id(), before.auditValues(), values);
        return change;
    }

    private static PlanChange planChange(Plans.PriorityUpdate update) {
        return new PlanChange(
                update.plan(),
                update.version(),
                update.versionId(),
                update.refreshStarted(),
                update.added(),
                update.kept(),
                update.dropped());
    }

    private PlanChange recordedAgainstCurrent(long partnershipId, List<String> agreedTitles) {
        var version = plan.currentVersion(partnershipId)
                .orElseThrow(() -> new IllegalStateException("The partnership has no plan to record against"));
        var priorities = plan.themes(partnershipId, version.id()).stream()
                .filter(t -> "PRIORITY".equals(t.kind()))
                .map(PlanLookup.ThemeRef::title)
                .toList();
        var keys = agreedTitles.stream().map(PlanEvidence::key).toList();
        var missing = agreedTitles.stream()
                .filter(t ->
                        priorities.stream().noneMatch(p -> PlanEvidence.key(p).equals(PlanEvidence.key(t))))
                .toList();
        if (!missing.isEmpty()) {
            throw new IllegalStateException("Not priorities of " + version.label() + ": " + missing);
        }
        return new PlanChange(
                version.planTitle(),
                version.label(),
                version.id(),
                false,
                List.of(),
                priorities.stream()
                        .filter(p -> keys.contains(PlanEvidence.key(p)))
                        .toList(),
                priorities.stream()
                        .filter(p -> !keys.contains(PlanEvidence.key(p)))
                        .toList());
    }

    Optional<PlanChange> planChange(Assessment assessment) {
        return repository
                .agreed(assessment.id())
                .filter(a -> a.planUpdate() != null)
                .map(a -> json.readValue(a.planUpdate(), PlanChange.class));
    }

    /** The report as a complete HTML document: as stored when agreed, else rendered now (marked as a draft). */
    String reportHtml(Partnership partnership, Assessment assessment) {
        if (assessment.agreed()) {
            return repository
                    .agreed(assessment.id())
                    .map(AssessmentRepository.Agreed::reportHtml)
                    .orElseThrow();
        }
        return render(report(partnership, assessment, live(partnership.id(), partnership.slug(), assessment), null));
    }

    private Report report(Partnership partnership, Assessment assessment, Ranking ranking, PlanChange change) {
        var previous = previous(partnership, assessment)
                .map(p -> compare(
                        p.title() + (p.agreed() ? " (agreed)" : ""),
                        ranking(partnership.id(), partnership.slug(), p),
                        assessment.title(),
                        ranking))
                .orElse(null);
        double max =
                ranking.themes().stream().mapToDouble(Ranking.Row::total).max().orElse(0);
        var bars = new ArrayList<Report.Bar>();
        for (int i = 0; i < ranking.themes().size(); i++) {
            var row = ranking.themes().get(i);
            bars.add(new Report.Bar(row.title(), row.totalText(), max > 0 ? row.total() / max : 0, i * 24));
        }
        return new Report(
                partnership.name(),
                assessment.title(),
                assessment.statusLabel(),
                assessment.agreed()
                        ? "Agreed by " + assessment.agreedBy() + " on " + Views.date(assessment.agreedAt())
                        : "Draft: not yet agreed",
                ranking,
                change,
                previous,
                bars);
    }

    private String render(Report report) {
        var output = new StringOutput();
        // The report is kept as it was written, in the language of whoever wrote it.
        var shell = new Shell(null, null, List.of(), null, new Messages(messages, LocaleContextHolder.getLocale()));
        templates.render(REPORT_TEMPLATE, Map.of("shell", shell, "report", report), output);
        return output.toString();
    }

    /** The partnership's latest assessment before this one, if any. */
    Optional<Assessment> previous(Partnership partnership, Assessment assessment) {
        return repository.all(partnership.id()).stream()
                .filter(a -> a.year() < assessment.year())
                .findFirst();
    }

    /** The partnership's latest agreed assessment, if any. */
    Optional<Assessment> lastAgreed(long partnershipId) {
        return repository.all(partnershipId).stream().filter(Assessment::agreed).findFirst();
    }

    /** Re-runs the ranking with today's data and stores it, dated; allowed on an agreed assessment too. */
    @Transactional
    long run(Partnership partnership, int year) {
        var assessment = get(partnership.id(), year);
        var ranking = live(partnership.id(), partnership.slug(), assessment);
        long id = repository.insertRun(assessment.id(), AuditTrail.currentActor(), json.writeValueAsString(ranking));
        audit.created(
                partnership.id(),
                RUN,
                id,
                Map.of(
                        "assessment",
                        assessment.title(),
                        "top",
                        ranking.themes().stream()
                                .limit(3)
                                .map(Ranking.Row::title)
                                .toList()));
        return id;
    }

    record StoredRun(long id, Instant at, String by, Ranking ranking) {}

    List<StoredRun> runs(Assessment assessment) {
        return repository.runs(assessment.id()).stream()
                .map(r -> new StoredRun(r.id(), r.at(), r.by(), json.readValue(r.ranking(), Ranking.class)))
                .toList();
    }

    /** The changes from one ranking to another, theme by theme (matched by title), in the later ranking's order. */
    static Comparison compare(String fromLabel, Ranking from, String toLabel, Ranking to) {
        var before = new LinkedHashMap<String, Ranking.Row>();
        from.themes().forEach(r -> before.put(PlanEvidence.key(r.title()), r));
        var changes = new ArrayList<Comparison.Change>();
        for (var row : to.themes()) {
            var old = before.remove(PlanEvidence.key(row.title()));
            var scoreChanges = new ArrayList<String>();
            var newEvidence = new ArrayList<String>();
            if (old != null) {
                for (var cell : row.scores()) {
                    var was = old.score(cell.dimension());
                    var wasScore = was == null ? null : was.score();
                    if (!java.util.Objects.equals(wasScore, cell.score())) {
                        scoreChanges.add(cell.label() + " " + (wasScore == null ? "unscored" : wasScore) + " → "
                                + (cell.score() == null ? "unscored" : cell.score()));
                    }
                }
                var known = new HashSet<String>();
                old.evidence().forEach(e -> known.add(e.text()));
                row.evidence().stream()
                        .filter(e -> !known.contains(e.text()))
                        .forEach(
                                e -> newEvidence.add(e.text() + (e.period().isEmpty() ? "" : " (" + e.period() + ")")));
            }
            changes.add(new Comparison.Change(
                    row.title(),
                    old == null ? null : old.rank(),
                    row.rank(),
                    old == null ? null : old.totalText(),
                    row.totalText(),
                    scoreChanges,
                    newEvidence));
        }
        before.values()
                .forEach(old -> changes.add(new Comparison.Change(
                        old.title(), old.rank(), null, old.totalText(), null, List.of(), List.of())));
        return new Comparison(fromLabel, toLabel, changes);
    }

    private Assessment editable(long partnershipId, int year) {
        var assessment = repository.byYear(partnershipId, year, true).orElseThrow(Assessments::notFound);
        assessment.requireDraft();
        return assessment;
    }

    private static List<String> crimeTypes(List<String> chosen, List<Problem> problems) {
        var known = CrimeEvidence.types();
        var types = new ArrayList<String>();
        for (var type : chosen == null ? List.<String>of() : chosen) {
            if (!known.contains(type)) {
                problems.add(new Problem("crimeTypes", "Choose police.uk crime types from the list"));
                return List.of();
            }
            if (!types.contains(type)) {
                types.add(type);
            }
        }
        return types;
    }

    private static String required(String text, String field, String message, int max, List<Problem> problems) {
        var clean = text == null ? "" : text.strip();
        if (clean.isEmpty()) {
            problems.add(new Problem(field, message));
            return null;
        }
        if (clean.length() > max) {
            problems.add(new Problem(field, "Enter " + String.format(Locale.UK, "%,d", max) + " characters or fewer"));
            return null;
        }
        return clean;
    }

    static ResponseStatusException notFound() {
        return new ResponseStatusException(HttpStatus.NOT_FOUND);
    }
}
