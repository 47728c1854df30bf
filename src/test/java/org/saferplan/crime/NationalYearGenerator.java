package org.saferplan.crime;

import de.siegmar.fastcsv.reader.CsvReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * Writes a realistic national year of police.uk street files (about 6.5 million rows, 43 forces x 12 months) for
 * the import benchmark, into a folder outside the repository laid out like the data.police.uk archive
 * ({@code YYYY-MM/YYYY-MM-<force>-street.csv}). Real force slugs and names, the real LSOA 2021 codes and names of
 * each force area (ONS lookups in ../shared/data/ons), the crime-type mix and outcome mix of the real Dorset files,
 * a summer peak, anti-social behaviour without Crime ID or outcome, about 4% of rows without a location, and 64-hex
 * crime ids. Deterministic (fixed seed); a finished folder is reused (marker file), so only the first run pays.
 */
final class NationalYearGenerator {

    static final YearMonth FIRST = YearMonth.of(2023, 1);
    static final int MONTHS = 12;
    static final long TARGET_ROWS = 6_500_000;
    private static final String MARKER = "complete-v1";
    private static final Path ONS = Path.of("..", "shared", "data", "ons");

    /** police.uk slug, "Falls within" name, and the centre and half-extent of the force area in degrees. */
    record Force(String slug, String name, double lon, double lat, double dLon, double dLat) {}

    /** PFA 2024 code to force (centres from ../shared/data/boundaries/boundaries_pfa20.geojson). */
    static final Map<String, Force> FORCES = new LinkedHashMap<>();

