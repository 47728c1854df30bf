package org.saferplan.governance;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.saferplan.audit.AuditTrail;
import org.saferplan.governance.web.ActionForm;
import org.saferplan.governance.web.ActionUpdateForm;
import org.saferplan.governance.web.AgendaItemForm;
import org.saferplan.governance.web.AttendanceForm;
import org.saferplan.governance.web.DecisionForm;
import org.saferplan.governance.web.GroupForm;
import org.saferplan.governance.web.MeetingForm;
import org.saferplan.governance.web.MemberForm;
import org.saferplan.web.InvalidInputException;
import org.saferplan.web.InvalidInputException.Problem;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A partnership's groups, members, meetings, decisions and action log. Every method takes the partnership's id and
 * finds the records within it, so another partnership's id is not found. Bad input is refused with every problem
 * named by its form field ({@link InvalidInputException}) before anything is stored; a change the rules refuse
 * (the record of a held meeting) throws {@link GovernanceRuleException}. Every change is audited.
 */
@Service
public class Governance {

    /** Meetings are held, and actions fall due, by the clock in the UK. */
    public static final ZoneId ZONE = ZoneId.of("Europe/London");

    static final int MAX_TEXT = 2000;
    static final int MAX_TERMS = 20000;

    private final GovernanceRepository repository;
    private final Partnerships partnerships;
    private final AuditTrail audit;

    Governance(GovernanceRepository repository, Partnerships partnerships, AuditTrail audit) {
        this.repository = repository;
        this.partnerships = partnerships;
        this.audit = audit;
    }

    public static LocalDate today() {
        return LocalDate.now(ZONE);
    }

    public List<Group> groups(long partnershipId) {
        return repository.groups(partnershipId);
    }

    public Group group(long partnershipId, long groupId) {
        return repository.group(partnershipId, groupId).orElseThrow(GovernanceNotFoundException::new);
    }

    public List<GroupMember> members(long partnershipId, long groupId) {
        return repository.members(group(partnershipId, groupId).id());
    }

    /** The group's meetings, earliest first. */
    public List<Meeting> meetings(long partnershipId, long groupId) {
        return repository.meetings(group(partnershipId, groupId).id());
    }

    public List<Meeting> meetings(long partnershipId) {
        return repository.partnershipMeetings(partnershipId);
    }

    public Meeting meeting(long partnershipId, long meetingId) {
        return repository.meeting(partnershipId, meetingId, false).orElseThrow(GovernanceNotFoundException::new);
    }

    public List<AgendaItem> agenda(Meeting meeting) {
        return repository.agenda(meeting.id());
    }

    public List<Decision> decisions(Meeting meeting) {
        return repository.decisions(meeting.id());
    }

    Map<Long, Attendance> attendance(Meeting meeting) {
        return repository.attendance(meeting.id());
    }

    public List<ActionItem> actionsRaisedAt(Meeting meeting) {
        return repository.actionsRaisedAt(meeting.id());
    }

    /** Open actions from the group's earlier meetings, with any closed at this one. */
    public List<ActionItem> actionsCarriedInto(Meeting meeting) {
        return repository.actionsCarriedInto(meeting);
    }

    public ActionItem action(long partnershipId, long actionId) {
        return repository.action(partnershipId, actionId, false).orElseThrow(GovernanceNotFoundException::new);
    }

    public List<ActionUpdate> updates(ActionItem action) {
        return repository.updates(action.id());
    }

    /** Open actions, overdue first; optionally of one group or owned by one organisation. */
    public List<ActionItem> openActions(long partnershipId, Long groupId, Long organisationId) {
        return repository.openActions(partnershipId, today(), groupId, organisationId);
    }

    public List<ActionItem> actions(long partnershipId) {
        return repository.partnershipActions(partnershipId);
    }

    /** The partnership's partner organisations' names by id, board members first. */
    public Map<Long, String> partnerNames(long partnershipId) {
        var names = new LinkedHashMap<Long, String>();
        partnerships
                .partners(partnershipId)
                .forEach(p -> names.put(p.organisation().id(), p.organisation().name()));
        return names;
    }

    @Transactional
    public Group createGroup(long partnershipId, GroupForm form) {
        var input = groupInput(partnershipId, null, form);
        long id = repository.insertGroup(
                partnershipId, input.name(), input.kind(), input.parentId(), input.termsOfReference());
        var created =
                new Group(id, partnershipId, input.name(), input.kind(), input.parentId(), input.termsOfReference());
        audit.created(partnershipId, "group", id, values(created));
        return created;
    }

