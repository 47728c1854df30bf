package org.saferplan.governance;

import jakarta.servlet.http.HttpServletResponse;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.saferplan.governance.web.ActionForm;
import org.saferplan.governance.web.ActionLogPage;
import org.saferplan.governance.web.ActionUpdateForm;
import org.saferplan.governance.web.AgendaItemForm;
import org.saferplan.governance.web.AttendanceForm;
import org.saferplan.governance.web.AttendanceRow;
import org.saferplan.governance.web.DecisionForm;
import org.saferplan.governance.web.DecisionRow;
import org.saferplan.governance.web.GovernanceFormPage;
import org.saferplan.governance.web.GovernanceWorkspace;
import org.saferplan.governance.web.GroupForm;
import org.saferplan.governance.web.GroupPage;
import org.saferplan.governance.web.MeetingForm;
import org.saferplan.governance.web.MeetingPage;
import org.saferplan.governance.web.MemberChoice;
import org.saferplan.governance.web.MemberForm;
import org.saferplan.web.FormErrors;
import org.saferplan.web.InvalidInputException;
import org.saferplan.web.Option;
import org.saferplan.web.Shell;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The governance pages of a partnership's workspace: groups, members, meetings and the action log. Members read,
 * coordinators change: the security module's rules for {@code /partnerships/{slug}/governance/**} decide before
 * these methods run. Every id in a path is looked up within the partnership of the path, so another partnership's
 * id is not found (404). Bad input re-renders the form with status 400; a change to the record of a held meeting
 * is refused with 409 and the reason.
 */
@Controller
@RequestMapping("/partnerships/{slug}/governance")
class GovernanceController {

    private static final Map<String, String> NOTICES = Map.ofEntries(
            Map.entry("group-added", "Group added"),
            Map.entry("group-saved", "Group saved"),
            Map.entry("member-added", "Member added"),
            Map.entry("member-saved", "Member saved"),
            Map.entry("meeting-added", "Meeting added"),
            Map.entry("meeting-saved", "Meeting saved"),
            Map.entry("attendance-saved", "Attendance saved"),
            Map.entry("agenda-item-added", "Agenda item added"),
            Map.entry("decision-added", "Decision recorded"),
            Map.entry("action-added", "Action raised"),
            Map.entry("action-updated", "Action updated"));

    private final Workspaces workspaces;
    private final Governance governance;

    GovernanceController(Workspaces workspaces, Governance governance) {
        this.workspaces = workspaces;
        this.governance = governance;
    }

    @GetMapping
    String groups(@PathVariable String slug, @RequestParam(required = false) String done, Model model) {
        var partnership = workspaces.partnership(slug);
        var groups = governance.groups(partnership.id());
        var counts = new HashMap<Long, Integer>();
        var next = new HashMap<Long, String>();
        var today = Governance.today();
        for (var g : groups) {
            counts.put(g.id(), (int) governance.members(partnership.id(), g.id()).stream()
                    .filter(m -> m.currentOn(today))
                    .count());
            governance.meetings(partnership.id(), g.id()).stream()
                    .filter(m -> m.status() == MeetingStatus.PLANNED
                            && !m.startsAt().toLocalDate().isBefore(today))
                    .findFirst()
                    .ifPresent(m -> next.put(g.id(), m.dateAndTime()));
        }
        model.addAttribute("workspace", workspace(partnership, model));
        model.addAttribute("tree", GovernanceViews.tree(slug, groups, counts, next));
        model.addAttribute(
                "openActions",
                governance.openActions(partnership.id(), null, null).size());
        model.addAttribute("notice", notice(done));
        return "governance/groups";
    }

    @GetMapping("/groups/new")
    String newGroup(@PathVariable String slug, Model model) {
        var partnership = workspaces.partnership(slug);
        return groupForm(partnership, null, GroupForm.blank(), FormErrors.NONE, model);
    }

    @PostMapping("/groups/new")
    String addGroup(
            @PathVariable String slug, @ModelAttribute GroupForm form, Model model, HttpServletResponse response) {
        var partnership = workspaces.partnership(slug);
        return change(
                model,
                response,
                partnership,
                () -> {
                    var group = governance.createGroup(partnership.id(), form);
                    return redirect(GovernanceViews.groupHref(slug, group.id()), "group-added");
                },
                errors -> groupForm(partnership, null, form, errors, model));
    }

