package org.saferplan.governance;

import java.util.HashMap;
import org.saferplan.audit.AuditFilter;
import org.saferplan.audit.AuditTrail;
import org.saferplan.governance.web.AuditPage;
import org.saferplan.governance.web.AuditQuery;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The audit trail pages: administrators read every entry, a partnership's coordinators read their partnership's
 * own. The filter is a GET form, so a filtered view can be bookmarked and shared.
 */
@Controller
class AuditPagesController {

    static final int LIMIT = 200;

    private final AuditTrail auditTrail;
    private final AuditRows auditRows;
    private final Partnerships partnerships;
    private final Workspaces workspaces;

    AuditPagesController(AuditTrail auditTrail, AuditRows auditRows, Partnerships partnerships, Workspaces workspaces) {
        this.auditTrail = auditTrail;
        this.auditRows = auditRows;
        this.partnerships = partnerships;
        this.workspaces = workspaces;
    }

    @GetMapping("/admin/audit")
    String everything(
            @RequestParam(required = false) String recordType,
            @RequestParam(required = false) String recordId,
            @RequestParam(required = false) String actor,
            Model model) {
        var query = new AuditQuery(recordType, recordId, actor);
        var names = new HashMap<Long, String>();
        partnerships.all().forEach(p -> names.put(p.id(), p.name()));
        var entries =
                auditTrail.find(new AuditFilter(null, query.recordType(), query.recordId(), query.actor(), LIMIT));
        model.addAttribute("audit", new AuditPage("/admin/audit", query, auditRows.rows(entries, names), true, LIMIT));
        return "governance/adminAudit";
    }

    @GetMapping("/partnerships/{slug}/audit")
    String partnership(
            @PathVariable String slug,
            @RequestParam(required = false) String recordType,
            @RequestParam(required = false) String recordId,
            @RequestParam(required = false) String actor,
            Model model) {
        var partnership = workspaces.partnership(slug);
        var query = new AuditQuery(recordType, recordId, actor);
        var entries = auditTrail.find(
                new AuditFilter(partnership.id(), query.recordType(), query.recordId(), query.actor(), LIMIT));
        model.addAttribute("workspace", workspaces.of(partnership, model));
        model.addAttribute(
                "audit",
                new AuditPage(
                        "/partnerships/" + slug + "/audit",
                        query,
                        auditRows.rows(entries, java.util.Map.of(partnership.id(), partnership.name())),
                        false,
                        LIMIT));
        return "governance/partnershipAudit";
    }
}
