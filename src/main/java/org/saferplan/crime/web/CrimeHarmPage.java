package org.saferplan.crime.web;

import java.util.List;

/** The harm page: harm-weighted crime beside counts, by crime type and force, already worded and formatted. */
public record CrimeHarmPage(
        CrimeSubPage frame,
        List<String> sentences,
        AreaAnalysisPage.Chart chart,
        List<PairBar> bars,
        List<TypeRow> types,
        TypeRow total,
        List<ForceRow> forces,
        List<String> caveats) {

    public CrimeHarmPage {
        sentences = List.copyOf(sentences);
        bars = List.copyOf(bars);
        types = List.copyOf(types);
        forces = List.copyOf(forces);
        caveats = List.copyOf(caveats);
    }

    /** A crime type's two bars: its share of crimes and its share of harm. */
    public record PairBar(
            String label,
            double labelY,
            double countY,
            double countWidth,
            String countTitle,
            double harmY,
            double harmWidth,
            String harmTitle,
            double height) {}

    public record TypeRow(
            String type, String crimes, String countShare, String weight, String harm, String harmShare, String note) {}

    public record ForceRow(String force, String crimes, String weightedCrimes, String harm, String weights) {}
}
