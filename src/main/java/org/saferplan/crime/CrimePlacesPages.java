package org.saferplan.crime;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.saferplan.crime.web.AreaAnalysisPage;
import org.saferplan.statistics.GetisOrdGi;

/** Words and draws {@link CrimePlaces.Places}: ranked tables, the choropleth map (server-side SVG) and Gi* spots. */
final class CrimePlacesPages {

    static final int MAP_WIDTH = 640;
    static final int MAX_MAP_HEIGHT = 640;
    static final int MARGIN = 8;
    static final int LEGEND_ROW = 22;
    static final int CLASSES = 5;
    static final String CONTIGUITY = "Neighbours for Gi* are LSOAs whose stored boundaries share at least one vertex"
            + " (queen contiguity approximated by shared boundary vertices); each LSOA counts as its own neighbour.";
    static final String SNAPPING = "police.uk moves every crime to the nearest of over 750,000 anonymous map points"
            + " before publishing it, so counts show where those points are, not exact locations; snapping can move a"
            + " crime across an LSOA or ward boundary (methods.md §1.2 and §5). Hot spots are patterns among LSOAs,"
            + " never a claim about a street or address.";

    private CrimePlacesPages() {}

    static AreaAnalysisPage.Places places(CrimePlaces.Places places) {
        var notes = new ArrayList<String>();
        notes.add(SNAPPING);
        notes.add(CONTIGUITY + " Gi* uses normal-theory bands (|z| above 1.96, 2.58, 3.29) without a permutation"
                + " test or a correction for testing many LSOAs, so some 95% spots are expected by chance.");
        notes.add("Rates use resident populations: LSOAs with town centres, retail or transport hubs show high rates"
                + " for that reason.");
        if (places.problem() != null) {
            return new AreaAnalysisPage.Places(
                    List.of(places.problem()), List.of(), List.of(), null, List.of(), List.of(), notes);
        }
        var z = places.hotSpots().z();
        var sentences = new ArrayList<String>();
        var vintageWords = places.vintage().equals("lsoa21") ? "2021" : "2011";
        sentences.add(String.format(
                Locale.UK,
                "%s (%s boundaries) and %s, ranked by crimes recorded in the period"
                        + " and by rate per 1,000 residents.",
                plural(places.lsoas().size(), "LSOA"),
                vintageWords,
                plural(places.wards().size(), "ward")));
        if (places.hotSpots().problem() != null) {
            sentences.add(
                    "Gi* hot spots cannot be computed: " + places.hotSpots().problem() + ".");
        } else {
            var hot = places.lsoas().stream()
                    .filter(p -> z.containsKey(p.code()) && z.get(p.code()) > 1.96)
                    .map(CrimePlaces.Place::name)
                    .toList();
            var cold = places.lsoas().stream()
                    .filter(p -> z.containsKey(p.code()) && z.get(p.code()) < -1.96)
                    .map(CrimePlaces.Place::name)
                    .toList();
            sentences.add(String.format(
                    Locale.UK,
                    "Getis-Ord Gi* on LSOA counts: %d hot spots and %d cold spots at" + " 95%% or more%s.",
                    hot.size(),
                    cold.size(),
                    hot.isEmpty()
                            ? ""
                            : " (hot: " + String.join(", ", hot.subList(0, Math.min(10, hot.size())))
                                    + (hot.size() > 10 ? " and " + (hot.size() - 10) + " more" : "") + ")"));
        }
        var lsoaRows = rows(places.lsoas(), z, true);
        var wardRows = rows(places.wards(), Map.of(), false);
        return map(places, sentences, lsoaRows, wardRows, notes);
    }

    static String plural(int n, String noun) {
        return n + " " + noun + (n == 1 ? "" : "s");
    }

