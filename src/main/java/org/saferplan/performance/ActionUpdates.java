package org.saferplan.performance;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.saferplan.audit.AuditTrail;
import org.saferplan.performance.web.UpdateForm;
import org.saferplan.plan.PlanLookup;
import org.saferplan.plan.PlanLookup.ActivityRef;
import org.saferplan.security.CurrentUser;
import org.saferplan.security.Role;
import org.saferplan.web.InvalidInputException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Progress updates on plan activities. The security module lets every member post under {@code activities}; the
 * finer rule is here: a partner officer may post only on activities their own organisation owns, coordinators and
 * analysts on any. Updates are only ever added. An activity is overdue for an update when it is not complete and
 * either has had no update for more than {@link PerformanceSettings#overdueAfterDays()} days (counted from its
 * latest update, or else from its start or its version's publication, whichever is later) or is past its due date.
 */
@Service
class ActionUpdates {

    static final String UPDATE = "performance_activity_update";
    static final ZoneId LONDON = ZoneId.of("Europe/London");

    private final PerformanceRepository repository;
    private final PlanLookup plan;
    private final CurrentUser currentUser;
    private final AuditTrail audit;
    private final PerformanceSettings settings;

    ActionUpdates(
            PerformanceRepository repository,
            PlanLookup plan,
            CurrentUser currentUser,
            AuditTrail audit,
            PerformanceSettings settings) {
        this.repository = repository;
        this.plan = plan;
        this.currentUser = currentUser;
        this.audit = audit;
        this.settings = settings;
    }

    static LocalDate today() {
        return LocalDate.now(LONDON);
    }

    ActivityRef activity(long partnershipId, long activityId) {
        return plan.activity(partnershipId, activityId).orElseThrow(NotFound::new);
    }

    List<ActivityUpdate> history(long partnershipId, ActivityRef activity) {
        return repository.updates(partnershipId, activity.key());
    }

    /** Whether the person may post on the activity: coordinators and analysts always, officers on their own. */
    boolean mayPost(long partnershipId, ActivityRef activity) {
        return currentUser
                .membership(partnershipId)
                .map(m -> m.role() != Role.PARTNER_OFFICER
                        || (m.organisationId() != null && activity.owners().contains(m.organisationId())))
                .orElse(false);
    }

    @Transactional
    ActivityUpdate post(long partnershipId, long activityId, UpdateForm form) {
        var activity = activity(partnershipId, activityId);
        if (!mayPost(partnershipId, activity)) {
            throw new NotYours();
        }
        var organisation = currentUser
                .membership(partnershipId)
                .map(m -> m.organisationId())
                .orElse(null);
        return store(partnershipId, activity, form, AuditTrail.currentActor(), organisation, false);
    }

    /** Stores an update without the permission check: for loading the demo workspace and for tests. */
    @Transactional
    ActivityUpdate store(
            long partnershipId, ActivityRef activity, UpdateForm form, String author, Long organisationId) {
        return store(partnershipId, activity, form, author, organisationId, false);
    }

    /** Stores an update without the permission check; an illustrative one is demo data, labelled so. */
    @Transactional
    ActivityUpdate store(
            long partnershipId,
            ActivityRef activity,
            UpdateForm form,
            String author,
            Long organisationId,
            boolean illustrative) {
        var problems = new ArrayList<InvalidInputException.Problem>();
        var status = IndicatorInputs.choice(
                RagStatus.class, form.status(), "status", "Choose red, amber, green or complete", problems);
        var commentary = IndicatorInputs.text(
                form.commentary(), "commentary", "Enter the commentary", IndicatorInputs.MAX_LONG_TEXT, true, problems);
        LocalDate on = null;
        try {
            on = IndicatorInputs.date(form.date(), "date", today());
        } catch (InvalidInputException e) {
            problems.addAll(e.problems());
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        long id = repository.insertUpdate(
                partnershipId,
                activity.key(),
                activity.id(),
                status,
                commentary,
                on,
                author,
                organisationId,
                illustrative);
        audit.created(
                partnershipId,
                UPDATE,
                id,
                Map.of(
                        "activity",
                        activity.text(),
                        "status",
                        status.name(),
                        "date",
                        on.toString(),
                        "commentary",
                        commentary));
        return repository.updates(partnershipId, activity.key()).stream()
                .filter(u -> u.id() == id)
                .findFirst()
                .orElseThrow();
    }

    /** An activity of the current version with its latest update, if any, and why it is overdue (null if not). */
    record Progress(ActivityRef activity, ActivityUpdate latest, String overdue) {}

    /** Every activity of the partnership's current plan version, in plan order. */
    List<Progress> progress(long partnershipId) {
        var version = plan.currentVersion(partnershipId);
        if (version.isEmpty()) {
            return List.of();
        }
        var latest = repository.latestUpdates(partnershipId);
        var since = version.get().since().atZone(LONDON).toLocalDate();
        var today = today();
        return plan.activities(partnershipId, version.get().id()).stream()
                .map(a -> new Progress(a, latest.get(a.key()), overdue(a, latest.get(a.key()), since, today)))
                .toList();
    }

    List<Progress> overdue(long partnershipId) {
        return progress(partnershipId).stream().filter(p -> p.overdue() != null).toList();
    }

    private String overdue(ActivityRef activity, ActivityUpdate latest, LocalDate versionSince, LocalDate today) {
        if (activity.complete() || (latest != null && latest.status() == RagStatus.COMPLETE)) {
            return null;
        }
        var reasons = new ArrayList<String>();
        LocalDate from;
        if (latest != null) {
            from = latest.on();
        } else {
            from = activity.startsOn() != null && activity.startsOn().isAfter(versionSince)
                    ? activity.startsOn()
                    : versionSince;
        }
        long days = ChronoUnit.DAYS.between(from, today);
        if (days > settings.overdueAfterDays()) {
            reasons.add(
                    latest == null
                            ? "No update since " + from + " (" + days + " days)"
                            : "No update for " + days + " days (last on " + from + ")");
        }
        if (activity.dueOn() != null && activity.dueOn().isBefore(today)) {
            reasons.add("Past its due date, " + activity.dueOn() + ", and not complete");
        }
        return reasons.isEmpty() ? null : String.join("; ", reasons);
    }

    int overdueAfterDays() {
        return settings.overdueAfterDays();
    }
}