    @Transactional
    public Group updateGroup(long partnershipId, long groupId, GroupForm form) {
        var before = group(partnershipId, groupId);
        var input = groupInput(partnershipId, groupId, form);
        repository.updateGroup(groupId, input.name(), input.kind(), input.parentId(), input.termsOfReference());
        var after = new Group(
                groupId, partnershipId, input.name(), input.kind(), input.parentId(), input.termsOfReference());
        audit.updated(partnershipId, "group", groupId, values(before), values(after));
        return after;
    }

    private Group groupInput(long partnershipId, Long groupId, GroupForm form) {
        var problems = new ArrayList<Problem>();
        var name = required(form.name(), "name", "Enter the group's name", 200, problems);
        if (name != null) {
            var clash = repository.groupNamed(partnershipId, name);
            if (clash.isPresent() && !clash.get().equals(groupId)) {
                problems.add(new Problem("name", "The partnership already has a group called " + name));
            }
        }
        var kind = choice(GroupKind.values(), form.kind(), "kind", "Choose what kind of group this is", problems);
        Long parentId = null;
        if (form.parentId() != null && !form.parentId().isBlank()) {
            var groups = repository.groups(partnershipId);
            parentId = id(form.parentId());
            Long chosen = parentId;
            if (chosen == null || groups.stream().noneMatch(g -> g.id() == chosen)) {
                problems.add(new Problem("parentId", "Choose one of the partnership's groups, or none"));
                parentId = null;
            } else if (groupId != null && feedsInto(groups, chosen, groupId)) {
                problems.add(
                        new Problem("parentId", "A group cannot feed into itself or into a group that feeds into it"));
                parentId = null;
            }
        }
        var terms = optional(form.termsOfReference(), "termsOfReference", MAX_TERMS, problems);
        throwIfAny(problems);
        return new Group(groupId == null ? 0 : groupId, partnershipId, name, kind, parentId, terms);
    }

    /** Whether {@code start}, following parents upwards, reaches {@code target}. */
    private static boolean feedsInto(List<Group> groups, long start, long target) {
        var seen = new HashSet<Long>();
        Long current = start;
        while (current != null && seen.add(current)) {
            if (current == target) {
                return true;
            }
            long id = current;
            current = groups.stream()
                    .filter(g -> g.id() == id)
                    .findFirst()
                    .map(Group::parentId)
                    .orElse(null);
        }
        return false;
    }

    @Transactional
    public GroupMember addMember(long partnershipId, long groupId, MemberForm form) {
        var group = group(partnershipId, groupId);
        var input = memberInput(partnershipId, 0, group.id(), form);
        long id = repository.insertMember(group.id(), input);
        var created = new GroupMember(
                id,
                group.id(),
                input.personName(),
                input.organisationId(),
                input.role(),
                input.electedMember(),
                input.fromDate(),
                input.toDate());
        audit.created(partnershipId, "group-member", id, values(created, group));
        return created;
    }

    @Transactional
    public GroupMember updateMember(long partnershipId, long groupId, long memberId, MemberForm form) {
        var group = group(partnershipId, groupId);
        var before = member(group, memberId);
        var after = memberInput(partnershipId, memberId, group.id(), form);
        repository.updateMember(after);
        audit.updated(partnershipId, "group-member", memberId, values(before, group), values(after, group));
        return after;
    }

    public GroupMember member(Group group, long memberId) {
        return repository.members(group.id()).stream()
                .filter(m -> m.id() == memberId)
                .findFirst()
                .orElseThrow(GovernanceNotFoundException::new);
    }

    private GroupMember memberInput(long partnershipId, long memberId, long groupId, MemberForm form) {
        var problems = new ArrayList<Problem>();
        var name = required(form.personName(), "personName", "Enter the person's name", 200, problems);
        var organisation = organisation(partnershipId, form.organisationId(), "organisationId", problems);
        var role = optional(form.role(), "role", 200, problems);
        var from = date(form.fromDate(), "fromDate", "The date they joined", problems);
        var to = date(form.toDate(), "toDate", "The date they left", problems);
        if (from != null && to != null && to.isBefore(from)) {
            problems.add(new Problem("toDate", "The date they left must be the same as or after the date they joined"));
        }
        throwIfAny(problems);
        return new GroupMember(memberId, groupId, name, organisation, role, form.elected(), from, to);
    }