    @GetMapping("/groups/{groupId}/edit")
    String editGroup(@PathVariable String slug, @PathVariable long groupId, Model model) {
        var partnership = workspaces.partnership(slug);
        var group = governance.group(partnership.id(), groupId);
        var form = new GroupForm(
                group.name(),
                group.kind().name(),
                group.parentId() == null ? "" : group.parentId().toString(),
                group.termsOfReference());
        return groupForm(partnership, group, form, FormErrors.NONE, model);
    }

    @PostMapping("/groups/{groupId}/edit")
    String saveGroup(
            @PathVariable String slug,
            @PathVariable long groupId,
            @ModelAttribute GroupForm form,
            Model model,
            HttpServletResponse response) {
        var partnership = workspaces.partnership(slug);
        var group = governance.group(partnership.id(), groupId);
        return change(
                model,
                response,
                partnership,
                () -> {
                    governance.updateGroup(partnership.id(), groupId, form);
                    return redirect(GovernanceViews.groupHref(slug, groupId), "group-saved");
                },
                errors -> groupForm(partnership, group, form, errors, model));
    }

    private String groupForm(Partnership partnership, Group group, GroupForm form, FormErrors errors, Model model) {
        var base = GovernanceViews.base(partnership.slug());
        var groups = governance.groups(partnership.id());
        var excluded = group == null ? java.util.Set.<Long>of() : Governance.feeders(groups, group.id());
        var parents = new ArrayList<Option>();
        parents.add(new Option("", "None: it reports to no other group"));
        groups.stream()
                .filter(g -> group == null || (g.id() != group.id() && !excluded.contains(g.id())))
                .forEach(g -> parents.add(new Option(String.valueOf(g.id()), g.name())));
        model.addAttribute("workspace", workspace(partnership, model));
        model.addAttribute(
                "page",
                group == null
                        ? new GovernanceFormPage("Add a group", partnership.name(), base + "/groups/new", base)
                        : new GovernanceFormPage(
                                "Edit group: " + group.name(),
                                partnership.name(),
                                GovernanceViews.groupHref(partnership.slug(), group.id()) + "/edit",
                                GovernanceViews.groupHref(partnership.slug(), group.id())));
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        model.addAttribute(
                "kinds",
                Arrays.stream(GroupKind.values())
                        .map(k -> new Option(k.name(), k.label()))
                        .toList());
        model.addAttribute("parents", parents);
        return "governance/groupForm";
    }

    @GetMapping("/groups/{groupId}")
    String group(
            @PathVariable String slug,
            @PathVariable long groupId,
            @RequestParam(required = false) String done,
            Model model) {
        var partnership = workspaces.partnership(slug);
        var workspace = workspace(partnership, model);
        var group = governance.group(partnership.id(), groupId);
        var groups = governance.groups(partnership.id());
        var names = groupNames(groups);
        var organisations = governance.partnerNames(partnership.id());
        var today = Governance.today();
        var href = GovernanceViews.groupHref(slug, groupId);
        var members = governance.members(partnership.id(), groupId);
        var meetings = governance.meetings(partnership.id(), groupId);
        var upcoming = meetings.stream()
                .filter(m -> !m.held())
                .map(m -> GovernanceViews.meeting(slug, m))
                .toList();
        var past = new ArrayList<>(meetings.stream()
                .filter(Meeting::held)
                .map(m -> GovernanceViews.meeting(slug, m))
                .toList());
        java.util.Collections.reverse(past);
        var meetingsById = meetingsById(partnership);
        var actions = governance.openActions(partnership.id(), groupId, null).stream()
                .map(a -> GovernanceViews.action(
                        slug, a, governance.updates(a), meetingsById, names, organisations, today, null))
                .toList();
        var parent = group.parentId() == null ? null : governance.group(partnership.id(), group.parentId());
        model.addAttribute("workspace", workspace);
        model.addAttribute(
                "group",
                new GroupPage(
                        group.name(),
                        group.kind().label(),
                        parent == null ? null : parent.name(),
                        parent == null ? null : GovernanceViews.groupHref(slug, parent.id()),
                        groups.stream()
                                .filter(g -> g.parentId() != null && g.parentId() == groupId)
                                .map(Group::name)
                                .toList(),
                        group.termsOfReference(),
                        members.stream()
                                .filter(m -> m.toDate() == null || !m.toDate().isBefore(today))
                                .map(m -> GovernanceViews.member(
                                        m, organisations, workspace.mayChange() ? href + "/members/" + m.id() : null))
                                .toList(),
                        members.stream()
                                .filter(m -> m.toDate() != null && m.toDate().isBefore(today))
                                .map(m -> GovernanceViews.member(
                                        m, organisations, workspace.mayChange() ? href + "/members/" + m.id() : null))
                                .toList(),
                        upcoming,
                        past,
                        actions,
                        workspace.mayChange() ? href + "/edit" : null,
                        workspace.mayChange() ? href + "/members/new" : null,
                        workspace.mayChange() ? href + "/meetings/new" : null));
        model.addAttribute("notice", notice(done));
        return "governance/group";
    }

