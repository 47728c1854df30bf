package org.saferplan.governance.web;

import java.util.List;

/**
 * A meeting's page. The hrefs of forms are null when the reader may not change the meeting or, for attendance,
 * agenda and decisions, when it has been held. {@code packHref} is the meeting's performance pack page (the
 * performance module's), which every member may read.
 */
public record MeetingPage(
        String groupName,
        String groupHref,
        String when,
        String place,
        String kind,
        boolean annual,
        String status,
        boolean held,
        List<AttendanceRow> attendance,
        List<String> agenda,
        List<DecisionRow> decisions,
        List<ActionRow> raised,
        List<ActionRow> carriedForward,
        String editHref,
        String attendanceHref,
        String agendaHref,
        String decisionHref,
        String actionHref,
        String packHref) {}
