package org.saferplan.security;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.saferplan.governance.Organisation;
import org.saferplan.governance.Organisations;
import org.saferplan.governance.Partnerships;
import org.saferplan.web.FormErrors;
import org.saferplan.web.InvalidInputException;
import org.saferplan.web.Option;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * {@code /admin/users}: administrators add people, change their details and passwords, and give them roles in
 * partnerships. {@link SecurityConfiguration} keeps everyone else out. An administrator cannot take away their own
 * administrator flag or disable themselves, and no one can remove the last administrator who can sign in, so
 * SaferPlan is never left without someone who can manage it.
 */
@Controller
class UserAdminController {

    private static final FieldOrder NEW_USER = FieldOrder.of("username", "displayName", "password", "administrator");
    private static final FieldOrder USER_PAGE =
            FieldOrder.of("partnership", "role", "organisation", "displayName", "administrator", "enabled", "password");

    private final UserAccounts accounts;
    private final Partnerships partnerships;
    private final Organisations organisations;
    private final CurrentUser currentUser;

    UserAdminController(
            UserAccounts accounts, Partnerships partnerships, Organisations organisations, CurrentUser currentUser) {
        this.accounts = accounts;
        this.partnerships = partnerships;
        this.organisations = organisations;
        this.currentUser = currentUser;
    }

    @GetMapping("/admin/users")
    String list(Model model) {
        model.addAttribute(
                "users",
                accounts.all().stream()
                        .map(account -> new UserSummary(account, accounts.memberships(account.id())))
                        .toList());
        return "security/users";
    }

    @GetMapping("/admin/users/new")
    String newUser(Model model) {
        model.addAttribute("form", new NewUserForm());
        model.addAttribute("errors", FormErrors.NONE);
        return "security/user-new";
    }

    @PostMapping("/admin/users/new")
    String create(
            @Valid @ModelAttribute("form") NewUserForm form,
            BindingResult result,
            Model model,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        if (!result.hasErrors()) {
            try {
                var created = accounts.create(
                        form.getUsername(), form.getDisplayName(), form.getPassword(), form.isAdministrator(), false);
                redirect.addFlashAttribute(
                        "notice",
                        "User " + created.username() + " added. Give them a role in a"
                                + " partnership so they can work in it.");
                return "redirect:/admin/users/" + created.id();
            } catch (InvalidInputException e) {
                FormErrors.reject(result, e);
            }
        }
        response.setStatus(HttpStatus.BAD_REQUEST.value());
        model.addAttribute("errors", NEW_USER.errors(result));
        return "security/user-new";
    }

    @GetMapping("/admin/users/{id}")
    String show(@PathVariable long id, Model model) {
        return userPage(existing(id), model);
    }

    @PostMapping("/admin/users/{id}")
    String update(
            @PathVariable long id,
            @Valid @ModelAttribute("detailsForm") UserDetailsForm form,
            BindingResult result,
            Model model,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        var account = existing(id);
        keepAnAdministrator(account, form, result);
        if (!result.hasErrors()) {
            try {
                accounts.update(id, form.getDisplayName(), form.isAdministrator(), form.isEnabled());
                redirect.addFlashAttribute("notice", "The details of " + account.username() + " were saved.");
                return "redirect:/admin/users/" + id;
            } catch (InvalidInputException e) {
                FormErrors.reject(result, e);
            }
        }
        return invalid(account, result, model, response);
    }

    @PostMapping("/admin/users/{id}/password")
    String setPassword(
            @PathVariable long id,
            @Valid @ModelAttribute("passwordForm") SetPasswordForm form,
            BindingResult result,
            Model model,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        var account = existing(id);
        if (!result.hasErrors()) {
            try {
                accounts.changePassword(id, form.getPassword());
                redirect.addFlashAttribute(
                        "notice",
                        "The password of " + account.username() + " was changed. Tell"
                                + " them the new password in a secure way.");
                return "redirect:/admin/users/" + id;
            } catch (InvalidInputException e) {
                FormErrors.reject(result, e);
            }
        }
        return invalid(account, result, model, response);
    }

    @PostMapping("/admin/users/{id}/memberships")
    String setMembership(
            @PathVariable long id,
            @Valid @ModelAttribute("membershipForm") MembershipForm form,
            BindingResult result,
            Model model,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        var account = existing(id);
        var partnership = result.hasFieldErrors("partnership")
                ? null
                : parseId(form.getPartnership()).flatMap(partnerships::find).orElse(null);
        if (partnership == null && !result.hasFieldErrors("partnership")) {
            result.rejectValue("partnership", "unknown", "Choose a partnership");
        }
        var role = result.hasFieldErrors("role") ? null : roleOf(form.getRole());
        if (role == null && !result.hasFieldErrors("role")) {
            result.rejectValue("role", "unknown", "Choose a role");
        }
        Long organisationId = null;
        if (!form.getOrganisation().isBlank()) {
            organisationId = parseId(form.getOrganisation())
                    .flatMap(organisations::find)
                    .map(Organisation::id)
                    .orElse(null);
            if (organisationId == null) {
                result.rejectValue("organisation", "unknown", "Choose an organisation, or None");
            }
        }
        if (!result.hasErrors()) {
            try {
                accounts.setMembership(id, partnership.id(), role, organisationId);
                redirect.addFlashAttribute(
                        "notice",
                        account.username() + " is now " + role.label().toLowerCase() + " in " + partnership.name()
                                + ".");
                return "redirect:/admin/users/" + id;
            } catch (InvalidInputException e) {
                FormErrors.reject(result, e);
            }
        }
        return invalid(account, result, model, response);
    }