    @GetMapping("/groups/{groupId}/members/new")
    String newMember(@PathVariable String slug, @PathVariable long groupId, Model model) {
        var partnership = workspaces.partnership(slug);
        var group = governance.group(partnership.id(), groupId);
        return memberForm(partnership, group, null, MemberForm.blank(), FormErrors.NONE, model);
    }

    @PostMapping("/groups/{groupId}/members/new")
    String addMember(
            @PathVariable String slug,
            @PathVariable long groupId,
            @ModelAttribute MemberForm form,
            Model model,
            HttpServletResponse response) {
        var partnership = workspaces.partnership(slug);
        var group = governance.group(partnership.id(), groupId);
        return change(
                model,
                response,
                partnership,
                () -> {
                    governance.addMember(partnership.id(), groupId, form);
                    return redirect(GovernanceViews.groupHref(slug, groupId), "member-added");
                },
                errors -> memberForm(partnership, group, null, form, errors, model));
    }

    @GetMapping("/groups/{groupId}/members/{memberId}")
    String editMember(@PathVariable String slug, @PathVariable long groupId, @PathVariable long memberId, Model model) {
        var partnership = workspaces.partnership(slug);
        var group = governance.group(partnership.id(), groupId);
        var member = governance.member(group, memberId);
        var form = new MemberForm(
                member.personName(),
                member.organisationId() == null ? "" : member.organisationId().toString(),
                member.role(),
                member.electedMember() ? "true" : null,
                text(member.fromDate()),
                text(member.toDate()));
        return memberForm(partnership, group, member, form, FormErrors.NONE, model);
    }

    @PostMapping("/groups/{groupId}/members/{memberId}")
    String saveMember(
            @PathVariable String slug,
            @PathVariable long groupId,
            @PathVariable long memberId,
            @ModelAttribute MemberForm form,
            Model model,
            HttpServletResponse response) {
        var partnership = workspaces.partnership(slug);
        var group = governance.group(partnership.id(), groupId);
        var member = governance.member(group, memberId);
        return change(
                model,
                response,
                partnership,
                () -> {
                    governance.updateMember(partnership.id(), groupId, memberId, form);
                    return redirect(GovernanceViews.groupHref(slug, groupId), "member-saved");
                },
                errors -> memberForm(partnership, group, member, form, errors, model));
    }

    private String memberForm(
            Partnership partnership, Group group, GroupMember member, MemberForm form, FormErrors errors, Model model) {
        var href = GovernanceViews.groupHref(partnership.slug(), group.id());
        model.addAttribute("workspace", workspace(partnership, model));
        model.addAttribute(
                "page",
                member == null
                        ? new GovernanceFormPage("Add a member", group.name(), href + "/members/new", href)
                        : new GovernanceFormPage(
                                "Edit member: " + member.personName(),
                                group.name(),
                                href + "/members/" + member.id(),
                                href));
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        model.addAttribute("organisations", organisationOptions(partnership, "None"));
        return "governance/memberForm";
    }

    @GetMapping("/groups/{groupId}/meetings/new")
    String newMeeting(@PathVariable String slug, @PathVariable long groupId, Model model) {
        var partnership = workspaces.partnership(slug);
        var group = governance.group(partnership.id(), groupId);
        return meetingForm(partnership, group, null, MeetingForm.blank(), FormErrors.NONE, model);
    }

