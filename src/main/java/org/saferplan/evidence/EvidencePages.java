package org.saferplan.evidence;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;
import org.saferplan.areas.Area;
import org.saferplan.evidence.web.DatasetPage;
import org.saferplan.evidence.web.DatasetRow;
import org.saferplan.evidence.web.EvidenceWorkspace;
import org.saferplan.evidence.web.SeriesChart;
import org.saferplan.governance.LocalAuthorityCode;
import org.saferplan.governance.Partnership;
import org.saferplan.governance.Partnerships;
import org.saferplan.web.Option;
import org.saferplan.web.Shell;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;
import org.springframework.web.server.ResponseStatusException;

/** Builds the view models of the evidence pages. */
@Component
class EvidencePages {

    static final String PARTNERSHIP_AREA = "partnership";
    private static final DateTimeFormatter WHEN =
            DateTimeFormatter.ofPattern("d MMMM yyyy, HH:mm", Locale.UK).withZone(ZoneId.of("Europe/London"));
    private static final int BREAKDOWN_PERIODS = 6;

    private final Partnerships partnerships;
    private final Datasets datasets;
    private final AreaCheck areas;

    EvidencePages(Partnerships partnerships, Datasets datasets, AreaCheck areas) {
        this.partnerships = partnerships;
        this.datasets = datasets;
        this.areas = areas;
    }

    Partnership partnership(String slug) {
        return partnerships.findBySlug(slug).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    }

    static EvidenceWorkspace workspace(Partnership partnership, Model model) {
        var yours = Shell.workspaceIn(model, partnership.slug()).orElse(null);
        return new EvidenceWorkspace(
                partnership.slug(),
                partnership.name(),
                yours != null && yours.mayChange("evidence"),
                yours != null && yours.mayRead("audit"));
    }

    static String href(String slug, long id) {
        return "/partnerships/" + slug + "/evidence/datasets/" + id;
    }

    List<DatasetRow> rows(Partnership partnership) {
        return datasets.all(partnership.id()).stream()
                .map(d -> new DatasetRow(
                        d.title(),
                        href(partnership.slug(), d.id()),
                        d.kind().label(),
                        d.ownerName(),
                        d.sharing().label(),
                        d.periodType().label(),
                        d.updatedAt() == null ? "" : WHEN.format(d.updatedAt()),
                        d.illustrative()))
                .toList();
    }

    List<Option> owners(Partnership partnership) {
        var options = new ArrayList<Option>();
        options.add(new Option("", "Choose an organisation"));
        partnerships
                .partners(partnership.id())
                .forEach(p -> options.add(new Option(
                        String.valueOf(p.organisation().id()), p.organisation().name())));
        return options;
    }

    static List<String> partnershipAreas(Partnership partnership) {
        return partnership.area().stream().map(LocalAuthorityCode::value).toList();
    }

