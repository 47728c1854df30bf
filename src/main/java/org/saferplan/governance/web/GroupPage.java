package org.saferplan.governance.web;

import java.util.List;

/** A group's page: who sits on it, its meetings and its open actions. Hrefs of forms are null for readers. */
public record GroupPage(
        String name,
        String kind,
        String parentName,
        String parentHref,
        List<String> feeders,
        String termsOfReference,
        List<MemberRow> members,
        List<MemberRow> formerMembers,
        List<MeetingRow> upcoming,
        List<MeetingRow> past,
        List<ActionRow> openActions,
        String editHref,
        String addMemberHref,
        String addMeetingHref) {}