    @Transactional
    public Meeting addMeeting(long partnershipId, long groupId, MeetingForm form) {
        var group = group(partnershipId, groupId);
        var input = meetingInput(0, group.id(), form, null);
        long id = repository.insertMeeting(group.id(), input.startsAt(), input.place(), input.kind(), input.status());
        var created = new Meeting(id, group.id(), input.startsAt(), input.place(), input.kind(), input.status());
        audit.created(partnershipId, "meeting", id, values(created, group));
        return created;
    }

    /** Changes a planned meeting, or marks it held once its time has passed. A held meeting no longer changes. */
    @Transactional
    public Meeting updateMeeting(long partnershipId, long meetingId, MeetingForm form) {
        var before = lockedMeeting(partnershipId, meetingId);
        before.requireNotHeld("details");
        var group = group(partnershipId, before.groupId());
        var after = meetingInput(meetingId, before.groupId(), form, before);
        repository.updateMeeting(after);
        audit.updated(partnershipId, "meeting", meetingId, values(before, group), values(after, group));
        return after;
    }

    private Meeting meetingInput(long meetingId, long groupId, MeetingForm form, Meeting before) {
        var problems = new ArrayList<Problem>();
        var date = date(form.date(), "date", "The date", problems);
        if (date == null && problems.stream().noneMatch(p -> p.field().equals("date"))) {
            problems.add(new Problem("date", "Enter the date of the meeting"));
        }
        LocalTime time = null;
        var typedTime = form.time() == null ? "" : form.time().strip();
        if (typedTime.isEmpty()) {
            problems.add(new Problem("time", "Enter the time the meeting starts"));
        } else {
            try {
                time = LocalTime.parse(typedTime.length() == 4 ? "0" + typedTime : typedTime);
            } catch (DateTimeParseException e) {
                problems.add(new Problem("time", "The time must be a real time, like 14:30"));
            }
        }
        var place = optional(form.place(), "place", 200, problems);
        var kind = choice(MeetingKind.values(), form.kind(), "kind", "Choose what kind of meeting this is", problems);
        var status = choice(MeetingStatus.values(), form.status(), "status", "Choose the meeting's status", problems);
        LocalDateTime startsAt = date == null || time == null ? null : LocalDateTime.of(date, time);
        if (status == MeetingStatus.HELD && startsAt != null && startsAt.isAfter(LocalDateTime.now(ZONE))) {
            problems.add(new Problem("status", "A meeting can only be marked held once its date has passed"));
        }
        throwIfAny(problems);
        return new Meeting(meetingId, groupId, startsAt, place, kind, status);
    }

    /** Records who was present and who sent apologies, from the members of the group on the day of the meeting. */
    @Transactional
    public void recordAttendance(long partnershipId, long meetingId, AttendanceForm form) {
        var meeting = lockedMeeting(partnershipId, meetingId);
        meeting.requireNotHeld("attendance");
        var eligible = new HashSet<Long>();
        membersOn(meeting).forEach(m -> eligible.add(m.id()));
        var attendance = new LinkedHashMap<Long, Attendance>();
        var problems = new ArrayList<Problem>();
        for (var typed : form.present()) {
            var id = id(typed);
            if (id == null || !eligible.contains(id)) {
                problems.add(new Problem("present", "Choose from the group's members"));
                break;
            }
            attendance.put(id, Attendance.PRESENT);
        }
        for (var typed : form.apologies()) {
            var id = id(typed);
            if (id == null || !eligible.contains(id)) {
                problems.add(new Problem("apologies", "Choose from the group's members"));
                break;
            }
            if (attendance.get(id) == Attendance.PRESENT) {
                problems.add(new Problem("apologies", "A member cannot both attend and send apologies"));
                break;
            }
            attendance.put(id, Attendance.APOLOGIES);
        }
        throwIfAny(problems);
        var before = repository.attendance(meetingId);
        repository.replaceAttendance(meetingId, attendance);
        audit.updated(
                partnershipId, "meeting-attendance", meetingId, attendanceValues(before), attendanceValues(attendance));
    }

    /** The group's members on the day of the meeting. */
    public List<GroupMember> membersOn(Meeting meeting) {
        var day = meeting.startsAt().toLocalDate();
        return repository.members(meeting.groupId()).stream()
                .filter(m -> m.currentOn(day))
                .toList();
    }

