package org.saferplan.web;

import java.util.List;

/**
 * What the page shell shows of a signed-in person: their name, the links their roles give them, and the
 * partnership workspaces they belong to.
 */
public record ShellUser(String displayName, boolean administrator, List<NavLink> links, List<Workspace> workspaces) {

    public ShellUser {
        links = List.copyOf(links);
        workspaces = List.copyOf(workspaces);
    }

    /** A partnership the person belongs to, and their role there. */
    public record Workspace(String name, String href, String role, String organisation) {}
}
