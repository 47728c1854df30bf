package org.saferplan.plan;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.ObjIntConsumer;
import java.util.stream.Collectors;
import org.saferplan.audit.AuditTrail;
import org.saferplan.governance.Partnerships;
import org.saferplan.plan.web.ActivityForm;
import org.saferplan.plan.web.MeasureForm;
import org.saferplan.plan.web.PlanForm;
import org.saferplan.plan.web.RefreshForm;
import org.saferplan.plan.web.ThemeForm;
import org.saferplan.web.InvalidInputException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Plans, their versions and their content. Every change takes the partnership's id and finds its records only
 * within it, locks the version it changes, lets the version refuse changes it does not allow, and is audited in
 * the same transaction.
 */
@Service
public class Plans {

    static final String PLAN = "plan";
    static final String VERSION = "plan_version";
    static final String SECTION = "plan_section";
    static final String THEME = "plan_theme";
    static final String ACTIVITY = "plan_activity";
    static final String MEASURE = "plan_measure";

    private final PlanRepository repository;
    private final AuditTrail audit;
    private final Partnerships partnerships;

    Plans(PlanRepository repository, AuditTrail audit, Partnerships partnerships) {
        this.repository = repository;
        this.audit = audit;
        this.partnerships = partnerships;
    }

    List<Plan> plans(long partnershipId) {
        return repository.plans(partnershipId);
    }

    Plan plan(long partnershipId, long planId) {
        return repository.plan(partnershipId, planId).orElseThrow(PlanNotFoundException::new);
    }

    List<PlanVersion> versions(long planId) {
        return repository.versions(planId);
    }

    Optional<PlanVersion> latest(long planId) {
        return repository.versions(planId).stream().findFirst();
    }

    PlanVersion version(long partnershipId, long versionId) {
        return repository.version(partnershipId, versionId, false).orElseThrow(PlanNotFoundException::new);
    }

    VersionContent content(long partnershipId, long versionId) {
        var version = version(partnershipId, versionId);
        return content(partnershipId, version);
    }

    private VersionContent content(long partnershipId, PlanVersion version) {
        return new VersionContent(
                plan(partnershipId, version.planId()),
                version,
                repository.sections(version.id()),
                repository.themes(version.id()),
                repository.activities(version.id()),
                repository.measures(version.id()));
    }

    /** The partnership's partner organisations by id, for owners and leads. */
    Map<Long, String> partnerNames(long partnershipId) {
        var names = new LinkedHashMap<Long, String>();
        partnerships.partners(partnershipId).stream()
                .sorted((a, b) -> a.organisation()
                        .name()
                        .compareToIgnoreCase(b.organisation().name()))
                .forEach(p -> names.put(p.organisation().id(), p.organisation().name()));
        return names;
    }

    @Transactional
    Plan createPlan(long partnershipId, PlanForm form) {
        Plan.check(form.title(), form.firstYear(), form.lastYear());
        var title = form.title().strip();
        if (repository.titleTaken(partnershipId, title)) {
            throw new InvalidInputException("title", "The partnership already has a plan called " + title);
        }
        int first = Integer.parseInt(form.firstYear().strip());
        int last = Integer.parseInt(form.lastYear().strip());
        long id = repository.insertPlan(partnershipId, title, first, last);
        var plan = new Plan(id, partnershipId, title, first, last);
        audit.created(partnershipId, PLAN, id, plan.auditValues());
        return plan;
    }

