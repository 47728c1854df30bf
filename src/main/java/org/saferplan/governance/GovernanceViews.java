package org.saferplan.governance;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.saferplan.governance.web.ActionRow;
import org.saferplan.governance.web.GroupNode;
import org.saferplan.governance.web.MeetingRow;
import org.saferplan.governance.web.MemberRow;

/** Turns governance records into the view models of its pages. */
final class GovernanceViews {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);

    private GovernanceViews() {}

    static String base(String slug) {
        return "/partnerships/" + slug + "/governance";
    }

    static String groupHref(String slug, long groupId) {
        return base(slug) + "/groups/" + groupId;
    }

    static String meetingHref(String slug, long meetingId) {
        return base(slug) + "/meetings/" + meetingId;
    }

    static String day(LocalDate date) {
        return date == null ? "" : DAY.format(date);
    }

    /** The groups as a forest: groups with no parent at the top, each with the groups that feed into it. */
    static List<GroupNode> tree(
            String slug, List<Group> groups, Map<Long, Integer> memberCounts, Map<Long, String> nextMeetings) {
        var children = new HashMap<Long, List<Group>>();
        var roots = new ArrayList<Group>();
        for (var g : groups) {
            if (g.parentId() == null) {
                roots.add(g);
            } else {
                children.computeIfAbsent(g.parentId(), k -> new ArrayList<>()).add(g);
            }
        }
        return roots.stream()
                .map(g -> node(slug, g, children, memberCounts, nextMeetings))
                .toList();
    }

    private static GroupNode node(
            String slug,
            Group g,
            Map<Long, List<Group>> children,
            Map<Long, Integer> memberCounts,
            Map<Long, String> nextMeetings) {
        return new GroupNode(
                g.name(),
                groupHref(slug, g.id()),
                g.kind().label(),
                memberCounts.getOrDefault(g.id(), 0),
                nextMeetings.get(g.id()),
                children.getOrDefault(g.id(), List.of()).stream()
                        .map(c -> node(slug, c, children, memberCounts, nextMeetings))
                        .toList());
    }

    static MemberRow member(GroupMember m, Map<Long, String> organisations, String editHref) {
        return new MemberRow(
                m.personName(),
                organisation(m.organisationId(), organisations),
                m.role(),
                m.electedMember(),
                day(m.fromDate()),
                day(m.toDate()),
                editHref);
    }

    static MeetingRow meeting(String slug, Meeting m) {
        return new MeetingRow(
                m.dateAndTime(),
                meetingHref(slug, m.id()),
                m.place(),
                m.kind().label(),
                m.kind() == MeetingKind.ANNUAL_PUBLIC_MEETING,
                m.status().label());
    }

    static String organisation(Long id, Map<Long, String> organisations) {
        return id == null ? "" : organisations.getOrDefault(id, "A former partner");
    }

    /**
     * An action as listed. {@code meetings} are the partnership's meetings by id and {@code groups} its group names
     * by id, for where the action was raised and where it was updated.
     */
    static ActionRow action(
            String slug,
            ActionItem a,
            List<ActionUpdate> updates,
            Map<Long, Meeting> meetings,
            Map<Long, String> groups,
            Map<Long, String> organisations,
            LocalDate today,
            String updateHref) {
        var raisedAt = meetings.get(a.meetingId());
        var owner = new ArrayList<String>();
        if (!a.ownerPerson().isEmpty()) {
            owner.add(a.ownerPerson());
        }
        if (a.ownerOrganisationId() != null) {
            owner.add(organisation(a.ownerOrganisationId(), organisations));
        }
        boolean overdue = a.overdueOn(today);
        var statusClass = switch (a.status()) {
            case OPEN -> overdue ? "govuk-tag--red" : "govuk-tag--blue";
            case DONE -> "govuk-tag--green";
            case DROPPED -> "govuk-tag--grey";
        };
        var updateTexts = updates.stream()
                .map(u -> u.status().label() + " at the meeting on "
                        + meetings.get(u.meetingId()).date() + (u.note().isEmpty() ? "" : ": " + u.note()))
                .toList();
        return new ActionRow(
                a.text(),
                String.join(", ", owner),
                a.dueOn() == null ? "Not set" : day(a.dueOn()),
                overdue,
                overdue ? "Overdue" : a.status().label(),
                statusClass,
                groups.get(raisedAt.groupId()),
                raisedAt.date(),
                meetingHref(slug, raisedAt.id()),
                updateTexts,
                updateHref);
    }
}
