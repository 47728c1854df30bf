package org.saferplan.governance;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import org.saferplan.governance.web.PartnerForm;
import org.saferplan.governance.web.PartnershipForm;
import org.saferplan.governance.web.PartnershipRow;
import org.saferplan.web.FormErrors;
import org.saferplan.web.InvalidInputException;
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
import org.springframework.web.server.ResponseStatusException;

/** Administrators' pages for partnerships: add one, change its name and area, and manage its partners. */
@Controller
@RequestMapping("/admin/partnerships")
class PartnershipAdminController {

    private final Partnerships partnerships;
    private final PartnerChanges partnerChanges;

    PartnershipAdminController(Partnerships partnerships, PartnerChanges partnerChanges) {
        this.partnerships = partnerships;
        this.partnerChanges = partnerChanges;
    }

    @GetMapping
    String list(@RequestParam(required = false) Long added, Model model) {
        var counts = partnerships.partnerCounts();
        model.addAttribute(
                "partnerships",
                partnerships.all().stream()
                        .map(p -> PartnershipRow.from(p, counts.getOrDefault(p.id(), 0)))
                        .toList());
        model.addAttribute(
                "added",
                added == null
                        ? null
                        : partnerships.find(added).map(Partnership::name).orElse(null));
        return "governance/partnerships";
    }

    @GetMapping("/new")
    String newPartnership(Model model) {
        model.addAttribute("form", PartnershipForm.blank());
        model.addAttribute("errors", FormErrors.NONE);
        return "governance/partnershipNew";
    }

    @PostMapping("/new")
    String create(
            @Valid @ModelAttribute("form") PartnershipForm form,
            BindingResult result,
            Model model,
            HttpServletResponse response) {
        if (!result.hasErrors()) {
            try {
                var created = partnerships.create(form.name(), form.slug(), form.areaCodes());
                return "redirect:/admin/partnerships?added=" + created.id();
            } catch (InvalidInputException e) {
                FormErrors.reject(result, e);
            }
        }
        response.setStatus(HttpStatus.BAD_REQUEST.value());
        model.addAttribute("errors", FormErrors.of(result));
        return "governance/partnershipNew";
    }

    @GetMapping("/{id}")
    String show(
            @PathVariable long id,
            @RequestParam(required = false) String saved,
            @RequestParam(name = "partner-added", required = false) Long partnerAdded,
            @RequestParam(name = "partner-removed", required = false) Long partnerRemoved,
            Model model) {
        var partnership = find(id);
        model.addAttribute(
                "notice", saved != null ? "Changes saved" : partnerChanges.notice(partnerAdded, partnerRemoved));
        return page(
                partnership,
                PartnershipForm.of(partnership),
                FormErrors.NONE,
                PartnerForm.blank(),
                FormErrors.NONE,
                model);
    }

    @PostMapping("/{id}")
    String update(
            @PathVariable long id,
            @Valid @ModelAttribute("form") PartnershipForm form,
            BindingResult result,
            Model model,
            HttpServletResponse response) {
        var partnership = find(id);
        if (!result.hasErrors()) {
            try {
                partnerships.update(id, form.name(), form.areaCodes());
                return "redirect:/admin/partnerships/" + id + "?saved=true";
            } catch (InvalidInputException e) {
                FormErrors.reject(result, e);
            }
        }
        response.setStatus(HttpStatus.BAD_REQUEST.value());
        var shown = new PartnershipForm(form.name(), partnership.slug(), form.areaCodes());
        return page(partnership, shown, FormErrors.of(result), PartnerForm.blank(), FormErrors.NONE, model);
    }

    @PostMapping("/{id}/partners")
    String addPartner(
            @PathVariable long id,
            @ModelAttribute("partnerForm") PartnerForm form,
            BindingResult result,
            Model model,
            HttpServletResponse response) {
        var partnership = find(id);
        partnerChanges.add(partnership, form, result);
        if (!result.hasErrors()) {
            return "redirect:/admin/partnerships/" + id + "?partner-added="
                    + form.chosenOrganisation().orElseThrow();
        }
        response.setStatus(HttpStatus.BAD_REQUEST.value());
        return page(partnership, PartnershipForm.of(partnership), FormErrors.NONE, form, FormErrors.of(result), model);
    }

    @PostMapping("/{id}/partners/{organisationId}/remove")
    String removePartner(@PathVariable long id, @PathVariable long organisationId) {
        var partnership = find(id);
        partnerChanges.remove(partnership, organisationId);
        return "redirect:/admin/partnerships/" + id + "?partner-removed=" + organisationId;
    }

    private String page(
            Partnership partnership,
            PartnershipForm form,
            FormErrors errors,
            PartnerForm partnerForm,
            FormErrors partnerErrors,
            Model model) {
        var partners = partnerChanges.view(
                partnership, true, "/admin/partnerships/" + partnership.id() + "/partners", partnerForm, partnerErrors);
        model.addAttribute(
                "partnership",
                PartnershipRow.from(partnership, partners.partners().size()));
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        model.addAttribute("partners", partners);
        model.addAttribute("allErrors", errors.any() ? errors : partnerErrors);
        if (!model.containsAttribute("notice")) {
            model.addAttribute("notice", null);
        }
        return "governance/partnership";
    }

    private Partnership find(long id) {
        return partnerships.find(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    }
}