    @PostMapping("/groups/{groupId}/meetings/new")
    String addMeeting(
            @PathVariable String slug,
            @PathVariable long groupId,
            @ModelAttribute MeetingForm form,
            Model model,
            HttpServletResponse response) {
        var partnership = workspaces.partnership(slug);
        var group = governance.group(partnership.id(), groupId);
        return change(
                model,
                response,
                partnership,
                () -> {
                    var meeting = governance.addMeeting(partnership.id(), groupId, form);
                    return redirect(GovernanceViews.meetingHref(slug, meeting.id()), "meeting-added");
                },
                errors -> meetingForm(partnership, group, null, form, errors, model));
    }

    @GetMapping("/meetings/{meetingId}/edit")
    String editMeeting(
            @PathVariable String slug, @PathVariable long meetingId, Model model, HttpServletResponse response) {
        var partnership = workspaces.partnership(slug);
        var meeting = governance.meeting(partnership.id(), meetingId);
        var group = governance.group(partnership.id(), meeting.groupId());
        var form = new MeetingForm(
                meeting.startsAt().toLocalDate().toString(),
                meeting.startsAt().toLocalTime().toString(),
                meeting.place(),
                meeting.kind().name(),
                meeting.status().name());
        return editable(model, response, partnership, () -> {
            meeting.requireNotHeld("details");
            return meetingForm(partnership, group, meeting, form, FormErrors.NONE, model);
        });
    }

    @PostMapping("/meetings/{meetingId}/edit")
    String saveMeeting(
            @PathVariable String slug,
            @PathVariable long meetingId,
            @ModelAttribute MeetingForm form,
            Model model,
            HttpServletResponse response) {
        var partnership = workspaces.partnership(slug);
        var meeting = governance.meeting(partnership.id(), meetingId);
        var group = governance.group(partnership.id(), meeting.groupId());
        return change(
                model,
                response,
                partnership,
                () -> {
                    governance.updateMeeting(partnership.id(), meetingId, form);
                    return redirect(GovernanceViews.meetingHref(slug, meetingId), "meeting-saved");
                },
                errors -> meetingForm(partnership, group, meeting, form, errors, model));
    }

    private String meetingForm(
            Partnership partnership, Group group, Meeting meeting, MeetingForm form, FormErrors errors, Model model) {
        var groupHref = GovernanceViews.groupHref(partnership.slug(), group.id());
        model.addAttribute("workspace", workspace(partnership, model));
        model.addAttribute(
                "page",
                meeting == null
                        ? new GovernanceFormPage("Add a meeting", group.name(), groupHref + "/meetings/new", groupHref)
                        : new GovernanceFormPage(
                                "Edit meeting",
                                group.name() + ": " + meeting.date(),
                                GovernanceViews.meetingHref(partnership.slug(), meeting.id()) + "/edit",
                                GovernanceViews.meetingHref(partnership.slug(), meeting.id())));
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        model.addAttribute(
                "kinds",
                Arrays.stream(MeetingKind.values())
                        .map(k -> new Option(k.name(), k.label()))
                        .toList());
        model.addAttribute(
                "statuses",
                Arrays.stream(MeetingStatus.values())
                        .map(s -> new Option(s.name(), s.label()))
                        .toList());
        return "governance/meetingForm";
    }

