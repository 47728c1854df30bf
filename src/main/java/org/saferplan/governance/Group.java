package org.saferplan.governance;

/** A group of a partnership: its strategic board, a Partnership Co-ordinating Group or another group. */
public record Group(long id, long partnershipId, String name, GroupKind kind, Long parentId, String termsOfReference) {}
