package org.saferplan.performance.web;

/**
 * The page of a meeting's performance pack: the meeting as it is now, whether the reader may generate the pack
 * (null action when not: they may not change performance data, or the meeting is held and its pack frozen), and the
 * pack as stored (null before it is first generated).
 */
public record PackPage(
        String groupName,
        String meetingWhen,
        String meetingHref,
        boolean held,
        String href,
        String generateAction,
        String printHref,
        String pdfHref,
        boolean frozen,
        PackView pack) {}
