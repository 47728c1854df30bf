package org.saferplan.areas;

/** An ONS area: its GSS code, kind and name. */
public record Area(String code, AreaKind kind, String name) {}
