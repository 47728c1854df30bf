package org.saferplan.performance.web;

/** A GOV.UK tag: its words and its class (Making Data Count colours, with text kept readable at AA contrast). */
public record Badge(String text, String cssClass) {}
