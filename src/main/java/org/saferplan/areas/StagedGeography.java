package org.saferplan.areas;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** What one file will store, gathered and checked in full before anything is written. */
final class StagedGeography {

    record Link(String child, String parent) {}

    record BestFit(String lsoa11, String lsoa21, String change) {}

    final Map<String, Area> areas = new LinkedHashMap<>();
    final Map<String, Set<Link>> links = new LinkedHashMap<>();
    final List<BestFit> bestFits = new ArrayList<>();
    final Map<String, Integer> populations = new LinkedHashMap<>();
    long rows;

    void link(String lookup, Area child, Area parent) {
        if (child == null || parent == null) {
            return;
        }
        add(child);
        add(parent);
        links.computeIfAbsent(lookup, name -> new LinkedHashSet<>()).add(new Link(child.code(), parent.code()));
    }

    void bestFit(Area lsoa11, Area lsoa21, String change) {
        if (lsoa11 == null || lsoa21 == null || change == null) {
            return;
        }
        add(lsoa11);
        add(lsoa21);
        bestFits.add(new BestFit(lsoa11.code(), lsoa21.code(), change));
    }

    void population(Area area, Integer population) {
        if (area == null || population == null) {
            return;
        }
        add(area);
        populations.put(area.code(), population);
    }

    /** Keeps a real name over a name that is only the code (a lookup may give only codes). */
    private void add(Area area) {
        areas.merge(area.code(), area, (old, fresh) -> old.name().equals(old.code()) ? fresh : old);
    }
}