    @GetMapping("/meetings/{meetingId}")
    String meeting(
            @PathVariable String slug,
            @PathVariable long meetingId,
            @RequestParam(required = false) String done,
            Model model) {
        var partnership = workspaces.partnership(slug);
        var workspace = workspace(partnership, model);
        var meeting = governance.meeting(partnership.id(), meetingId);
        var group = governance.group(partnership.id(), meeting.groupId());
        var organisations = governance.partnerNames(partnership.id());
        var names = groupNames(governance.groups(partnership.id()));
        var meetings = meetingsById(partnership);
        var today = Governance.today();
        var href = GovernanceViews.meetingHref(slug, meetingId);
        var attendance = governance.attendance(meeting);
        var members = new java.util.LinkedHashMap<Long, GroupMember>();
        governance.membersOn(meeting).forEach(m -> members.put(m.id(), m));
        governance.members(partnership.id(), group.id()).stream()
                .filter(m -> attendance.containsKey(m.id()))
                .forEach(m -> members.putIfAbsent(m.id(), m));
        var attendanceRows = members.values().stream()
                .map(m -> new AttendanceRow(
                        m.personName(),
                        GovernanceViews.organisation(m.organisationId(), organisations),
                        m.role(),
                        attendance.containsKey(m.id())
                                ? attendance.get(m.id()).label()
                                : meeting.held() ? "Absent" : "Not recorded"))
                .toList();
        var agenda = governance.agenda(meeting);
        var agendaText = agenda.stream().collect(Collectors.toMap(AgendaItem::id, AgendaItem::text));
        var decisions = governance.decisions(meeting).stream()
                .map(d -> new DecisionRow(
                        d.text(), d.agendaItemId() == null ? null : agendaText.get(d.agendaItemId()), d.recordedBy()))
                .toList();
        boolean change = workspace.mayChange();
        boolean open = change && !meeting.held();
        model.addAttribute("workspace", workspace);
        model.addAttribute(
                "meeting",
                new MeetingPage(
                        group.name(),
                        GovernanceViews.groupHref(slug, group.id()),
                        meeting.dateAndTime(),
                        meeting.place(),
                        meeting.kind().label(),
                        meeting.kind() == MeetingKind.ANNUAL_PUBLIC_MEETING,
                        meeting.status().label(),
                        meeting.held(),
                        attendanceRows,
                        agenda.stream().map(AgendaItem::text).toList(),
                        decisions,
                        governance.actionsRaisedAt(meeting).stream()
                                .map(a -> GovernanceViews.action(
                                        slug,
                                        a,
                                        governance.updates(a),
                                        meetings,
                                        names,
                                        organisations,
                                        today,
                                        change ? href + "/actions/" + a.id() : null))
                                .toList(),
                        governance.actionsCarriedInto(meeting).stream()
                                .map(a -> GovernanceViews.action(
                                        slug,
                                        a,
                                        governance.updates(a),
                                        meetings,
                                        names,
                                        organisations,
                                        today,
                                        change ? href + "/actions/" + a.id() : null))
                                .toList(),
                        open ? href + "/edit" : null,
                        open ? href + "/attendance" : null,
                        open ? href + "/agenda/new" : null,
                        open ? href + "/decisions/new" : null,
                        change ? href + "/actions/new" : null,
                        "/partnerships/" + slug + "/performance/packs/" + meeting.id()));
        model.addAttribute("notice", notice(done));
        return "governance/meeting";
    }

    @GetMapping("/meetings/{meetingId}/attendance")
    String attendanceForm(
            @PathVariable String slug, @PathVariable long meetingId, Model model, HttpServletResponse response) {
        var partnership = workspaces.partnership(slug);
        var meeting = governance.meeting(partnership.id(), meetingId);
        var attendance = governance.attendance(meeting);
        var form = new AttendanceForm(
                attendance.entrySet().stream()
                        .filter(e -> e.getValue() == Attendance.PRESENT)
                        .map(e -> e.getKey().toString())
                        .toList(),
                attendance.entrySet().stream()
                        .filter(e -> e.getValue() == Attendance.APOLOGIES)
                        .map(e -> e.getKey().toString())
                        .toList());
        return editable(model, response, partnership, () -> {
            meeting.requireNotHeld("attendance");
            return attendancePage(partnership, meeting, form, FormErrors.NONE, model);
        });
    }

    @PostMapping("/meetings/{meetingId}/attendance")
    String saveAttendance(
            @PathVariable String slug,
            @PathVariable long meetingId,
            @ModelAttribute AttendanceForm form,
            Model model,
            HttpServletResponse response) {
        var partnership = workspaces.partnership(slug);
        var meeting = governance.meeting(partnership.id(), meetingId);
        return change(
                model,
                response,
                partnership,
                () -> {
                    governance.recordAttendance(partnership.id(), meetingId, form);
                    return redirect(GovernanceViews.meetingHref(slug, meetingId), "attendance-saved");
                },
                errors -> attendancePage(partnership, meeting, form, errors, model));
    }

