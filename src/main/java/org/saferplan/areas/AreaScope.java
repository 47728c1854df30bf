package org.saferplan.areas;

import java.util.List;
import java.util.Set;

/**
 * An area as statistics need it: the LSOAs that make it up (2011 and 2021 codes alike, since police.uk rows carry
 * the vintage of their month and an unchanged LSOA keeps its code) and the local authorities whose populations
 * apply. Notes say anything a reader must know, such as an authority shared by several CSPs.
 *
 * @param localAuthorities the authorities covering the area; empty for a ward or LSOA
 */
public record AreaScope(
        String code, String name, AreaKind kind, Set<String> lsoas, List<String> localAuthorities, List<String> notes) {

    public AreaScope {
        lsoas = Set.copyOf(lsoas);
        localAuthorities = List.copyOf(localAuthorities);
        notes = List.copyOf(notes);
    }
}