    DatasetPage page(Partnership partnership, EvidenceDataset dataset, String areaParam) {
        var slug = partnership.slug();
        var own = partnershipAreas(partnership);
        var present = datasets.areas(dataset);
        boolean coversPartnership = !present.isEmpty() && present.containsAll(own);
        var options = new ArrayList<Option>();
        if (coversPartnership) {
            options.add(new Option(PARTNERSHIP_AREA, partnership.name() + " (its authorities together)"));
        }
        var names = new LinkedHashMap<String, String>();
        for (var code : present) {
            names.put(code, areas.find(code).map(Area::name).orElse(code));
            options.add(new Option(code, names.get(code) + " (" + code + ")"));
        }
        String area = areaParam != null
                        && (areaParam.equals(PARTNERSHIP_AREA) && coversPartnership || present.contains(areaParam))
                ? areaParam
                : coversPartnership ? PARTNERSHIP_AREA : present.isEmpty() ? "" : present.get(0);
        var areaCodes = area.equals(PARTNERSHIP_AREA) ? own : List.of(area);
        var areaLabel = area.equals(PARTNERSHIP_AREA) ? partnership.name() : names.getOrDefault(area, area);
        var headline = datasets.points(dataset, "", area.isEmpty() ? List.of("") : areaCodes);
        var series = area.equals(PARTNERSHIP_AREA) && own.size() > 1
                ? EvidenceSeries.combine(dataset, headline, java.util.Set.copyOf(own))
                : headline;
        boolean ratio = series.stream().anyMatch(p -> p.denominator() != null) && !dataset.additive();
        var rows = series.stream()
                .map(p -> new DatasetPage.ValueRow(
                        p.period(), number(p.value()), number(p.numerator()), number(p.denominator())))
                .toList();
        var breakdowns = new ArrayList<DatasetPage.Breakdown>();
        int index = 0;
        for (var dimension : datasets.dimensions(dataset)) {
            index++;
            breakdowns.add(breakdown(dataset, dimension, "breakdown-" + index, areaCodes));
        }
        var versions = datasets.versions(dataset.id());
        var notes = versions.stream()
                .filter(v -> Long.valueOf(v.id()).equals(dataset.currentVersionId()))
                .findFirst()
                .map(Datasets.Version::notes)
                .orElse(List.of());
        var facts = new ArrayList<DatasetPage.Fact>();
        facts.add(new DatasetPage.Fact("Kind", dataset.kind().label()));
        facts.add(new DatasetPage.Fact("Source", dataset.source()));
        facts.add(new DatasetPage.Fact("Licence", dataset.licence()));
        facts.add(new DatasetPage.Fact("Owned by", dataset.ownerName()));
        facts.add(new DatasetPage.Fact("Sharing", dataset.sharing().label()));
        facts.add(new DatasetPage.Fact("Periods", dataset.periodType().label()));
        facts.add(new DatasetPage.Fact("Values", dataset.unit()));
        if (!dataset.description().isEmpty()) {
            facts.add(new DatasetPage.Fact("Description", dataset.description()));
        }
        if (dataset.updatedAt() != null) {
            facts.add(new DatasetPage.Fact("Last uploaded", WHEN.format(dataset.updatedAt())));
        }
        return new DatasetPage(
                dataset.id(),
                dataset.title(),
                href(slug, dataset.id()),
                dataset.illustrative(),
                dataset.sharing() == Sharing.RESTRICTED,
                facts,
                options,
                area,
                areaLabel,
                chart("chart-" + dataset.id(), dataset.title() + ", " + areaLabel, dataset.unit(), series),
                dataset.unit(),
                ratio,
                rows,
                breakdowns,
                versions.stream()
                        .map(v -> new DatasetPage.VersionRow(
                                v.fileName(),
                                WHEN.format(v.uploadedAt()),
                                v.uploadedBy(),
                                v.values(),
                                Long.valueOf(v.id()).equals(dataset.currentVersionId())))
                        .toList(),
                notes,
                dataset.kind() == DatasetKind.ASSAULTS);
    }

    private DatasetPage.Breakdown breakdown(
            EvidenceDataset dataset, String dimension, String id, List<String> areaCodes) {
        var points = datasets.points(dataset, dimension, areaCodes);
        var periods = new TreeSet<java.time.LocalDate>();
        points.forEach(p -> periods.add(p.startsOn()));
        var shown = new ArrayList<>(periods.descendingSet()).subList(0, Math.min(BREAKDOWN_PERIODS, periods.size()));
        java.util.Collections.reverse(shown);
        Map<String, Map<java.time.LocalDate, BigDecimal>> cells = new LinkedHashMap<>();
        Map<java.time.LocalDate, String> labels = new LinkedHashMap<>();
        for (var p : points) {
            if (!shown.contains(p.startsOn())) {
                continue;
            }
            labels.put(p.startsOn(), p.period());
            cells.computeIfAbsent(p.category(), k -> new LinkedHashMap<>())
                    .merge(p.startsOn(), p.value(), BigDecimal::add);
        }
        var rows = cells.entrySet().stream()
                .map(e -> new DatasetPage.BreakdownRow(
                        e.getKey(),
                        shown.stream()
                                .map(day -> e.getValue().containsKey(day)
                                        ? number(e.getValue().get(day))
                                        : "–")
                                .toList()))
                .toList();
        return new DatasetPage.Breakdown(
                dimension, id, shown.stream().map(labels::get).toList(), rows);
    }

