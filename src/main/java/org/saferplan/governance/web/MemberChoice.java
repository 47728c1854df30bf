package org.saferplan.governance.web;

/** A member who can be ticked on the attendance form. */
public record MemberChoice(String id, String label) {}
