package org.saferplan.security;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The parts of a partnership's workspace (the path segment after {@code /partnerships/{slug}/}) and which roles
 * may read and change each. This table is the one place partnership access is decided; a segment not listed here
 * is readable by members and changeable by coordinators only.
 */
enum PartnershipSection {
    OVERVIEW("", all(), EnumSet.of(Role.COORDINATOR)),
    PARTNERS("partners", all(), EnumSet.of(Role.COORDINATOR)),
    AUDIT("audit", EnumSet.of(Role.COORDINATOR), EnumSet.noneOf(Role.class)),
    PLAN("plan", all(), EnumSet.of(Role.COORDINATOR)),
    GOVERNANCE("governance", all(), EnumSet.of(Role.COORDINATOR)),
    PERFORMANCE("performance", all(), EnumSet.of(Role.COORDINATOR, Role.ANALYST)),
    PUBLISHING("publishing", all(), EnumSet.of(Role.COORDINATOR)),
    EVIDENCE("evidence", all(), EnumSet.of(Role.ANALYST, Role.COORDINATOR)),
    SURVEYS("surveys", all(), EnumSet.of(Role.ANALYST, Role.COORDINATOR)),
    ASSESSMENT("assessment", all(), EnumSet.of(Role.ANALYST, Role.COORDINATOR)),
    /** Partner officers post updates on their own organisation's activities; the plan module checks ownership. */
    ACTIVITIES("activities", all(), EnumSet.allOf(Role.class));

    private final String segment;
    private final Set<Role> readers;
    private final Set<Role> writers;

    PartnershipSection(String segment, Set<Role> readers, Set<Role> writers) {
        this.segment = segment;
        this.readers = readers;
        this.writers = writers;
    }

    static PartnershipSection of(String segment) {
        return Arrays.stream(values())
                .filter(section -> section.segment.equals(segment))
                .findFirst()
                .orElse(OVERVIEW);
    }

    /** The sections the role may read (or, with {@code write}, change). */
    static Set<String> segmentsAllowing(Role role, boolean write) {
        return Arrays.stream(values())
                .filter(section -> section.allows(role, write))
                .map(section -> section.segment)
                .collect(Collectors.toUnmodifiableSet());
    }

    boolean allows(Role role, boolean write) {
        return (write ? writers : readers).contains(role);
    }

    private static Set<Role> all() {
        return EnumSet.allOf(Role.class);
    }
}