    static String number(BigDecimal value) {
        if (value == null) {
            return "";
        }
        var format = new DecimalFormat("#,##0.#", DecimalFormatSymbols.getInstance(Locale.UK));
        format.setRoundingMode(RoundingMode.HALF_UP);
        return format.format(value);
    }

    /** The series as a line chart; null when it has fewer than 2 points. */
    static SeriesChart chart(String id, String title, String unit, List<EvidencePoint> series) {
        if (series.size() < 2) {
            return null;
        }
        int width = 640;
        int height = 300;
        int left = 64;
        int right = 16;
        int top = 16;
        int bottom = 40;
        double max =
                series.stream().mapToDouble(p -> p.value().doubleValue()).max().orElse(1);
        double min = Math.min(
                0,
                series.stream().mapToDouble(p -> p.value().doubleValue()).min().orElse(0));
        double step = niceStep((max - min) / 5);
        double top0 = Math.ceil(max / step) * step;
        double bottom0 = Math.floor(min / step) * step;
        if (top0 == bottom0) {
            top0 = bottom0 + step;
        }
        double plotHeight = height - top - bottom;
        double plotWidth = width - left - right;
        var yTicks = new ArrayList<SeriesChart.Tick>();
        for (double v = bottom0; v <= top0 + step / 2; v += step) {
            yTicks.add(new SeriesChart.Tick(
                    top + plotHeight * (top0 - v) / (top0 - bottom0), number(BigDecimal.valueOf(v))));
        }
        var xTicks = new ArrayList<SeriesChart.Tick>();
        var dots = new ArrayList<SeriesChart.Dot>();
        var points = new StringBuilder();
        int n = series.size();
        int every = Math.max(1, (int) Math.ceil(n / 8.0));
        for (int i = 0; i < n; i++) {
            var p = series.get(i);
            double x = left + plotWidth * (n == 1 ? 0.5 : (double) i / (n - 1));
            double y = top + plotHeight * (top0 - p.value().doubleValue()) / (top0 - bottom0);
            points.append(i == 0 ? "" : " ").append(round(x)).append(',').append(round(y));
            dots.add(new SeriesChart.Dot(round(x), round(y), p.period() + ": " + number(p.value()) + " " + unit));
            if (i % every == 0 || i == n - 1) {
                xTicks.add(new SeriesChart.Tick(round(x), p.period()));
            }
        }
        var first = series.get(0);
        var last = series.get(n - 1);
        var description = "Line chart of " + unit + " from " + first.period() + " (" + number(first.value()) + ") to "
                + last.period() + " (" + number(last.value()) + "); the table beside it lists every value.";
        return new SeriesChart(
                id,
                title,
                description,
                width,
                height,
                left,
                right,
                top,
                bottom,
                yTicks,
                xTicks,
                points.toString(),
                dots);
    }

    private static double round(double value) {
        return Math.round(value * 10) / 10.0;
    }

    private static double niceStep(double rough) {
        if (rough <= 0) {
            return 1;
        }
        double magnitude = Math.pow(10, Math.floor(Math.log10(rough)));
        double fraction = rough / magnitude;
        double nice = fraction <= 1 ? 1 : fraction <= 2 ? 2 : fraction <= 5 ? 5 : 10;
        return Math.max(nice * magnitude, 1e-9);
    }
}
