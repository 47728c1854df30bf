package org.saferplan.evidence.web;

import java.util.List;

/**
 * A line chart of one series drawn as server-side SVG; the page puts the same numbers in a table beside it.
 *
 * @param points the polyline's points, "x,y x,y ..."
 */
public record SeriesChart(
        String id,
        String title,
        String description,
        int width,
        int height,
        int left,
        int right,
        int top,
        int bottom,
        List<Tick> yTicks,
        List<Tick> xTicks,
        String points,
        List<Dot> dots) {

    public record Tick(double at, String label) {}

    public record Dot(double cx, double cy, String label) {}
}
