package org.saferplan.governance;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.saferplan.governance.web.ActionForm;
import org.saferplan.governance.web.ActionUpdateForm;
import org.saferplan.governance.web.AgendaItemForm;
import org.saferplan.governance.web.AttendanceForm;
import org.saferplan.governance.web.DecisionForm;
import org.saferplan.governance.web.GroupForm;
import org.saferplan.governance.web.MeetingForm;
import org.saferplan.governance.web.MemberForm;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Loads groups, members, meetings, decisions and actions from a small line format, through the same rules as the
 * forms. One record a line, fields separated by {@code |}; {@code #} starts a comment. Dates are YYYY-MM-DD or
 * {@code today+N} / {@code today-N} days, so a demo's planned meeting stays in the future.
 * <pre>
 * group: name | BOARD, PCG or OTHER | name of the group it feeds into, or empty | terms of reference
 * member: group | person | organisation name, or empty | role | elected (yes/no) | from | to
 * meeting: key | group | date | HH:MM | place | ORDINARY or ANNUAL_PUBLIC_MEETING | PLANNED or HELD
 * present: meeting key | person; person ...       apologies: meeting key | person; person ...
 * agenda: meeting key | text                       decision: meeting key | text | agenda item number, or empty
 * action: key | meeting key | text | owner | organisation name, or empty | due date
 * update: meeting key | action key | OPEN, DONE or DROPPED | note
 * </pre>
 * Meetings marked HELD are marked so last, after their attendance, agenda and decisions are in.
 */
@Service
public class GovernanceDocuments {

    private final Governance governance;

    GovernanceDocuments(Governance governance) {
        this.governance = governance;
    }

    @Transactional
    public void load(long partnershipId, String text) {
        var organisations = new HashMap<String, Long>();
        governance.partnerNames(partnershipId).forEach((id, name) -> organisations.put(name, id));
        var groups = new HashMap<String, Group>();
        var meetings = new HashMap<String, Meeting>();
        var held = new ArrayList<Meeting>();
        var actions = new HashMap<String, ActionItem>();
        for (var raw : text.split("\n")) {
            var line = raw.strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            int colon = line.indexOf(':');
            var kind = line.substring(0, colon).strip();
            var f = Arrays.stream(line.substring(colon + 1).split("\\|", -1))
                    .map(String::strip)
                    .toList();
            switch (kind) {
                case "group" -> {
                    var parent = f.get(2).isEmpty()
                            ? ""
                            : String.valueOf(groups.get(f.get(2)).id());
                    groups.put(
                            f.get(0),
                            governance.createGroup(
                                    partnershipId,
                                    new GroupForm(
                                            f.get(0), f.get(1), parent, f.get(3).replace("\\n", "\n"))));
                }
                case "member" ->
                    governance.addMember(
                            partnershipId,
                            groups.get(f.get(0)).id(),
                            new MemberForm(
                                    f.get(1),
                                    organisation(organisations, f.get(2)),
                                    f.get(3),
                                    "yes".equals(f.get(4)) ? "true" : null,
                                    date(f.get(5)),
                                    date(f.get(6))));
                case "meeting" -> {
                    var meeting = governance.addMeeting(
                            partnershipId,
                            groups.get(f.get(1)).id(),
                            new MeetingForm(date(f.get(2)), f.get(3), f.get(4), f.get(5), "PLANNED"));
                    meetings.put(f.get(0), meeting);
                    if ("HELD".equals(f.get(6))) {
                        held.add(meeting);
                    }
                }
                case "present", "apologies" -> attendance(partnershipId, meetings.get(f.get(0)), kind, f.get(1));
                case "agenda" ->
                    governance.addAgendaItem(
                            partnershipId, meetings.get(f.get(0)).id(), new AgendaItemForm(f.get(1), ""));
                case "decision" -> {
                    var meeting = meetings.get(f.get(0));
                    var item = f.get(2).isEmpty()
                            ? ""
                            : String.valueOf(governance
                                    .agenda(meeting)
                                    .get(Integer.parseInt(f.get(2)) - 1)
                                    .id());
                    governance.addDecision(partnershipId, meeting.id(), new DecisionForm(f.get(1), item));
                }
                case "action" ->
                    actions.put(
                            f.get(0),
                            governance.raiseAction(
                                    partnershipId,
                                    meetings.get(f.get(1)).id(),
                                    new ActionForm(
                                            f.get(2),
                                            f.get(3),
                                            organisation(organisations, f.get(4)),
                                            date(f.get(5)))));
                case "update" ->
                    governance.updateAction(
                            partnershipId,
                            meetings.get(f.get(0)).id(),
                            actions.get(f.get(1)).id(),
                            new ActionUpdateForm(f.get(2), f.get(3)));
                default -> throw new IllegalArgumentException("Unknown governance line: " + line);
            }
        }
        for (var meeting : held) {
            governance.updateMeeting(
                    partnershipId,
                    meeting.id(),
                    new MeetingForm(
                            meeting.startsAt().toLocalDate().toString(),
                            meeting.startsAt().toLocalTime().toString(),
                            meeting.place(),
                            meeting.kind().name(),
                            "HELD"));
        }
    }

    private void attendance(long partnershipId, Meeting meeting, String kind, String people) {
        var byName = new HashMap<String, String>();
        governance.membersOn(meeting).forEach(m -> byName.put(m.personName(), String.valueOf(m.id())));
        var ids = Arrays.stream(people.split(";"))
                .map(String::strip)
                .map(name -> {
                    var id = byName.get(name);
                    if (id == null) {
                        throw new IllegalArgumentException("No member called " + name + " on " + meeting.date());
                    }
                    return id;
                })
                .toList();
        var current = governance.attendance(meeting);
        List<String> present = new ArrayList<>();
        List<String> apologies = new ArrayList<>();
        current.forEach((id, a) -> (a == Attendance.PRESENT ? present : apologies).add(String.valueOf(id)));
        (kind.equals("present") ? present : apologies).addAll(ids);
        governance.recordAttendance(partnershipId, meeting.id(), new AttendanceForm(present, apologies));
    }

    private static String organisation(Map<String, Long> organisations, String name) {
        if (name.isEmpty()) {
            return "";
        }
        var id = organisations.get(name);
        if (id == null) {
            throw new IllegalArgumentException(name + " is not a partner of the partnership");
        }
        return String.valueOf(id);
    }

    private static String date(String typed) {
        if (typed.startsWith("today")) {
            return Governance.today()
                    .plusDays(Long.parseLong(typed.substring(5).replace("+", "")))
                    .toString();
        }
        return typed;
    }
}
