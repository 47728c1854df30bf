package org.saferplan.governance.web;

import java.util.stream.Collectors;
import org.saferplan.governance.LocalAuthorityCode;
import org.saferplan.governance.Partnership;

/** One partnership in the administrators' list. */
public record PartnershipRow(long id, String slug, String name, String area, int partners) {

    public static PartnershipRow from(Partnership partnership, int partners) {
        return new PartnershipRow(
                partnership.id(), partnership.slug(), partnership.name(), area(partnership), partners);
    }

    public static String area(Partnership partnership) {
        return partnership.area().stream().map(LocalAuthorityCode::value).collect(Collectors.joining(", "));
    }
}
