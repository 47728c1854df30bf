package org.saferplan.governance;

import java.time.Instant;

/** A decision of a meeting, optionally under one of its agenda items. */
public record Decision(
        long id, long meetingId, Long agendaItemId, String text, String recordedBy, Instant recordedAt) {}
