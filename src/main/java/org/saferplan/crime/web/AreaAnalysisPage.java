package org.saferplan.crime.web;

import java.util.List;

/**
 * The analysis sections of the crime statistics page (comparison, trend, seasonality, Covid, places), already
 * worded and formatted. A section that cannot be computed on the stored data carries a sentence saying what is
 * missing and no figures.
 */
public record AreaAnalysisPage(
        Comparison comparison, Trend trend, Seasonality seasonality, Covid covid, Places places) {

    /** A chart: SVG size, title and description (the figures are in the table beside it). */
    public record Chart(int width, int height, String title, String description) {}

    /**
     * Comparison with other areas.
     *
     * @param peersValue what the peer field shows (the codes used)
     * @param sentences the verdicts in words
     * @param funnel null when no funnel can be drawn
     */
    public record Comparison(
            String peerGroup,
            String peersValue,
            List<String> sentences,
            List<ReferenceRow> references,
            List<TypeRow> types,
            List<PeerRow> peers,
            Funnel funnel,
            List<String> notes) {

        public Comparison {
            sentences = List.copyOf(sentences);
            references = List.copyOf(references);
            types = List.copyOf(types);
            peers = List.copyOf(peers);
            notes = List.copyOf(notes);
        }
    }

    public record ReferenceRow(
            String label, String crimes, String population, String rate, String verdict95, String verdict998) {}

    public record TypeRow(
            String type,
            String rate,
            String allForcesRate,
            String allForcesVerdict,
            String forceRate,
            String forceVerdict,
            String peerRate,
            String peerVerdict) {}

    public record PeerRow(
            String name,
            String code,
            String crimes,
            String population,
            String rate,
            String interval,
            String note,
            boolean focal) {}

    /** A funnel plot: points, limit lines as SVG polyline points, the centre line's y and axis labels. */
    public record Funnel(
            Chart chart,
            List<Point> points,
            String upper95,
            String lower95,
            String upper998,
            String lower998,
            double centreY,
            int plotLeft,
            int plotRight,
            int plotTop,
            int plotBottom,
            List<Tick> xTicks,
            List<Tick> yTicks) {}

    public record Point(double x, double y, String label, boolean focal) {}

    public record Tick(double position, String label) {}

    /** Trend: sentences, rolling 12-month totals and year-on-year changes. */
    public record Trend(List<String> sentences, List<String[]> rolling, List<ChangeRow> changes) {}

    public record ChangeRow(
            String type,
            String previous,
            String latest,
            String ratio,
            String pValue,
            String wheelerZ,
            String direction) {}

    /** Seasonal index by calendar month. */
    public record Seasonality(
            List<String> sentences, List<String[]> months, Chart chart, List<Bar> bars, double oneY) {}

    public record Bar(String label, double x, double y, double width, double height) {}

    /** Covid: observed against expected. */
    public record Covid(String from, String to, List<String> sentences, List<CovidRow> rows) {}

    public record CovidRow(
            String type,
            String month,
            String observed,
            String expected,
            String interval,
            String difference,
            String verdict) {}

    /** Places: LSOAs and wards ranked, the choropleth map and Gi* hot spots. */
    public record Places(
            List<String> sentences,
            List<PlaceRow> lsoas,
            List<PlaceRow> wards,
            Chart map,
            List<MapArea> areas,
            List<LegendItem> legend,
            List<String> notes) {}

    public record PlaceRow(
            String rank,
            String code,
            String name,
            String crimes,
            String population,
            String rate,
            String rateRank,
            String spot) {}

    public record MapArea(String path, String cssClass, String title) {}

    public record LegendItem(String cssClass, String label, int y) {}
}