    static {
        force("E23000001", "metropolitan", "Metropolitan Police Service", -0.034, 51.488, 0.422, 0.203);
        force("E23000002", "cumbria", "Cumbria Constabulary", -2.966, 54.544, 0.74, 0.571);
        force("E23000003", "lancashire", "Lancashire Constabulary", -2.67, 53.839, 0.505, 0.378);
        force("E23000004", "merseyside", "Merseyside Police", -2.893, 53.463, 0.312, 0.201);
        force("E23000005", "greater-manchester", "Greater Manchester Police", -2.278, 53.516, 0.41, 0.179);
        force("E23000006", "cheshire", "Cheshire Constabulary", -2.624, 53.247, 0.565, 0.267);
        force("E23000007", "northumbria", "Northumbria Police", -1.897, 55.239, 0.671, 0.514);
        force("E23000008", "durham", "Durham Constabulary", -1.691, 54.67, 0.557, 0.234);
        force("E23000009", "north-yorkshire", "North Yorkshire Police", -1.349, 54.151, 1.176, 0.469);
        force("E23000010", "west-yorkshire", "West Yorkshire Police", -1.63, 53.763, 0.487, 0.222);
        force("E23000011", "south-yorkshire", "South Yorkshire Police", -1.344, 53.467, 0.478, 0.179);
        force("E23000012", "humberside", "Humberside Police", -0.46, 53.723, 0.626, 0.371);
        force("E23000013", "cleveland", "Cleveland Police", -1.19, 54.596, 0.33, 0.132);
        force("E23000014", "west-midlands", "West Midlands Police", -1.858, 52.488, 0.391, 0.157);
        force("E23000015", "staffordshire", "Staffordshire Police", -2.053, 52.782, 0.443, 0.401);
        force("E23000016", "west-mercia", "West Mercia Police", -2.543, 52.394, 0.739, 0.586);
        force("E23000017", "warwickshire", "Warwickshire Police", -1.622, 52.305, 0.393, 0.366);
        force("E23000018", "derbyshire", "Derbyshire Constabulary", -1.578, 53.147, 0.434, 0.421);
        force("E23000019", "nottinghamshire", "Nottinghamshire Police", -0.995, 53.16, 0.339, 0.357);
        force("E23000020", "lincolnshire", "Lincolnshire Police", -0.255, 53.191, 0.588, 0.487);
        force("E23000021", "leicestershire", "Leicestershire Police", -1.017, 52.707, 0.584, 0.292);
        force("E23000022", "northamptonshire", "Northamptonshire Police", -0.83, 52.307, 0.495, 0.332);
        force("E23000023", "cambridgeshire", "Cambridgeshire Constabulary", 0.024, 52.355, 0.507, 0.367);
        force("E23000024", "norfolk", "Norfolk Constabulary", 0.867, 52.713, 0.793, 0.316);
        force("E23000025", "suffolk", "Suffolk Constabulary", 1.071, 52.201, 0.712, 0.308);
        force("E23000026", "bedfordshire", "Bedfordshire Police", -0.438, 52.059, 0.279, 0.259);
        force("E23000027", "hertfordshire", "Hertfordshire Constabulary", -0.312, 51.834, 0.47, 0.24);
        force("E23000028", "essex", "Essex Police", 0.755, 51.781, 0.658, 0.32);
        force("E23000029", "thames-valley", "Thames Valley Police", -1.059, 51.805, 0.621, 0.433);
        force("E23000030", "hampshire", "Hampshire Constabulary", -1.282, 50.906, 0.614, 0.404);
        force("E23000031", "surrey", "Surrey Police", -0.421, 51.256, 0.454, 0.2);
        force("E23000032", "kent", "Kent Police", 0.77, 51.281, 0.706, 0.287);
        force("E23000033", "sussex", "Sussex Police", -0.269, 50.9, 0.913, 0.222);
        force("E23000034", "city-of-london", "City of London Police", -0.095, 51.515, 0.017, 0.007);
        force("E23000035", "devon-and-cornwall", "Devon & Cornwall Police", -4.563, 50.427, 1.737, 0.682);
        force("E23000036", "avon-and-somerset", "Avon and Somerset Constabulary", -2.792, 51.315, 0.797, 0.431);
        force("E23000037", "gloucestershire", "Gloucestershire Constabulary", -2.154, 51.846, 0.536, 0.268);
        force("E23000038", "wiltshire", "Wiltshire Police", -1.898, 51.333, 0.439, 0.379);
        force("E23000039", "dorset", "Dorset Police", -2.208, 50.734, 0.64, 0.281);
        force("W15000001", "north-wales", "North Wales Police", -4.061, 53.079, 1.039, 0.444);
        force("W15000002", "gwent", "Gwent Police", -2.958, 51.73, 0.342, 0.241);
        force("W15000003", "south-wales", "South Wales Police", -3.716, 51.609, 0.62, 0.227);
        force("W15000004", "dyfed-powys", "Dyfed-Powys Police", -4.316, 52.036, 1.201, 0.652);
    }

    private static void force(String pfa, String slug, String name, double lon, double lat, double dLon, double dLat) {
        FORCES.put(pfa, new Force(slug, name, lon, lat, dLon, dLat));
    }

    /** Crime types with their share of rows in the real Dorset 2018-10 file (anti-social behaviour 29%). */
    private static final String[] TYPES = {
        "Anti-social behaviour",
        "Violence and sexual offences",
        "Criminal damage and arson",
        "Other theft",
        "Burglary",
        "Shoplifting",
        "Vehicle crime",
        "Public order",
        "Drugs",
        "Bicycle theft",
        "Theft from the person",
        "Other crime",
        "Robbery",
        "Possession of weapons"
    };

    private static final int[] TYPE_WEIGHTS = {1869, 1771, 578, 502, 373, 358, 309, 244, 142, 128, 46, 46, 42, 32};
    private static final String[] OUTCOMES = {
        "Investigation complete; no suspect identified",
        "Unable to prosecute suspect",
        "Court result unavailable",
        "Status update unavailable",
        "Action to be taken by another organisation",
        "Offender given a caution",
        "Formal action is not in the public interest",
        "Local resolution",
        "Offender given community sentence",
        "Further investigation is not in the public interest",
        "Offender sent to prison",
        "Offender fined",
        "Offender given a drugs possession warning",
        "Offender given conditional discharge",
        "Under investigation",
        "Awaiting court outcome"
    };
    private static final int[] OUTCOME_WEIGHTS = {1740, 1717, 269, 202, 107, 82, 80, 73, 53, 49, 40, 38, 34, 24, 400, 60
    };
    /** Monthly factor, January to December: a summer peak, a February low (police.uk national pattern). */
    private static final double[] SEASON = {0.95, 0.88, 0.97, 0.97, 1.04, 1.06, 1.10, 1.06, 1.02, 1.03, 0.98, 0.94};