    @PostMapping("/admin/users/{id}/memberships/{partnershipId}/remove")
    String removeMembership(@PathVariable long id, @PathVariable long partnershipId, RedirectAttributes redirect) {
        var account = existing(id);
        var membership = accounts.membership(id, partnershipId)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        accounts.removeMembership(id, partnershipId);
        redirect.addFlashAttribute(
                "notice", account.username() + " was removed from " + membership.partnershipName() + ".");
        return "redirect:/admin/users/" + id;
    }

    /**
     * Refuses a change that would lock administrators out: taking away one's own administrator flag or account
     * (the person doing it would lose the page mid-change), or demoting the last enabled administrator.
     */
    private void keepAnAdministrator(UserAccount account, UserDetailsForm form, BindingResult result) {
        boolean self = currentUser.get().map(user -> user.id() == account.id()).orElse(false);
        if (self && !form.isAdministrator()) {
            result.rejectValue(
                    "administrator",
                    "self",
                    "You cannot remove your own administrator access. Ask another administrator to do it");
        }
        if (self && !form.isEnabled()) {
            result.rejectValue(
                    "enabled", "self", "You cannot disable your own account. Ask another administrator to do it");
        }
        boolean wasActiveAdministrator = account.administrator() && account.enabled();
        boolean staysActiveAdministrator = form.isAdministrator() && form.isEnabled();
        if (!self && wasActiveAdministrator && !staysActiveAdministrator && !otherActiveAdministrator(account.id())) {
            result.rejectValue(
                    form.isAdministrator() ? "enabled" : "administrator",
                    "last",
                    "SaferPlan needs at least one administrator who can sign in. Make someone else an administrator"
                            + " first");
        }
    }

    private boolean otherActiveAdministrator(long userId) {
        return accounts.all().stream()
                .anyMatch(other -> other.id() != userId && other.administrator() && other.enabled());
    }

    private String invalid(UserAccount account, BindingResult result, Model model, HttpServletResponse response) {
        response.setStatus(HttpStatus.BAD_REQUEST.value());
        model.addAttribute("errors", USER_PAGE.errors(result));
        return userPage(account, model);
    }

    /** Fills the person's page; a form that was just sent keeps what was entered. */
    private String userPage(UserAccount account, Model model) {
        model.addAttribute("account", account);
        model.addAttribute("memberships", accounts.memberships(account.id()));
        model.addAttribute(
                "self", currentUser.get().map(user -> user.id() == account.id()).orElse(false));
        if (!model.containsAttribute("detailsForm")) {
            model.addAttribute("detailsForm", UserDetailsForm.from(account));
        }
        if (!model.containsAttribute("passwordForm")) {
            model.addAttribute("passwordForm", new SetPasswordForm());
        }
        if (!model.containsAttribute("membershipForm")) {
            model.addAttribute("membershipForm", new MembershipForm());
        }
        if (!model.containsAttribute("errors")) {
            model.addAttribute("errors", FormErrors.NONE);
        }
        model.addAttribute("partnershipOptions", partnershipOptions());
        model.addAttribute("roleOptions", roleOptions());
        model.addAttribute("organisationOptions", organisationOptions());
        return "security/user";
    }

    private List<Option> partnershipOptions() {
        var options = new ArrayList<Option>();
        options.add(new Option("", "Choose a partnership"));
        partnerships.all().forEach(p -> options.add(new Option(String.valueOf(p.id()), p.name())));
        return options;
    }

    private static List<Option> roleOptions() {
        var options = new ArrayList<Option>();
        options.add(new Option("", "Choose a role"));
        for (var role : Role.values()) {
            options.add(new Option(role.name(), role.label()));
        }
        return options;
    }

    private List<Option> organisationOptions() {
        var options = new ArrayList<Option>();
        options.add(new Option("", "None"));
        organisations.all().forEach(o -> options.add(new Option(String.valueOf(o.id()), o.name())));
        return options;
    }

    private UserAccount existing(long id) {
        return accounts.find(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    }

    private static Optional<Long> parseId(String value) {
        try {
            return Optional.of(Long.parseLong(value.strip()));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    private static Role roleOf(String value) {
        try {
            return Role.valueOf(value.strip());
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
