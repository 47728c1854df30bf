package org.saferplan.governance;

/** One item of a meeting's agenda, in order (1 first). */
public record AgendaItem(long id, long meetingId, int position, String text) {}
