package org.saferplan.governance;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import org.saferplan.governance.web.OrganisationForm;
import org.saferplan.governance.web.OrganisationView;
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

/** Administrators' pages for partner organisations, which every partnership shares. */
@Controller
@RequestMapping("/admin/organisations")
class OrganisationAdminController {

    private final Organisations organisations;
    private final Partnerships partnerships;

    OrganisationAdminController(Organisations organisations, Partnerships partnerships) {
        this.organisations = organisations;
        this.partnerships = partnerships;
    }

    @GetMapping
    String list(@RequestParam(required = false) Long added, Model model) {
        model.addAttribute(
                "organisations",
                organisations.all().stream().map(OrganisationView::from).toList());
        model.addAttribute(
                "added",
                added == null
                        ? null
                        : organisations.find(added).map(Organisation::name).orElse(null));
        return "governance/organisations";
    }

    @GetMapping("/new")
    String newOrganisation(Model model) {
        return form(OrganisationForm.blank(), FormErrors.NONE, model);
    }

    @PostMapping("/new")
    String create(
            @Valid @ModelAttribute("form") OrganisationForm form,
            BindingResult result,
            Model model,
            HttpServletResponse response) {
        var type = requireType(form, result);
        if (!result.hasErrors()) {
            try {
                var created = organisations.create(form.name(), type);
                return "redirect:/admin/organisations?added=" + created.id();
            } catch (InvalidInputException e) {
                FormErrors.reject(result, e);
            }
        }
        response.setStatus(HttpStatus.BAD_REQUEST.value());
        return form(form, FormErrors.of(result), model);
    }

    @GetMapping("/{id}")
    String edit(@PathVariable long id, @RequestParam(required = false) String saved, Model model) {
        var organisation = find(id);
        model.addAttribute("saved", saved != null);
        return edit(organisation, OrganisationForm.of(organisation), FormErrors.NONE, model);
    }

    @PostMapping("/{id}")
    String update(
            @PathVariable long id,
            @Valid @ModelAttribute("form") OrganisationForm form,
            BindingResult result,
            Model model,
            HttpServletResponse response) {
        var organisation = find(id);
        var type = requireType(form, result);
        if (!result.hasErrors()) {
            try {
                organisations.update(id, form.name(), type);
                return "redirect:/admin/organisations/" + id + "?saved=true";
            } catch (InvalidInputException e) {
                FormErrors.reject(result, e);
            }
        }
        response.setStatus(HttpStatus.BAD_REQUEST.value());
        model.addAttribute("saved", false);
        return edit(organisation, form, FormErrors.of(result), model);
    }

    private String form(OrganisationForm form, FormErrors errors, Model model) {
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        model.addAttribute("types", OrganisationForm.typeOptions());
        return "governance/organisationNew";
    }

    private String edit(Organisation organisation, OrganisationForm form, FormErrors errors, Model model) {
        model.addAttribute("organisation", OrganisationView.from(organisation));
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        model.addAttribute("types", OrganisationForm.typeOptions());
        model.addAttribute(
                "memberships",
                partnerships.membershipsOf(organisation.id()).stream()
                        .map(m -> new org.saferplan.governance.web.OrganisationMembership(
                                m.partnership().id(),
                                m.partnership().name(),
                                m.membership().label()))
                        .toList());
        return "governance/organisation";
    }

    private static OrganisationType requireType(OrganisationForm form, BindingResult result) {
        var type = form.organisationType();
        if (type.isEmpty()) {
            result.rejectValue("type", "required", "Choose the type of organisation");
        }
        return type.orElse(null);
    }

    private Organisation find(long id) {
        return organisations.find(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    }
}
