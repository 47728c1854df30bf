package org.saferplan.publishing.web;

import java.util.ArrayList;
import java.util.List;

/**
 * A bar chart drawn as SVG on the server (vertical bars for a series over time, horizontal for categories), always
 * printed with a table of the same figures beside it. Coordinates are in the SVG's own units.
 */
public record BarChart(
        String id,
        String title,
        String description,
        boolean horizontal,
        int width,
        int height,
        int left,
        int top,
        int plotWidth,
        int plotHeight,
        List<Bar> bars,
        List<Tick> ticks) {

    public BarChart {
        bars = List.copyOf(bars);
        ticks = List.copyOf(ticks);
    }

    /** A bar with its label and the value written beside it; {@code missing} draws no bar. */
    public record Bar(
            double x,
            double y,
            double w,
            double h,
            String label,
            String value,
            double labelX,
            double labelY,
            boolean missing) {}

    /** A value-axis gridline. */
    public record Tick(double at, String label) {}

    public int bottom() {
        return top + plotHeight;
    }

    public int right() {
        return left + plotWidth;
    }

    /**
     * Lays out the bars. {@code values} may hold nulls (missing); {@code labels} and {@code formatted} are the
     * category labels and the values as text.
     */
    public static BarChart of(
            String id,
            String title,
            String description,
            boolean horizontal,
            List<String> labels,
            List<Long> values,
            List<String> formatted) {
        long max = Math.max(
                1,
                values.stream()
                        .filter(v -> v != null)
                        .mapToLong(Long::longValue)
                        .max()
                        .orElse(1));
        long step = niceStep(max);
        long top = ((max + step - 1) / step) * step;
        int n = labels.size();
        var bars = new ArrayList<Bar>();
        var ticks = new ArrayList<Tick>();
        if (horizontal) {
            int left = 260;
            int row = 26;
            int plotWidth = 400;
            int height = 30 + n * row + 30;
            for (int i = 0; i < n; i++) {
                var v = values.get(i);
                double w = v == null ? 0 : plotWidth * (double) v / top;
                double y = 20 + i * row;
                bars.add(new Bar(
                        left,
                        y + 4,
                        w,
                        row - 8,
                        labels.get(i),
                        formatted.get(i),
                        left + w + 6,
                        y + row / 2.0,
                        v == null));
            }
            for (long t = 0; t <= top; t += step) {
                ticks.add(new Tick(left + plotWidth * (double) t / top, String.format("%,d", t)));
            }
            return new BarChart(
                    id,
                    title,
                    description,
                    true,
                    left + plotWidth + 80,
                    height,
                    left,
                    20,
                    plotWidth,
                    n * row,
                    bars,
                    ticks);
        }
        int left = 60;
        int plotHeight = 220;
        int plotWidth = Math.max(300, n * 44);
        double slot = plotWidth / (double) Math.max(1, n);
        for (int i = 0; i < n; i++) {
            var v = values.get(i);
            double h = v == null ? 0 : plotHeight * (double) v / top;
            double x = left + i * slot + slot * 0.15;
            bars.add(new Bar(
                    x,
                    20 + plotHeight - h,
                    slot * 0.7,
                    h,
                    labels.get(i),
                    formatted.get(i),
                    left + i * slot + slot / 2,
                    20 + plotHeight + 16,
                    v == null));
        }
        for (long t = 0; t <= top; t += step) {
            ticks.add(new Tick(20 + plotHeight - plotHeight * (double) t / top, String.format("%,d", t)));
        }
        return new BarChart(
                id,
                title,
                description,
                false,
                left + plotWidth + 20,
                20 + plotHeight + 40,
                left,
                20,
                plotWidth,
                plotHeight,
                bars,
                ticks);
    }

    static long niceStep(long max) {
        double raw = max / 4.0;
        double magnitude = Math.pow(10, Math.floor(Math.log10(Math.max(1, raw))));
        for (double m : new double[] {1, 2, 5, 10}) {
            if (m * magnitude >= raw) {
                return Math.max(1, (long) (m * magnitude));
            }
        }
        return (long) (10 * magnitude);
    }
}