    /**
     * Starts a plan's next refresh as a draft: a deep copy of its latest version (whatever its status) with the
     * same stable keys, or an empty version when the plan has none yet.
     */
    @Transactional
    PlanVersion startRefresh(long partnershipId, long planId, RefreshForm form) {
        var plan = plan(partnershipId, planId);
        var problems = new ArrayList<InvalidInputException.Problem>();
        String label = null;
        FinancialYear year = null;
        try {
            label = PlanInputs.label(form.label());
        } catch (InvalidInputException e) {
            problems.addAll(e.problems());
        }
        try {
            year = FinancialYear.parse(form.financialYear());
            if (!year.within(plan.firstYear(), plan.lastYear())) {
                problems.add(new InvalidInputException.Problem(
                        "financialYear", "The financial year must be within" + " the plan's years, " + plan.years()));
            }
        } catch (InvalidInputException e) {
            problems.addAll(e.problems());
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        requireNoDraft(plan);
        var latest = latest(planId);
        long id;
        try {
            id = repository.insertVersion(
                    planId, label, year, latest.map(PlanVersion::id).orElse(null), AuditTrail.currentActor());
        } catch (DuplicateKeyException e) {
            throw new PlanRuleException(draftExists(plan));
        }
        if (latest.isPresent()) {
            copyContent(latest.get().id(), id);
        }
        var created = version(partnershipId, id);
        var values = created.auditValues();
        values.put("plan", plan.title());
        values.put("copiedFrom", latest.map(PlanVersion::label).orElse(null));
        audit.created(partnershipId, VERSION, id, values);
        return created;
    }

    /** Starts a plan's version as an empty draft, for loading a whole version at once. */
    @Transactional
    PlanVersion startEmpty(long partnershipId, long planId, String label, String financialYear) {
        var plan = plan(partnershipId, planId);
        var year = FinancialYear.parse(financialYear);
        if (!year.within(plan.firstYear(), plan.lastYear())) {
            throw new IllegalArgumentException(financialYear + " is outside " + plan.years());
        }
        requireNoDraft(plan);
        long id = repository.insertVersion(
                planId,
                PlanInputs.label(label),
                year,
                latest(planId).map(PlanVersion::id).orElse(null),
                AuditTrail.currentActor());
        var created = version(partnershipId, id);
        var values = created.auditValues();
        values.put("plan", plan.title());
        audit.created(partnershipId, VERSION, id, values);
        return created;
    }

    private void requireNoDraft(Plan plan) {
        if (repository.hasDraft(plan.id())) {
            throw new PlanRuleException(draftExists(plan));
        }
    }

    private static String draftExists(Plan plan) {
        return plan.title() + " already has a draft version. Approve or finish it before starting another"
                + " refresh: a plan has one draft at a time.";
    }

    private void copyContent(long fromVersionId, long toVersionId) {
        repository.sections(fromVersionId).forEach((kind, body) -> repository.saveSection(toVersionId, kind, body));
        var activities = repository.activities(fromVersionId);
        var measures = repository.measures(fromVersionId);
        for (var theme : repository.themes(fromVersionId)) {
            long themeId = repository.insertTheme(
                    toVersionId,
                    theme.key(),
                    theme.kind(),
                    theme.title(),
                    theme.description(),
                    theme.leadOrganisationId(),
                    theme.leadPerson(),
                    theme.position());
            activities.stream()
                    .filter(a -> a.themeId() == theme.id())
                    .forEach(a -> repository.insertActivity(themeId, a.key(), a));
            measures.stream()
                    .filter(m -> m.themeId() == theme.id())
                    .forEach(m -> repository.insertMeasure(themeId, m.key(), m));
        }
    }

    /**
     * What agreeing priorities did to the plan's next refresh: the draft version changed (started now or already
     * there) and the priority titles added, kept (a theme of that title was already there; one that was not a
     * priority became one) and dropped (priorities of the draft that were not agreed: left in the draft, because
     * removing a theme removes its activities and measures; the coordinator removes them there).
     */
    public record PriorityUpdate(
            String plan,
            String version,
            long versionId,
            boolean refreshStarted,
            List<String> added,
            List<String> kept,
            List<String> dropped) {}

    /**
     * Makes {@code titles} the priorities of the next refresh of the partnership's current plan (the plan whose
     * latest version has the newest financial year): its draft, or a refresh started now as {@link #startRefresh}
     * does for the year after the latest version. Themes are matched by title, ignoring case and outer spaces.
     * Used by the strategic assessment when the partnership agrees its priorities.
     *
     * @throws InvalidInputException (field {@code decision}) when there is no plan or the next year is outside it
     */
    @Transactional
    public PriorityUpdate agreePriorities(long partnershipId, List<String> titles, String description) {
        var plan = repository.plans(partnershipId).stream()
                .filter(p -> latest(p.id()).isPresent())
                .max(java.util.Comparator.comparing((Plan p) ->
                                latest(p.id()).orElseThrow().financialYear().startYear())
                        .thenComparing(Plan::id))
                .orElseThrow(() -> new InvalidInputException(
                        "decision",
                        "The partnership has no plan with a"
                                + " version yet. Create the plan first, then agree the priorities."));
        var draft = versions(plan.id()).stream().filter(PlanVersion::editable).findFirst();
        boolean started = draft.isEmpty();
        var version = draft.orElseGet(() -> {
            var next = latest(plan.id()).orElseThrow().financialYear().next();
            try {
                return startRefresh(partnershipId, plan.id(), new RefreshForm(next + " refresh", next.toString()));
            } catch (InvalidInputException e) {
                throw new InvalidInputException(
                        "decision",
                        "The next refresh of " + plan.title() + " would be for " + next + ", outside the plan's years ("
                                + plan.years() + "). Create the next plan first.");
            }
        });
        var themes = repository.themes(version.id());
        var added = new ArrayList<String>();
        var kept = new ArrayList<String>();
        var agreed = new java.util.HashSet<String>();
        for (var title : titles) {
            var key = title.strip().toLowerCase(java.util.Locale.ROOT);
            agreed.add(key);
            var match = themes.stream()
                    .filter(t ->
                            t.title().strip().toLowerCase(java.util.Locale.ROOT).equals(key))
                    .findFirst();
            if (match.isEmpty()) {
                addTheme(
                        partnershipId,
                        version.id(),
                        new ThemeForm(ThemeKind.PRIORITY.name(), title.strip(), description, "", "", ""));
                added.add(title.strip());
            } else {
                var theme = match.get();
                if (theme.kind() != ThemeKind.PRIORITY) {
                    var promoted = new Theme(
                            theme.id(),
                            theme.versionId(),
                            theme.key(),
                            ThemeKind.PRIORITY,
                            theme.title(),
                            theme.description(),
                            theme.leadOrganisationId(),
                            theme.leadPerson(),
                            theme.position());
                    repository.updateTheme(promoted);
                    audit.updated(partnershipId, THEME, theme.id(), theme.auditValues(), promoted.auditValues());
                }
                kept.add(theme.title());
            }
        }
        var dropped = themes.stream()
                .filter(t -> t.kind() == ThemeKind.PRIORITY)
                .filter(t -> !agreed.contains(t.title().strip().toLowerCase(java.util.Locale.ROOT)))
                .map(Theme::title)
                .toList();
        return new PriorityUpdate(plan.title(), version.label(), version.id(), started, added, kept, dropped);
    }

    @Transactional
    PlanVersion approve(long partnershipId, long versionId) {
        var before = locked(partnershipId, versionId);
        var after = before.approve(AuditTrail.currentActor(), Instant.now());
        repository.updateVersionStatus(after);
        audit.updated(partnershipId, VERSION, versionId, before.auditValues(), after.auditValues());
        return after;
    }

    @Transactional
    PlanVersion publish(long partnershipId, long versionId) {
        var before = locked(partnershipId, versionId);
        var after = before.publish(AuditTrail.currentActor(), Instant.now());
        repository.updateVersionStatus(after);
        audit.updated(partnershipId, VERSION, versionId, before.auditValues(), after.auditValues());
        return after;
    }

    @Transactional
    void saveSection(long partnershipId, long versionId, SectionKind kind, String body) {
        var version = editable(partnershipId, versionId);
        var clean = PlanInputs.section(body);
        var before = repository.sections(version.id()).getOrDefault(kind, "");
        repository.saveSection(versionId, kind, clean);
        audit.updated(
                partnershipId, SECTION, versionId + "/" + kind.name(), Map.of("body", before), Map.of("body", clean));
    }

    @Transactional
    Theme addTheme(long partnershipId, long versionId, ThemeForm form) {
        editable(partnershipId, versionId);
        var input = PlanInputs.theme(form, partnerIds(partnershipId));
        var siblings = repository.themes(versionId);
        long id = repository.insertTheme(
                versionId,
                UUID.randomUUID(),
                input.kind(),
                input.title(),
                input.description(),
                input.leadOrganisationId(),
                input.leadPerson(),
                siblings.size() + 1);
        if (input.position() != null) {
            reorder(ids(siblings, Theme::id), id, input.position(), repository::setThemePosition);
        }
        var theme = repository.themes(versionId).stream()
                .filter(t -> t.id() == id)
                .findFirst()
                .orElseThrow();
        audit.created(partnershipId, THEME, id, theme.auditValues());
        return theme;
    }

    @Transactional
    Theme updateTheme(long partnershipId, long versionId, long themeId, ThemeForm form) {
        editable(partnershipId, versionId);
        var siblings = repository.themes(versionId);
        var before = find(siblings, t -> t.id() == themeId);
        var input = PlanInputs.theme(form, partnerIds(partnershipId));
        var after = new Theme(
                themeId,
                versionId,
                before.key(),
                input.kind(),
                input.title(),
                input.description(),
                input.leadOrganisationId(),
                input.leadPerson(),
                before.position());
        repository.updateTheme(after);
        if (input.position() != null) {
            reorder(
                    ids(siblings, Theme::id).stream()
                            .filter(id -> id != themeId)
                            .toList(),
                    themeId,
                    input.position(),
                    repository::setThemePosition);
        }
        after = find(repository.themes(versionId), t -> t.id() == themeId);
        audit.updated(partnershipId, THEME, themeId, before.auditValues(), after.auditValues());
        return after;
    }

    @Transactional
    void removeTheme(long partnershipId, long versionId, long themeId) {
        editable(partnershipId, versionId);
        var before = find(repository.themes(versionId), t -> t.id() == themeId);
        repository.deleteTheme(themeId);
        audit.deleted(partnershipId, THEME, themeId, before.auditValues());
    }

    @Transactional
    Activity addActivity(long partnershipId, long versionId, long themeId, ActivityForm form) {
        editable(partnershipId, versionId);
        find(repository.themes(versionId), t -> t.id() == themeId);
        var input = PlanInputs.activity(form, partnerIds(partnershipId));
        var siblings = activitiesOf(versionId, themeId);
        var activity = new Activity(
                0,
                themeId,
                UUID.randomUUID(),
                input.text(),
                input.owners(),
                input.leadPerson(),
                input.note(),
                input.startsOn(),
                input.dueOn(),
                input.status(),
                siblings.size() + 1);
        long id = repository.insertActivity(themeId, activity.key(), activity);
        if (input.position() != null) {
            reorder(ids(siblings, Activity::id), id, input.position(), repository::setActivityPosition);
        }
        var created = find(repository.activities(versionId), a -> a.id() == id);
        audit.created(partnershipId, ACTIVITY, id, created.auditValues());
        return created;
    }

    @Transactional
    Activity updateActivity(long partnershipId, long versionId, long themeId, long activityId, ActivityForm form) {
        editable(partnershipId, versionId);
        var siblings = activitiesOf(versionId, themeId);
        var before = find(siblings, a -> a.id() == activityId);
        var input = PlanInputs.activity(form, partnerIds(partnershipId));
        repository.updateActivity(new Activity(
                activityId,
                themeId,
                before.key(),
                input.text(),
                input.owners(),
                input.leadPerson(),
                input.note(),
                input.startsOn(),
                input.dueOn(),
                input.status(),
                before.position()));
        if (input.position() != null) {
            reorder(
                    ids(siblings, Activity::id).stream()
                            .filter(id -> id != activityId)
                            .toList(),
                    activityId,
                    input.position(),
                    repository::setActivityPosition);
        }
        var after = find(repository.activities(versionId), a -> a.id() == activityId);
        audit.updated(partnershipId, ACTIVITY, activityId, before.auditValues(), after.auditValues());
        return after;
    }

    @Transactional
    void removeActivity(long partnershipId, long versionId, long themeId, long activityId) {
        editable(partnershipId, versionId);
        var before = find(activitiesOf(versionId, themeId), a -> a.id() == activityId);
        repository.deleteActivity(activityId);
        audit.deleted(partnershipId, ACTIVITY, activityId, before.auditValues());
    }

    @Transactional
    Measure addMeasure(long partnershipId, long versionId, long themeId, MeasureForm form) {
        editable(partnershipId, versionId);
        find(repository.themes(versionId), t -> t.id() == themeId);
        var input = PlanInputs.measure(form);
        var siblings = measuresOf(versionId, themeId);
        var measure = new Measure(
                0,
                themeId,
                UUID.randomUUID(),
                input.text(),
                input.direction(),
                input.baselineValue(),
                input.baselineText(),
                input.targetValue(),
                input.howMeasured(),
                siblings.size() + 1);
        long id = repository.insertMeasure(themeId, measure.key(), measure);
        if (input.position() != null) {
            reorder(ids(siblings, Measure::id), id, input.position(), repository::setMeasurePosition);
        }
        var created = find(repository.measures(versionId), m -> m.id() == id);
        audit.created(partnershipId, MEASURE, id, created.auditValues());
        return created;
    }

    @Transactional
    Measure updateMeasure(long partnershipId, long versionId, long themeId, long measureId, MeasureForm form) {
        editable(partnershipId, versionId);
        var siblings = measuresOf(versionId, themeId);
        var before = find(siblings, m -> m.id() == measureId);
        var input = PlanInputs.measure(form);
        repository.updateMeasure(new Measure(
                measureId,
                themeId,
                before.key(),
                input.text(),
                input.direction(),
                input.baselineValue(),
                input.baselineText(),
                input.targetValue(),
                input.howMeasured(),
                before.position()));
        if (input.position() != null) {
            reorder(
                    ids(siblings, Measure::id).stream()
                            .filter(id -> id != measureId)
                            .toList(),
                    measureId,
                    input.position(),
                    repository::setMeasurePosition);
        }
        var after = find(repository.measures(versionId), m -> m.id() == measureId);
        audit.updated(partnershipId, MEASURE, measureId, before.auditValues(), after.auditValues());
        return after;
    }

    @Transactional
    void removeMeasure(long partnershipId, long versionId, long themeId, long measureId) {
        editable(partnershipId, versionId);
        var before = find(measuresOf(versionId, themeId), m -> m.id() == measureId);
        repository.deleteMeasure(measureId);
        audit.deleted(partnershipId, MEASURE, measureId, before.auditValues());
    }

    private PlanVersion locked(long partnershipId, long versionId) {
        return repository.version(partnershipId, versionId, true).orElseThrow(PlanNotFoundException::new);
    }

    private PlanVersion editable(long partnershipId, long versionId) {
        var version = locked(partnershipId, versionId);
        version.requireEditable();
        return version;
    }

    private Set<Long> partnerIds(long partnershipId) {
        return partnerships.partners(partnershipId).stream()
                .map(p -> p.organisation().id())
                .collect(Collectors.toUnmodifiableSet());
    }

    private List<Activity> activitiesOf(long versionId, long themeId) {
        return repository.activities(versionId).stream()
                .filter(a -> a.themeId() == themeId)
                .toList();
    }

    private List<Measure> measuresOf(long versionId, long themeId) {
        return repository.measures(versionId).stream()
                .filter(m -> m.themeId() == themeId)
                .toList();
    }

    private static <T> T find(List<T> items, java.util.function.Predicate<T> which) {
        return items.stream().filter(which).findFirst().orElseThrow(PlanNotFoundException::new);
    }

    private static <T> List<Long> ids(List<T> items, java.util.function.ToLongFunction<T> id) {
        return items.stream().map(item -> id.applyAsLong(item)).toList();
    }

    /** Puts {@code id} at the 1-based {@code position} among its siblings (clamped) and renumbers them all. */
    private static void reorder(List<Long> others, long id, int position, ObjIntConsumer<Long> setPosition) {
        var order = new ArrayList<>(others);
        order.add(Math.max(0, Math.min(position - 1, order.size())), id);
        var positions = new HashMap<Long, Integer>();
        for (int i = 0; i < order.size(); i++) {
            positions.put(order.get(i), i + 1);
        }
        positions.forEach((item, p) -> setPosition.accept(item, p));
    }
}
