package org.saferplan.governance;

import jakarta.servlet.http.HttpServletResponse;
import org.saferplan.governance.web.PartnerForm;
import org.saferplan.governance.web.PartnerView;
import org.saferplan.web.FormErrors;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * A partnership's workspace: its overview and its partners. Who may open or change each part is decided by the
 * security module's request rules before these methods run.
 */
@Controller
@RequestMapping("/partnerships/{slug}")
class WorkspaceController {

    private final Workspaces workspaces;
    private final Partnerships partnerships;
    private final PartnerChanges partnerChanges;

    WorkspaceController(Workspaces workspaces, Partnerships partnerships, PartnerChanges partnerChanges) {
        this.workspaces = workspaces;
        this.partnerships = partnerships;
        this.partnerChanges = partnerChanges;
    }

    @GetMapping
    String overview(@PathVariable String slug, Model model) {
        var partnership = workspaces.partnership(slug);
        var partners = partnerships.partners(partnership.id()).stream()
                .map(PartnerView::from)
                .toList();
        model.addAttribute("workspace", workspaces.of(partnership, model));
        model.addAttribute(
                "members", partners.stream().filter(PartnerView::boardMember).toList());
        model.addAttribute(
                "contributors", partners.stream().filter(p -> !p.boardMember()).toList());
        return "governance/overview";
    }

    @GetMapping("/partners")
    String partners(
            @PathVariable String slug,
            @RequestParam(name = "partner-added", required = false) Long partnerAdded,
            @RequestParam(name = "partner-removed", required = false) Long partnerRemoved,
            Model model) {
        var partnership = workspaces.partnership(slug);
        model.addAttribute("notice", partnerChanges.notice(partnerAdded, partnerRemoved));
        return partnersPage(partnership, PartnerForm.blank(), FormErrors.NONE, model);
    }

    @PostMapping("/partners")
    String addPartner(
            @PathVariable String slug,
            @ModelAttribute("partnerForm") PartnerForm form,
            BindingResult result,
            Model model,
            HttpServletResponse response) {
        var partnership = workspaces.partnership(slug);
        partnerChanges.add(partnership, form, result);
        if (!result.hasErrors()) {
            return "redirect:/partnerships/" + slug + "/partners?partner-added="
                    + form.chosenOrganisation().orElseThrow();
        }
        response.setStatus(HttpStatus.BAD_REQUEST.value());
        model.addAttribute("notice", null);
        return partnersPage(partnership, form, FormErrors.of(result), model);
    }

    @PostMapping("/partners/{organisationId}/remove")
    String removePartner(@PathVariable String slug, @PathVariable long organisationId) {
        var partnership = workspaces.partnership(slug);
        partnerChanges.remove(partnership, organisationId);
        return "redirect:/partnerships/" + slug + "/partners?partner-removed=" + organisationId;
    }

    private String partnersPage(Partnership partnership, PartnerForm form, FormErrors errors, Model model) {
        var workspace = workspaces.of(partnership, model);
        model.addAttribute("workspace", workspace);
        model.addAttribute(
                "partners",
                partnerChanges.view(
                        partnership,
                        workspace.mayChangePartners(),
                        "/partnerships/" + partnership.slug() + "/partners",
                        form,
                        errors));
        model.addAttribute("errors", errors);
        return "governance/partners";
    }
}