    private static List<AreaAnalysisPage.PlaceRow> rows(
            List<CrimePlaces.Place> places, Map<String, Double> z, boolean spots) {
        var byCount = new ArrayList<>(places);
        byCount.sort(
                Comparator.comparingLong(CrimePlaces.Place::crimes).reversed().thenComparing(CrimePlaces.Place::code));
        var rateRanks = new HashMap<String, Integer>();
        var byRate = places.stream()
                .filter(p -> p.rate() != null)
                .sorted(Comparator.comparingDouble((CrimePlaces.Place p) -> p.rate())
                        .reversed())
                .toList();
        for (int i = 0; i < byRate.size(); i++) {
            rateRanks.put(byRate.get(i).code(), i + 1);
        }
        var rows = new ArrayList<AreaAnalysisPage.PlaceRow>();
        for (int i = 0; i < byCount.size(); i++) {
            var p = byCount.get(i);
            var spot = !spots
                    ? ""
                    : z.containsKey(p.code())
                            ? GetisOrdGi.Band.of(z.get(p.code())).label()
                            : "No boundary";
            rows.add(new AreaAnalysisPage.PlaceRow(
                    String.valueOf(i + 1),
                    p.code(),
                    p.name().equals(p.code()) ? "(no name loaded)" : p.name(),
                    AreaAnalysisPages.count(p.crimes()),
                    p.population() == null ? "–" : AreaAnalysisPages.count(p.population()),
                    p.rate() == null ? "–" : AreaAnalysisPages.decimal(p.rate()),
                    rateRanks.containsKey(p.code()) ? String.valueOf(rateRanks.get(p.code())) : "–",
                    spot));
        }
        return rows;
    }

    private static AreaAnalysisPage.Places map(
            CrimePlaces.Places places,
            List<String> sentences,
            List<AreaAnalysisPage.PlaceRow> lsoaRows,
            List<AreaAnalysisPage.PlaceRow> wardRows,
            List<String> notes) {
        if (places.shapes().isEmpty()) {
            sentences.add("No " + places.vintage() + " boundaries are loaded for this area, so no map can be drawn"
                    + " (load them under Administration > Geography).");
            return new AreaAnalysisPage.Places(sentences, lsoaRows, wardRows, null, List.of(), List.of(), notes);
        }
        var byCode = new HashMap<String, CrimePlaces.Place>();
        places.lsoas().forEach(p -> byCode.put(p.code(), p));
        boolean byRate = places.lsoas().stream().allMatch(p -> p.rate() != null);
        var values = new HashMap<String, Double>();
        for (var shape : places.shapes()) {
            var p = byCode.get(shape.code());
            values.put(shape.code(), byRate ? p.rate() : (double) p.crimes());
        }
        var sorted = values.values().stream().sorted().toList();
        var breaks = new double[CLASSES];
        for (int k = 0; k < CLASSES; k++) {
            breaks[k] = sorted.get(Math.max(0, (int) Math.ceil((k + 1) * sorted.size() / (double) CLASSES) - 1));
        }
        double lonMin = Double.MAX_VALUE,
                lonMax = -Double.MAX_VALUE,
                latMin = Double.MAX_VALUE,
                latMax = -Double.MAX_VALUE;
        for (var shape : places.shapes()) {
            for (var ring : shape.rings()) {
                for (var point : ring) {
                    lonMin = Math.min(lonMin, point[0]);
                    lonMax = Math.max(lonMax, point[0]);
                    latMin = Math.min(latMin, point[1]);
                    latMax = Math.max(latMax, point[1]);
                }
            }
        }
        double k = Math.cos(Math.toRadians((latMin + latMax) / 2));
        double projectedWidth = Math.max((lonMax - lonMin) * k, 1e-9);
        double projectedHeight = Math.max(latMax - latMin, 1e-9);
        double scale = (MAP_WIDTH - 2 * MARGIN) / projectedWidth;
        if (projectedHeight * scale + 2 * MARGIN > MAX_MAP_HEIGHT) {
            scale = (MAX_MAP_HEIGHT - 2 * MARGIN) / projectedHeight;
        }
        int mapHeight = (int) Math.ceil(projectedHeight * scale + 2 * MARGIN);
        var areas = new ArrayList<AreaAnalysisPage.MapArea>();
        var z = places.hotSpots().z();
        for (var shape : places.shapes()) {
            var path = new StringBuilder();
            for (var ring : shape.rings()) {
                long lastX = Long.MIN_VALUE;
                long lastY = Long.MIN_VALUE;
                for (int i = 0; i < ring.size(); i++) {
                    // Tenths of a pixel: finer is invisible. A vertex that rounds onto the one before adds nothing.
                    long x = Math.round((MARGIN + (ring.get(i)[0] - lonMin) * k * scale) * 10);
                    long y = Math.round((MARGIN + (latMax - ring.get(i)[1]) * scale) * 10);
                    if (i > 0 && x == lastX && y == lastY) {
                        continue;
                    }
                    path.append(i == 0 ? 'M' : 'L');
                    tenths(path, x).append(' ');
                    tenths(path, y).append(' ');
                    lastX = x;
                    lastY = y;
                }
                path.append("Z ");
            }
            double value = values.get(shape.code());
            int cls = 1;
            while (cls < CLASSES && value > breaks[cls - 1]) {
                cls++;
            }
            var p = byCode.get(shape.code());
            var css = "app-map__area app-map__class-" + cls;
            var spot = z.containsKey(shape.code()) ? GetisOrdGi.Band.of(z.get(shape.code())) : null;
            if (spot != null && spot.name().startsWith("HOT")) {
                css += " app-map__hot";
            } else if (spot != null && spot.name().startsWith("COLD")) {
                css += " app-map__cold";
            }
            areas.add(new AreaAnalysisPage.MapArea(
                    path.toString().strip(),
                    css,
                    String.format(
                            Locale.UK,
                            "%s (%s): %s crimes%s%s",
                            p.name(),
                            p.code(),
                            AreaAnalysisPages.count(p.crimes()),
                            p.rate() == null ? "" : ", " + AreaAnalysisPages.decimal(p.rate()) + " per 1,000",
                            spot == null ? "" : "; Gi*: " + spot.label())));
        }
        var legend = new ArrayList<AreaAnalysisPage.LegendItem>();
        double lower = sorted.get(0);
        for (int c = 0; c < CLASSES; c++) {
            if (c > 0 && breaks[c] == breaks[c - 1]) {
                continue; // fewer distinct values than classes: the class would be empty
            }
            legend.add(new AreaAnalysisPage.LegendItem(
                    "app-map__class-" + (c + 1),
                    (byRate
                                    ? AreaAnalysisPages.decimal(lower) + " to " + AreaAnalysisPages.decimal(breaks[c])
                                    : AreaAnalysisPages.count(lower) + " to " + AreaAnalysisPages.count(breaks[c]))
                            + (byRate ? " per 1,000" : " crimes"),
                    mapHeight + 8 + legend.size() * LEGEND_ROW));
            lower = breaks[c];
        }
        int height = mapHeight + 16 + CLASSES * LEGEND_ROW;
        var chart = new AreaAnalysisPage.Chart(
                MAP_WIDTH,
                height,
                "Map of " + (byRate ? "crime rate per 1,000" : "crimes") + " by LSOA",
                String.format(
                        Locale.UK,
                        "Choropleth map of %d LSOAs in up to 5 classes of equal"
                                + " numbers of LSOAs (quintiles), darker for higher %s; hot spots outlined in a thick line,"
                                + " cold spots in a dashed line. The table beside the map has the same figures.",
                        areas.size(),
                        byRate ? "rates" : "counts"));
        return new AreaAnalysisPage.Places(sentences, lsoaRows, wardRows, chart, areas, legend, notes);
    }

