package org.saferplan.publishing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import org.saferplan.governance.Partnership;
import org.saferplan.governance.Partnerships;
import org.saferplan.security.Role;
import org.saferplan.security.UserAccounts;
import org.springframework.core.io.ClassPathResource;

/** Partnerships of a test's own, with the demo Dorset partnership's partners and a coordinator. */
final class PublishingFixtures {

    private PublishingFixtures() {}

    /** A new partnership over Dorset's area with Dorset's partners, and a coordinator named {@code <slug>-coordinator}. */
    static Partnership partnership(Partnerships partnerships, UserAccounts accounts, String slug) {
        var dorset = partnerships.findBySlug("dorset").orElseThrow();
        var created = partnerships.create("Test Partnership " + slug, slug, "E06000059");
        var partners = partnerships.partners(dorset.id());
        for (var partner : partners) {
            partnerships.setPartner(created.id(), partner.organisation().id(), partner.membership());
        }
        var account =
                accounts.create(slug + "-coordinator", "Test Coordinator", "saferplan-test-password", false, true);
        accounts.setMembership(
                account.id(),
                created.id(),
                Role.COORDINATOR,
                partners.get(0).organisation().id());
        return created;
    }

    static String demoPlan(String file) {
        try {
            return new ClassPathResource("demo/" + file).getContentAsString(StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String withStatus(String planText, String status) {
        return planText.replaceFirst("(?m)^status: .*$", "status: " + status);
    }
}
