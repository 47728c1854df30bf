package org.saferplan.performance.web;

import java.util.List;

/**
 * A Making Data Count chart drawn as inline SVG on the server: every coordinate is worked out here, so the template
 * only places shapes. The data table beside it is its accessible equivalent.
 */
public record SpcChart(
        String id,
        String title,
        String description,
        int width,
        int height,
        int left,
        int right,
        int top,
        int bottom,
        List<Dot> dots,
        List<Line> lines,
        List<Tick> yTicks,
        List<Tick> xTicks,
        List<Legend> legend) {

    public SpcChart {
        dots = List.copyOf(dots);
        lines = List.copyOf(lines);
        yTicks = List.copyOf(yTicks);
        xTicks = List.copyOf(xTicks);
        legend = List.copyOf(legend);
    }

    /** A point: centre, fill colour (Making Data Count) and what it is, for its tooltip. */
    public record Dot(String cx, String cy, String fill, String label) {}

    /** A polyline: points "x,y x,y", stroke colour, dash pattern ("" for solid) and width. */
    public record Line(String points, String stroke, String dash, String width) {}

    /** An axis label at a position (y for the value axis, x for periods). */
    public record Tick(String at, String label) {}

    /** A key entry: a swatch colour, whether it is a line, and its words. */
    public record Legend(String colour, boolean line, String dash, String text) {}
}