    private String attendancePage(
            Partnership partnership, Meeting meeting, AttendanceForm form, FormErrors errors, Model model) {
        var organisations = governance.partnerNames(partnership.id());
        var href = GovernanceViews.meetingHref(partnership.slug(), meeting.id());
        var group = governance.group(partnership.id(), meeting.groupId());
        model.addAttribute("workspace", workspace(partnership, model));
        model.addAttribute(
                "page",
                new GovernanceFormPage(
                        "Record attendance", group.name() + ": " + meeting.date(), href + "/attendance", href));
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        model.addAttribute(
                "members",
                governance.membersOn(meeting).stream()
                        .map(m -> new MemberChoice(
                                String.valueOf(m.id()),
                                m.personName()
                                        + (m.organisationId() == null
                                                ? ""
                                                : " (" + GovernanceViews.organisation(m.organisationId(), organisations)
                                                        + ")")))
                        .toList());
        return "governance/attendanceForm";
    }

    @GetMapping("/meetings/{meetingId}/agenda/new")
    String newAgendaItem(
            @PathVariable String slug, @PathVariable long meetingId, Model model, HttpServletResponse response) {
        var partnership = workspaces.partnership(slug);
        var meeting = governance.meeting(partnership.id(), meetingId);
        return editable(model, response, partnership, () -> {
            meeting.requireNotHeld("agenda");
            return agendaPage(partnership, meeting, AgendaItemForm.blank(), FormErrors.NONE, model);
        });
    }

    @PostMapping("/meetings/{meetingId}/agenda/new")
    String addAgendaItem(
            @PathVariable String slug,
            @PathVariable long meetingId,
            @ModelAttribute AgendaItemForm form,
            Model model,
            HttpServletResponse response) {
        var partnership = workspaces.partnership(slug);
        var meeting = governance.meeting(partnership.id(), meetingId);
        return change(
                model,
                response,
                partnership,
                () -> {
                    governance.addAgendaItem(partnership.id(), meetingId, form);
                    return redirect(GovernanceViews.meetingHref(slug, meetingId), "agenda-item-added");
                },
                errors -> agendaPage(partnership, meeting, form, errors, model));
    }

    private String agendaPage(
            Partnership partnership, Meeting meeting, AgendaItemForm form, FormErrors errors, Model model) {
        var href = GovernanceViews.meetingHref(partnership.slug(), meeting.id());
        var group = governance.group(partnership.id(), meeting.groupId());
        model.addAttribute("workspace", workspace(partnership, model));
        model.addAttribute(
                "page",
                new GovernanceFormPage(
                        "Add an agenda item", group.name() + ": " + meeting.date(), href + "/agenda/new", href));
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        return "governance/agendaForm";
    }

    @GetMapping("/meetings/{meetingId}/decisions/new")
    String newDecision(
            @PathVariable String slug, @PathVariable long meetingId, Model model, HttpServletResponse response) {
        var partnership = workspaces.partnership(slug);
        var meeting = governance.meeting(partnership.id(), meetingId);
        return editable(model, response, partnership, () -> {
            meeting.requireNotHeld("decisions");
            return decisionPage(partnership, meeting, DecisionForm.blank(), FormErrors.NONE, model);
        });
    }

    @PostMapping("/meetings/{meetingId}/decisions/new")
    String addDecision(
            @PathVariable String slug,
            @PathVariable long meetingId,
            @ModelAttribute DecisionForm form,
            Model model,
            HttpServletResponse response) {
        var partnership = workspaces.partnership(slug);
        var meeting = governance.meeting(partnership.id(), meetingId);
        return change(
                model,
                response,
                partnership,
                () -> {
                    governance.addDecision(partnership.id(), meetingId, form);
                    return redirect(GovernanceViews.meetingHref(slug, meetingId), "decision-added");
                },
                errors -> decisionPage(partnership, meeting, form, errors, model));
    }

    private String decisionPage(
            Partnership partnership, Meeting meeting, DecisionForm form, FormErrors errors, Model model) {
        var href = GovernanceViews.meetingHref(partnership.slug(), meeting.id());
        var group = governance.group(partnership.id(), meeting.groupId());
        var items = new ArrayList<Option>();
        items.add(new Option("", "None"));
        governance
                .agenda(meeting)
                .forEach(a -> items.add(new Option(String.valueOf(a.id()), a.position() + ". " + a.text())));
        model.addAttribute("workspace", workspace(partnership, model));
        model.addAttribute(
                "page",
                new GovernanceFormPage(
                        "Record a decision", group.name() + ": " + meeting.date(), href + "/decisions/new", href));
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        model.addAttribute("agendaItems", items);
        return "governance/decisionForm";
    }

