package org.saferplan.performance.web;

import java.util.List;

/** The partnership's groups with their meetings and whether each has a performance pack. */
public record PackList(List<GroupRow> groups) {

    public PackList {
        groups = List.copyOf(groups);
    }

    /** A group and its meetings, latest first. */
    public record GroupRow(String name, String kind, List<MeetingRow> meetings) {

        public GroupRow {
            meetings = List.copyOf(meetings);
        }
    }

    /** A meeting, its status, and its pack's link and state. */
    public record MeetingRow(String when, String status, String href, String pack) {}
}