    static Map<String, Object> json(CrimePlaces.Places places) {
        var json = new LinkedHashMap<String, Object>();
        json.put("vintage", places.vintage());
        json.put("problem", places.problem());
        json.put("contiguity", CONTIGUITY);
        json.put("caveat", SNAPPING);
        json.put("hotSpotProblem", places.hotSpots().problem());
        var z = places.hotSpots().z();
        json.put(
                "lsoas",
                places.lsoas().stream()
                        .map(p -> {
                            var row = place(p);
                            row.put("giZ", z.get(p.code()));
                            row.put(
                                    "giBand",
                                    z.containsKey(p.code())
                                            ? GetisOrdGi.Band.of(z.get(p.code()))
                                                    .label()
                                            : null);
                            return row;
                        })
                        .toList());
        json.put("wards", places.wards().stream().map(CrimePlacesPages::place).toList());
        return json;
    }

    private static Map<String, Object> place(CrimePlaces.Place p) {
        var row = new LinkedHashMap<String, Object>();
        row.put("code", p.code());
        row.put("name", p.name());
        row.put("crimes", p.crimes());
        row.put("population", p.population());
        row.put("rate", p.rate());
        return row;
    }

    /**
     * Appends a count of tenths as a decimal with one place ("123.4", "-0.5"): String.format per vertex was most
     * of the page's Java time for a map of a few hundred LSOAs.
     */
    static StringBuilder tenths(StringBuilder out, long tenths) {
        if (tenths < 0) {
            out.append('-');
            tenths = -tenths;
        }
        return out.append(tenths / 10).append('.').append(tenths % 10);
    }
}
