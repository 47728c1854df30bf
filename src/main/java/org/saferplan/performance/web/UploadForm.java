package org.saferplan.performance.web;

/** Values pasted as CSV text ({@code period,value} per line); an uploaded file is read into the same text. */
public record UploadForm(String csv) {}