    @Transactional
    public AgendaItem addAgendaItem(long partnershipId, long meetingId, AgendaItemForm form) {
        var meeting = lockedMeeting(partnershipId, meetingId);
        meeting.requireNotHeld("agenda");
        var problems = new ArrayList<Problem>();
        var text = required(form.text(), "text", "Enter the agenda item", MAX_TEXT, problems);
        var count = repository.agenda(meetingId).size();
        int position = count + 1;
        var typed = form.position() == null ? "" : form.position().strip();
        if (!typed.isEmpty()) {
            try {
                position = Integer.parseInt(typed);
                if (position < 1) {
                    throw new NumberFormatException();
                }
                position = Math.min(position, count + 1);
            } catch (NumberFormatException e) {
                problems.add(new Problem("position", "The position must be a whole number, 1 or more"));
            }
        }
        throwIfAny(problems);
        long id = repository.insertAgendaItem(meetingId, position, text);
        audit.created(
                partnershipId, "agenda-item", id, Map.of("meeting", meetingId, "position", position, "text", text));
        return new AgendaItem(id, meetingId, position, text);
    }

    @Transactional
    public Decision addDecision(long partnershipId, long meetingId, DecisionForm form) {
        var meeting = lockedMeeting(partnershipId, meetingId);
        meeting.requireNotHeld("decisions");
        var problems = new ArrayList<Problem>();
        var text = required(form.text(), "text", "Enter the decision", MAX_TEXT, problems);
        Long item = null;
        if (form.agendaItemId() != null && !form.agendaItemId().isBlank()) {
            item = id(form.agendaItemId());
            Long chosen = item;
            if (chosen == null || repository.agenda(meetingId).stream().noneMatch(a -> a.id() == chosen)) {
                problems.add(new Problem("agendaItemId", "Choose one of this meeting's agenda items, or none"));
            }
        }
        throwIfAny(problems);
        var by = AuditTrail.currentActor();
        long id = repository.insertDecision(meetingId, item, text, by);
        var after = new LinkedHashMap<String, Object>();
        after.put("meeting", meetingId);
        after.put("agendaItem", item);
        after.put("text", text);
        audit.created(partnershipId, "decision", id, after);
        return new Decision(id, meetingId, item, text, by, java.time.Instant.now());
    }

    /** Raises an action at a meeting; allowed after it is held too, as actions are often written up afterwards. */
    @Transactional
    public ActionItem raiseAction(long partnershipId, long meetingId, ActionForm form) {
        var meeting = lockedMeeting(partnershipId, meetingId);
        var problems = new ArrayList<Problem>();
        var text = required(form.text(), "text", "Enter the action", MAX_TEXT, problems);
        var person = optional(form.ownerPerson(), "ownerPerson", 200, problems);
        var organisation = organisation(partnershipId, form.ownerOrganisationId(), "ownerOrganisationId", problems);
        var due = date(form.dueOn(), "dueOn", "The due date", problems);
        throwIfAny(problems);
        var by = AuditTrail.currentActor();
        long id = repository.insertAction(meeting.id(), text, person, organisation, due, by);
        var created = new ActionItem(id, meeting.id(), text, person, organisation, due, ActionStatus.OPEN, by);
        audit.created(partnershipId, "action", id, values(created));
        return created;
    }

    /**
     * Records an action's new status with the meeting that reviewed it: the meeting it was raised at, or a later
     * meeting of the same group it was carried into.
     */
    @Transactional
    public ActionUpdate updateAction(long partnershipId, long meetingId, long actionId, ActionUpdateForm form) {
        var meeting = meeting(partnershipId, meetingId);
        var action = repository.action(partnershipId, actionId, true).orElseThrow(GovernanceNotFoundException::new);
        if (!reviewableAt(action, meeting)) {
            throw new GovernanceNotFoundException();
        }
        var problems = new ArrayList<Problem>();
        var status = choice(ActionStatus.values(), form.status(), "status", "Choose the action's status", problems);
        var note = optional(form.note(), "note", MAX_TEXT, problems);
        throwIfAny(problems);
        var by = AuditTrail.currentActor();
        long id = repository.insertUpdate(actionId, meetingId, status, note, by);
        audit.updated(
                partnershipId,
                "action",
                actionId,
                Map.of("status", action.status().name()),
                Map.of("status", status.name(), "meeting", meetingId, "note", note));
        return new ActionUpdate(id, actionId, meetingId, status, note, by, java.time.Instant.now());
    }