    @GetMapping("/meetings/{meetingId}/actions/new")
    String newAction(@PathVariable String slug, @PathVariable long meetingId, Model model) {
        var partnership = workspaces.partnership(slug);
        var meeting = governance.meeting(partnership.id(), meetingId);
        return actionPage(partnership, meeting, ActionForm.blank(), FormErrors.NONE, model);
    }

    @PostMapping("/meetings/{meetingId}/actions/new")
    String raiseAction(
            @PathVariable String slug,
            @PathVariable long meetingId,
            @ModelAttribute ActionForm form,
            Model model,
            HttpServletResponse response) {
        var partnership = workspaces.partnership(slug);
        var meeting = governance.meeting(partnership.id(), meetingId);
        return change(
                model,
                response,
                partnership,
                () -> {
                    governance.raiseAction(partnership.id(), meetingId, form);
                    return redirect(GovernanceViews.meetingHref(slug, meetingId), "action-added");
                },
                errors -> actionPage(partnership, meeting, form, errors, model));
    }

    private String actionPage(
            Partnership partnership, Meeting meeting, ActionForm form, FormErrors errors, Model model) {
        var href = GovernanceViews.meetingHref(partnership.slug(), meeting.id());
        var group = governance.group(partnership.id(), meeting.groupId());
        model.addAttribute("workspace", workspace(partnership, model));
        model.addAttribute(
                "page",
                new GovernanceFormPage(
                        "Raise an action", group.name() + ": " + meeting.date(), href + "/actions/new", href));
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        model.addAttribute("organisations", organisationOptions(partnership, "None"));
        return "governance/actionForm";
    }

    @GetMapping("/meetings/{meetingId}/actions/{actionId}")
    String updateActionForm(
            @PathVariable String slug, @PathVariable long meetingId, @PathVariable long actionId, Model model) {
        var partnership = workspaces.partnership(slug);
        var meeting = governance.meeting(partnership.id(), meetingId);
        var action = reviewable(partnership, meeting, actionId);
        return updatePage(
                partnership,
                meeting,
                action,
                new ActionUpdateForm(action.status().name(), ""),
                FormErrors.NONE,
                model);
    }

    @PostMapping("/meetings/{meetingId}/actions/{actionId}")
    String updateAction(
            @PathVariable String slug,
            @PathVariable long meetingId,
            @PathVariable long actionId,
            @ModelAttribute ActionUpdateForm form,
            Model model,
            HttpServletResponse response) {
        var partnership = workspaces.partnership(slug);
        var meeting = governance.meeting(partnership.id(), meetingId);
        var action = reviewable(partnership, meeting, actionId);
        return change(
                model,
                response,
                partnership,
                () -> {
                    governance.updateAction(partnership.id(), meetingId, actionId, form);
                    return redirect(GovernanceViews.meetingHref(slug, meetingId), "action-updated");
                },
                errors -> updatePage(partnership, meeting, action, form, errors, model));
    }

    private ActionItem reviewable(Partnership partnership, Meeting meeting, long actionId) {
        var action = governance.action(partnership.id(), actionId);
        if (!governance.reviewableAt(action, meeting)) {
            throw new GovernanceNotFoundException();
        }
        return action;
    }

    private String updatePage(
            Partnership partnership,
            Meeting meeting,
            ActionItem action,
            ActionUpdateForm form,
            FormErrors errors,
            Model model) {
        var href = GovernanceViews.meetingHref(partnership.slug(), meeting.id());
        var group = governance.group(partnership.id(), meeting.groupId());
        model.addAttribute("workspace", workspace(partnership, model));
        model.addAttribute(
                "page",
                new GovernanceFormPage(
                        "Update an action",
                        group.name() + ": " + meeting.date(),
                        href + "/actions/" + action.id(),
                        href));
        model.addAttribute("action", action.text());
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        model.addAttribute(
                "statuses",
                Arrays.stream(ActionStatus.values())
                        .map(s -> new Option(s.name(), s.label()))
                        .toList());
        return "governance/actionUpdateForm";
    }

