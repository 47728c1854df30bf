package org.saferplan.governance.web;

import java.util.List;

/** A group in the partnership's structure, with the groups that feed into it. */
public record GroupNode(
        String name, String href, String kind, int members, String nextMeeting, List<GroupNode> children) {

    public GroupNode {
        children = List.copyOf(children);
    }
}
