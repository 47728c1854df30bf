package org.saferplan.governance.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.stream.Collectors;
import org.saferplan.governance.LocalAuthorityCode;
import org.saferplan.governance.Partnership;

/** The add and edit partnership form; the web address name (slug) is only set when the partnership is added. */
public record PartnershipForm(
        @NotBlank(message = "Enter the partnership's name")
        @Size(max = 200, message = "The partnership's name must be 200 characters or fewer")
        String name,

        String slug,

        @NotBlank(message = "Enter at least one local authority code, like E06000059 for Dorset")
        @Size(max = 2000, message = "Enter at most 2000 characters of local authority codes")
        String areaCodes) {

    public static PartnershipForm blank() {
        return new PartnershipForm("", "", "");
    }

    public static PartnershipForm of(Partnership partnership) {
        return new PartnershipForm(
                partnership.name(),
                partnership.slug(),
                partnership.area().stream().map(LocalAuthorityCode::value).collect(Collectors.joining(", ")));
    }
}
