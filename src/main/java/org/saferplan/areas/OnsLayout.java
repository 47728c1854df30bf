package org.saferplan.areas;

import java.util.List;

/**
 * The ONS file layouts SaferPlan reads (as published by the ONS Open Geography Portal and the mid-year estimates,
 * with the column names of {@code ../shared/data/ons}). A file's layout is recognised from its header; columns
 * may come in any order and extra columns (such as single years of age) are ignored.
 */
enum OnsLayout {
    LTLA_CSP_PFA(
            "Local authority to CSP to police force area",
            false,
            "ltla24_code",
            "ltla24_name",
            "csp24_code",
            "csp24_name",
            "pfa24_code",
            "pfa24_name") {
        @Override
        void read(OnsRow row, StagedGeography staged) {
            var lad = row.area("ltla24_code", "ltla24_name", AreaKind.LOCAL_AUTHORITY);
            var csp = row.area("csp24_code", "csp24_name", AreaKind.CSP);
            var pfa = row.area("pfa24_code", "pfa24_name", AreaKind.POLICE_FORCE_AREA);
            staged.link("ltla24_csp24", lad, csp);
            staged.link("csp24_pfa24", csp, pfa);
            staged.link("ltla24_pfa24", lad, pfa);
        }
    },
    LSOA21_WARD24_LTLA24(
            "LSOA 2021 to ward 2024 to local authority 2024",
            false,
            "lsoa21_code",
            "lsoa21_name",
            "ward24_code",
            "ward24_name",
            "ltla24_code",
            "ltla24_name") {
        @Override
        void read(OnsRow row, StagedGeography staged) {
            var lsoa = row.area("lsoa21_code", "lsoa21_name", AreaKind.LSOA);
            var ward = row.area("ward24_code", "ward24_name", AreaKind.WARD);
            var lad = row.area("ltla24_code", "ltla24_name", AreaKind.LOCAL_AUTHORITY);
            staged.link("lsoa21_ward24", lsoa, ward);
            staged.link("ward24_ltla24", ward, lad);
            staged.link("lsoa21_ltla24", lsoa, lad);
        }
    },
    LSOA11_LSOA21(
            "LSOA 2011 to LSOA 2021 best fit",
            false,
            "lsoa11_code",
            "lsoa11_name",
            "change_code",
            "lsoa21_code",
            "lsoa21_name",
            "ltla22_code",
            "ltla22_name") {
        @Override
        void read(OnsRow row, StagedGeography staged) {
            var lsoa11 = row.area("lsoa11_code", "lsoa11_name", AreaKind.LSOA);
            var lsoa21 = row.area("lsoa21_code", "lsoa21_name", AreaKind.LSOA);
            var lad = row.area("ltla22_code", "ltla22_name", AreaKind.LOCAL_AUTHORITY);
            var change = row.oneOf("change_code", List.of("U", "S", "M", "X"));
            staged.bestFit(lsoa11, lsoa21, change);
            staged.link("lsoa21_ltla22", lsoa21, lad);
        }
    },
    LSOA11_LTLA21(
            "LSOA 2011 to local authority 2021", false, "lsoa11_code", "lsoa11_name", "ltla21_code", "ltla21_name") {
        @Override
        void read(OnsRow row, StagedGeography staged) {
            staged.link(
                    "lsoa11_ltla21",
                    row.area("lsoa11_code", "lsoa11_name", AreaKind.LSOA),
                    row.area("ltla21_code", "ltla21_name", AreaKind.LOCAL_AUTHORITY));
        }
    },
    LSOA11_LTLA19(
            "LSOA 2011 to local authority 2019", false, "lsoa11_code", "lsoa11_name", "ltla19_code", "ltla19_name") {
        @Override
        void read(OnsRow row, StagedGeography staged) {
            staged.link(
                    "lsoa11_ltla19",
                    row.area("lsoa11_code", "lsoa11_name", AreaKind.LSOA),
                    row.area("ltla19_code", "ltla19_name", AreaKind.LOCAL_AUTHORITY));
        }
    },
    LSOA11_WARD17("LSOA 2011 to ward 2017", false, "lsoa11_code", "ward17_code") {
        @Override
        void read(OnsRow row, StagedGeography staged) {
            staged.link(
                    "lsoa11_ward17",
                    row.area("lsoa11_code", null, AreaKind.LSOA),
                    row.area("ward17_code", null, AreaKind.WARD));
        }
    },
    POPULATION_LSOA11("Mid-year population by LSOA 2011", true, "lsoa11_code", "lsoa11_name", "total_population") {
        @Override
        void read(OnsRow row, StagedGeography staged) {
            staged.population(row.area("lsoa11_code", "lsoa11_name", AreaKind.LSOA), row.count("total_population"));
        }
    },
    POPULATION_LTLA21(
            "Mid-year population by local authority (2021 codes)",
            true,
            "ltla21_code",
            "ltla21_name",
            "total_population") {
        @Override
        void read(OnsRow row, StagedGeography staged) {
            staged.population(
                    row.area("ltla21_code", "ltla21_name", AreaKind.LOCAL_AUTHORITY), row.count("total_population"));
        }
    },
    POPULATION_LTLA19(
            "Mid-year population by local authority (2019 codes)",
            true,
            "ltla19_code",
            "ltla19_name",
            "total_population") {
        @Override
        void read(OnsRow row, StagedGeography staged) {
            staged.population(
                    row.area("ltla19_code", "ltla19_name", AreaKind.LOCAL_AUTHORITY), row.count("total_population"));
        }
    };

    private final String description;
    private final boolean population;
    private final List<String> columns;

    OnsLayout(String description, boolean population, String... columns) {
        this.description = description;
        this.population = population;
        this.columns = List.of(columns);
    }

    abstract void read(OnsRow row, StagedGeography staged);

    String description() {
        return description;
    }

    /** Population layouts need the year of the estimates (from the file name or the person importing). */
    boolean population() {
        return population;
    }

    List<String> columns() {
        return columns;
    }

    /** The layout whose columns the header has; where several match, the one with most columns (most specific). */
    static OnsLayout recognise(List<String> header) {
        OnsLayout best = null;
        for (var layout : values()) {
            if (header.containsAll(layout.columns) && (best == null || layout.columns.size() > best.columns.size())) {
                best = layout;
            }
        }
        return best;
    }
}