    private static final String[] STREETS = {
        "High Street",
        "Station Road",
        "Church Lane",
        "Park Road",
        "London Road",
        "Victoria Road",
        "Green Lane",
        "Manor Road",
        "Church Street",
        "Park Avenue",
        "The Avenue",
        "Queens Road",
        "New Road",
        "Grange Road",
        "Kings Road",
        "Alexandra Road",
        "Mill Lane",
        "Windsor Road",
        "York Road",
        "Springfield Road",
        "Highfield Road",
        "School Lane",
        "Main Street",
        "George Street",
        "Albert Road",
        "Supermarket",
        "Parking Area",
        "Petrol Station",
        "Sports/Recreation Area",
        "Shopping Area",
        "Nightclub",
        "Further/Higher Educational Building",
        "Hospital",
        "Police Station",
        "Theatre/Concert Hall"
    };

    private record Lsoa(String code, String name, double weight, int lon, int lat) {}

    private NationalYearGenerator() {}

    /** The folder with the national year, written on first use (about 1.3 GB). */
    static Path folder() throws IOException {
        var folder = Path.of(System.getProperty("java.io.tmpdir"), "saferplan-national-year");
        if (Files.exists(folder.resolve(MARKER))) {
            return folder;
        }
        write(folder);
        Files.writeString(folder.resolve(MARKER), "done\n");
        return folder;
    }

    /** The street files of the folder, sorted, named as inside the police.uk archive (YYYY-MM/file). */
    static List<SourceFile> files(Path folder) throws IOException {
        var files = new ArrayList<SourceFile>();
        try (var paths = Files.walk(folder)) {
            for (var path : paths.filter(p -> p.toString().endsWith("-street.csv"))
                    .sorted()
                    .toList()) {
                files.add(new SourceFile(folder.relativize(path).toString(), path));
            }
        }
        return files;
    }

    private static void write(Path folder) throws IOException {
        var byForce = lsoasByForce();
        long lsoaCount = byForce.values().stream().mapToLong(List::size).sum();
        double weightSum = byForce.values().stream()
                .flatMap(List::stream)
                .mapToDouble(Lsoa::weight)
                .sum();
        double seasonSum = 0;
        for (double s : SEASON) {
            seasonSum += s;
        }
        double perWeightMonth = TARGET_ROWS / (weightSum * seasonSum);
        var random = new SplittableRandom(20_231_101L);
        int typeTotal = sum(TYPE_WEIGHTS);
        int outcomeTotal = sum(OUTCOME_WEIGHTS);
        var hex = new char[64];
        for (int m = 0; m < MONTHS; m++) {
            var month = FIRST.plusMonths(m);
            var dir = Files.createDirectories(folder.resolve(month.toString()));
            for (var entry : byForce.entrySet()) {
                var force = FORCES.get(entry.getKey());
                var file = dir.resolve(month + "-" + force.slug() + "-street.csv");
                try (var out = new BufferedWriter(
                        new OutputStreamWriter(Files.newOutputStream(file), StandardCharsets.UTF_8), 1 << 16)) {
                    out.write(TestFiles.STREET_HEADER);
                    out.write('\n');
                    for (var lsoa : entry.getValue()) {
                        double mean = lsoa.weight() * SEASON[m] * perWeightMonth;
                        int rows = (int) mean + (random.nextDouble() < mean - (int) mean ? 1 : 0);
                        for (int i = 0; i < rows; i++) {
                            var type = TYPES[pick(random, TYPE_WEIGHTS, typeTotal)];
                            boolean asb = type.equals("Anti-social behaviour");
                            boolean located = random.nextInt(100) >= 4;
                            if (!asb) {
                                for (int c = 0; c < 64; c++) {
                                    hex[c] = Character.forDigit(random.nextInt(16), 16);
                                }
                                out.write(hex);
                            }
                            out.write(',');
                            out.write(month.toString());
                            out.write(',');
                            out.write(force.name());
                            out.write(',');
                            out.write(force.name());
                            out.write(',');
                            if (located) {
                                out.write(micro(lsoa.lon() + random.nextInt(-900, 900)));
                                out.write(',');
                                out.write(micro(lsoa.lat() + random.nextInt(-600, 600)));
                                out.write(",On or near ");
                                out.write(STREETS[random.nextInt(STREETS.length)]);
                                out.write(',');
                                out.write(lsoa.code());
                                out.write(',');
                                out.write(lsoa.name());
                                out.write(',');
                            } else {
                                out.write(",,No Location,,,");
                            }
                            out.write(type);
                            out.write(',');
                            if (!asb) {
                                out.write(OUTCOMES[pick(random, OUTCOME_WEIGHTS, outcomeTotal)]);
                            }
                            out.write(",\n");
                        }
                    }
                }
            }
        }
        System.out.printf("national year written to %s: %,d LSOAs in %d forces%n", folder, lsoaCount, byForce.size());
    }

