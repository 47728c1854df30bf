package org.saferplan.governance.web;

/** A decision as listed; {@code agendaItem} is null when it was not taken under an agenda item. */
public record DecisionRow(String text, String agendaItem, String recordedBy) {}
