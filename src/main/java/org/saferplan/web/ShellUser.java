package org.saferplan.web;

import java.util.List;
import java.util.Set;

/**
 * What the page shell shows of a signed-in person: their name, the links their roles give them, and the
 * partnership workspaces they belong to.
 */
public record ShellUser(String displayName, boolean administrator, List<NavLink> links, List<Workspace> workspaces) {

    public ShellUser {
        links = List.copyOf(links);
        workspaces = List.copyOf(workspaces);
    }

    /**
     * A partnership the person belongs to, their role there, and the sections of its workspace (the path segment
     * after {@code /partnerships/{slug}/}, "" for the overview) their role lets them read and change, so pages
     * offer only what the server will accept.
     */
    public record Workspace(
            String name, String href, String role, String organisation, Set<String> readable, Set<String> changeable) {

        public Workspace {
            readable = Set.copyOf(readable);
            changeable = Set.copyOf(changeable);
        }

        public boolean mayRead(String section) {
            return readable.contains(section);
        }

        public boolean mayChange(String section) {
            return changeable.contains(section);
        }
    }
}