    /** LSOA 2021 codes and names per force (PFA 2024 code), with a lasting crime weight and a point for each. */
    private static Map<String, List<Lsoa>> lsoasByForce() throws IOException {
        var forceOfAuthority = new HashMap<String, String>();
        try (var reader = CsvReader.builder().ofCsvRecord(ONS.resolve("lookup_ltla24_csp24_pfa24.csv"))) {
            reader.stream().skip(1).forEach(r -> forceOfAuthority.put(r.getField(0), r.getField(4)));
        }
        var random = new SplittableRandom(42);
        var byForce = new LinkedHashMap<String, List<Lsoa>>();
        FORCES.keySet().forEach(pfa -> byForce.put(pfa, new ArrayList<>()));
        var urban = List.of(
                "metropolitan",
                "city-of-london",
                "greater-manchester",
                "west-midlands",
                "west-yorkshire",
                "merseyside",
                "northumbria",
                "south-yorkshire",
                "cleveland");
        try (var reader = CsvReader.builder().ofCsvRecord(ONS.resolve("lookup_lsoa21_ward24_ltla24.csv"))) {
            reader.stream().skip(1).forEach(r -> {
                var pfa = forceOfAuthority.get(r.getField(5));
                var force = FORCES.get(pfa);
                if (force == null) {
                    return;
                }
                // Crime concentrates: a log-normal weight per LSOA, higher in the metropolitan forces.
                double weight = Math.exp(random.nextGaussian() * 0.7) * (urban.contains(force.slug()) ? 1.3 : 1.0);
                int lon = (int) Math.round((force.lon() + (random.nextDouble() * 2 - 1) * force.dLon() * 0.7) * 1e6);
                int lat = (int) Math.round((force.lat() + (random.nextDouble() * 2 - 1) * force.dLat() * 0.7) * 1e6);
                var name = r.getField(0).contains(",") ? "\"" + r.getField(0) + "\"" : r.getField(0);
                byForce.get(pfa).add(new Lsoa(r.getField(1), name, weight, lon, lat));
            });
        }
        return byForce;
    }

    private static String micro(int value) {
        var sign = value < 0 ? "-" : "";
        int abs = Math.abs(value);
        var fraction = Integer.toString(1_000_000 + abs % 1_000_000).substring(1);
        return sign + abs / 1_000_000 + "." + fraction;
    }

    private static int pick(SplittableRandom random, int[] weights, int total) {
        int r = random.nextInt(total);
        for (int i = 0; i < weights.length; i++) {
            r -= weights[i];
            if (r < 0) {
                return i;
            }
        }
        return weights.length - 1;
    }

    private static int sum(int[] values) {
        int total = 0;
        for (int v : values) {
            total += v;
        }
        return total;
    }
}