    /** Whether the action can be reviewed at the meeting: raised there, or carried into it. */
    public boolean reviewableAt(ActionItem action, Meeting meeting) {
        return action.meetingId() == meeting.id()
                || repository.actionsCarriedInto(meeting).stream().anyMatch(a -> a.id() == action.id());
    }

    private Meeting lockedMeeting(long partnershipId, long meetingId) {
        return repository.meeting(partnershipId, meetingId, true).orElseThrow(GovernanceNotFoundException::new);
    }

    private Long organisation(long partnershipId, String typed, String field, List<Problem> problems) {
        if (typed == null || typed.isBlank()) {
            return null;
        }
        var id = id(typed);
        if (id == null || !partnerNames(partnershipId).containsKey(id)) {
            problems.add(new Problem(field, "Choose one of the partnership's partner organisations, or none"));
            return null;
        }
        return id;
    }

    private static Long id(String typed) {
        try {
            return Long.valueOf(typed.strip());
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static String required(String typed, String field, String message, int max, List<Problem> problems) {
        var clean = typed == null ? "" : typed.strip();
        if (clean.isEmpty()) {
            problems.add(new Problem(field, message));
            return null;
        }
        if (clean.length() > max) {
            problems.add(new Problem(field, "This must be " + max + " characters or fewer"));
        }
        return clean;
    }

    private static String optional(String typed, String field, int max, List<Problem> problems) {
        var clean = typed == null ? "" : typed.strip();
        if (clean.length() > max) {
            problems.add(new Problem(field, "This must be " + max + " characters or fewer"));
        }
        return clean;
    }

    private static LocalDate date(String typed, String field, String what, List<Problem> problems) {
        var clean = typed == null ? "" : typed.strip();
        if (clean.isEmpty()) {
            return null;
        }
        try {
            return LocalDate.parse(clean);
        } catch (DateTimeParseException e) {
            problems.add(new Problem(field, what + " must be a real date, like 2021-06-30"));
            return null;
        }
    }

    private static <E extends Enum<E>> E choice(
            E[] values, String typed, String field, String message, List<Problem> problems) {
        for (var value : values) {
            if (value.name().equals(typed)) {
                return value;
            }
        }
        problems.add(new Problem(field, message));
        return null;
    }

    private static void throwIfAny(List<Problem> problems) {
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
    }

    private static Map<String, Object> values(Group g) {
        var values = new LinkedHashMap<String, Object>();
        values.put("name", g.name());
        values.put("kind", g.kind().name());
        values.put("parent", g.parentId());
        values.put("termsOfReference", g.termsOfReference());
        return values;
    }

    private static Map<String, Object> values(GroupMember m, Group group) {
        var values = new LinkedHashMap<String, Object>();
        values.put("group", group.name());
        values.put("person", m.personName());
        values.put("organisation", m.organisationId());
        values.put("role", m.role());
        values.put("electedMember", m.electedMember());
        values.put("from", m.fromDate() == null ? null : m.fromDate().toString());
        values.put("to", m.toDate() == null ? null : m.toDate().toString());
        return values;
    }

    private static Map<String, Object> values(Meeting m, Group group) {
        var values = new LinkedHashMap<String, Object>();
        values.put("group", group.name());
        values.put("startsAt", m.startsAt().toString());
        values.put("place", m.place());
        values.put("kind", m.kind().name());
        values.put("status", m.status().name());
        return values;
    }

    private static Map<String, Object> values(ActionItem a) {
        var values = new LinkedHashMap<String, Object>();
        values.put("meeting", a.meetingId());
        values.put("text", a.text());
        values.put("ownerPerson", a.ownerPerson());
        values.put("ownerOrganisation", a.ownerOrganisationId());
        values.put("dueOn", a.dueOn() == null ? null : a.dueOn().toString());
        values.put("status", a.status().name());
        return values;
    }

    private static Map<String, Object> attendanceValues(Map<Long, Attendance> attendance) {
        var values = new LinkedHashMap<String, Object>();
        attendance.forEach((member, kind) -> values.put(String.valueOf(member), kind.name()));
        return values;
    }

    /** Ids of the groups that feed into the group, directly or not. */
    static Set<Long> feeders(List<Group> groups, long groupId) {
        var result = new HashSet<Long>();
        for (var g : groups) {
            if (feedsInto(groups, g.id(), groupId) && g.id() != groupId) {
                result.add(g.id());
            }
        }
        return result;
    }
}