    @GetMapping("/actions")
    String actionLog(
            @PathVariable String slug,
            @RequestParam(required = false) String group,
            @RequestParam(required = false) String organisation,
            Model model) {
        var partnership = workspaces.partnership(slug);
        var groups = governance.groups(partnership.id());
        var organisations = governance.partnerNames(partnership.id());
        Long groupId = choice(group, groups.stream().map(Group::id).toList());
        Long organisationId = choice(organisation, List.copyOf(organisations.keySet()));
        var today = Governance.today();
        var meetings = meetingsById(partnership);
        var names = groupNames(groups);
        var rows = governance.openActions(partnership.id(), groupId, organisationId).stream()
                .map(a -> GovernanceViews.action(
                        slug, a, governance.updates(a), meetings, names, organisations, today, null))
                .toList();
        var groupOptions = new ArrayList<Option>();
        groupOptions.add(new Option("", "All groups"));
        groups.forEach(g -> groupOptions.add(new Option(String.valueOf(g.id()), g.name())));
        model.addAttribute("workspace", workspace(partnership, model));
        model.addAttribute(
                "log",
                new ActionLogPage(
                        rows,
                        (int) rows.stream().filter(r -> r.overdue()).count(),
                        groupOptions,
                        organisationOptions(partnership, "All organisations"),
                        groupId == null ? "" : groupId.toString(),
                        organisationId == null ? "" : organisationId.toString()));
        return "governance/actions";
    }

    /** Runs a change: on success its redirect; on bad input the form again with 400; on a refused rule, 409. */
    private String change(
            Model model,
            HttpServletResponse response,
            Partnership partnership,
            Supplier<String> action,
            Function<FormErrors, String> formPage) {
        try {
            return action.get();
        } catch (InvalidInputException e) {
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            return formPage.apply(FormErrors.of(e));
        } catch (GovernanceRuleException e) {
            return refused(e, model, response, partnership);
        }
    }

    private String editable(Model model, HttpServletResponse response, Partnership partnership, Supplier<String> page) {
        try {
            return page.get();
        } catch (GovernanceRuleException e) {
            return refused(e, model, response, partnership);
        }
    }

    private String refused(
            GovernanceRuleException e, Model model, HttpServletResponse response, Partnership partnership) {
        response.setStatus(HttpStatus.CONFLICT.value());
        model.addAttribute("workspace", workspace(partnership, model));
        model.addAttribute("message", e.getMessage());
        return "governance/refused";
    }

    private Map<Long, Meeting> meetingsById(Partnership partnership) {
        var result = new HashMap<Long, Meeting>();
        governance.meetings(partnership.id()).forEach(m -> result.put(m.id(), m));
        return result;
    }

    private static Map<Long, String> groupNames(List<Group> groups) {
        var result = new HashMap<Long, String>();
        groups.forEach(g -> result.put(g.id(), g.name()));
        return result;
    }

    private List<Option> organisationOptions(Partnership partnership, String none) {
        var options = new ArrayList<Option>();
        options.add(new Option("", none));
        governance.partnerNames(partnership.id()).forEach((id, name) -> options.add(new Option(id.toString(), name)));
        return options;
    }

    /** The id if it is one of {@code known}, else null (an unknown filter shows everything). */
    private static Long choice(String typed, List<Long> known) {
        if (typed == null || typed.isBlank()) {
            return null;
        }
        try {
            var id = Long.valueOf(typed.strip());
            return known.contains(id) ? id : null;
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static String notice(String done) {
        return done == null ? null : NOTICES.get(done);
    }

    private static String redirect(String href, String done) {
        return "redirect:" + href + "?done=" + done;
    }

    private static String text(java.time.LocalDate date) {
        return date == null ? "" : date.toString();
    }

    /** What the page shell, filled from the security module's access rules, says the reader may do here. */
    private static GovernanceWorkspace workspace(Partnership partnership, Model model) {
        var yours = Shell.workspaceIn(model, partnership.slug()).orElse(null);
        return new GovernanceWorkspace(
                partnership.slug(),
                partnership.name(),
                yours != null && yours.mayChange("governance"),
                yours != null && yours.mayRead("audit"));
    }
}
