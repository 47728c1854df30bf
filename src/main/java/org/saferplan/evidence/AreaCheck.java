package org.saferplan.evidence;

import java.util.Optional;
import org.saferplan.areas.Area;
import org.saferplan.areas.AreaKind;
import org.saferplan.areas.Geography;
import org.springframework.stereotype.Component;

/** Checks area codes against ONS geography (the areas module), remembering the answers within one import. */
@Component
class AreaCheck {

    private final Geography geography;

    AreaCheck(Geography geography) {
        this.geography = geography;
    }

    Optional<Area> find(String code) {
        return geography.find(code);
    }

    /**
     * The local authorities known by this name, or the successors of an authority abolished since 2011 (see
     * {@link Geography#localAuthoritiesNamed}).
     */
    java.util.List<Area> authoritiesNamed(String name) {
        return geography.localAuthoritiesNamed(name);
    }

    /** Why the code is not usable, or null when ONS geography knows it. */
    String problem(String code) {
        if (code == null || code.isEmpty()) {
            return "found nothing; expected a GSS area code such as E06000059";
        }
        boolean wellFormed = java.util.Arrays.stream(AreaKind.values()).anyMatch(kind -> kind.accepts(code));
        if (!wellFormed) {
            return "found " + Problems.quoted(code) + "; expected a GSS area code such as E06000059 (local authority)"
                    + " or E01015272 (LSOA)";
        }
        return geography.find(code).isPresent()
                ? null
                : "found " + code + ", which is not an area in SaferPlan's ONS geography; expected a current GSS code"
                        + " (a local authority, CSP, police force area, ward or LSOA)";
    }
}
