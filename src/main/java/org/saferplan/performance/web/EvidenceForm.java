package org.saferplan.performance.web;

/** A dated evidence note on a measure. */
public record EvidenceForm(String note, String date) {}
