package org.saferplan.governance;

import java.time.Instant;
import java.util.List;
import org.saferplan.audit.AuditFilter;
import org.saferplan.audit.AuditTrail;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.JsonNode;

/**
 * The governance part of the JSON API for partners' tools. Access is decided by the security module's rules for
 * {@code /api/v1/partnerships/{slug}} and {@code /api/v1/admin}. Audit values are returned as JSON objects, as
 * stored.
 */
@RestController
class GovernanceApiController {

    private final Workspaces workspaces;
    private final Partnerships partnerships;
    private final Organisations organisations;
    private final AuditTrail auditTrail;
    private final AuditRows auditRows;

    GovernanceApiController(
            Workspaces workspaces,
            Partnerships partnerships,
            Organisations organisations,
            AuditTrail auditTrail,
            AuditRows auditRows) {
        this.workspaces = workspaces;
        this.partnerships = partnerships;
        this.organisations = organisations;
        this.auditTrail = auditTrail;
        this.auditRows = auditRows;
    }

    @GetMapping("/api/v1/partnerships/{slug}")
    PartnershipJson partnership(@PathVariable String slug) {
        var partnership = workspaces.partnership(slug);
        return new PartnershipJson(
                partnership.slug(),
                partnership.name(),
                partnership.area().stream().map(LocalAuthorityCode::value).toList(),
                partnerships.partners(partnership.id()).stream()
                        .map(p -> new PartnerJson(
                                p.organisation().id(),
                                p.organisation().name(),
                                p.organisation().type().name(),
                                p.organisation().type().statutory(),
                                p.membership().name()))
                        .toList());
    }

    /** The partnership's newest audit entries first, at most {@value AuditPagesController#LIMIT}. */
    @GetMapping("/api/v1/partnerships/{slug}/audit")
    List<AuditEntryJson> audit(
            @PathVariable String slug,
            @RequestParam(required = false) String recordType,
            @RequestParam(required = false) String recordId,
            @RequestParam(required = false) String actor) {
        var partnership = workspaces.partnership(slug);
        return auditTrail
                .find(new AuditFilter(partnership.id(), recordType, recordId, actor, AuditPagesController.LIMIT))
                .stream()
                .map(entry -> new AuditEntryJson(
                        entry.id(),
                        entry.occurredAt(),
                        entry.actor(),
                        entry.recordType(),
                        entry.recordId(),
                        entry.action(),
                        auditRows.parse(entry.before()),
                        auditRows.parse(entry.after())))
                .toList();
    }

    @GetMapping("/api/v1/admin/organisations")
    List<OrganisationJson> organisations() {
        return organisations.all().stream()
                .map(o -> new OrganisationJson(
                        o.id(), o.name(), o.type().name(), o.type().statutory()))
                .toList();
    }

    record PartnershipJson(String slug, String name, List<String> area, List<PartnerJson> partners) {}

    record PartnerJson(long id, String name, String type, boolean statutory, String membership) {}

    record AuditEntryJson(
            long id,
            Instant occurredAt,
            String actor,
            String recordType,
            String recordId,
            String action,
            JsonNode before,
            JsonNode after) {}

    record OrganisationJson(long id, String name, String type, boolean statutory) {}
}
