package org.saferplan.security;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import java.util.ArrayList;
import org.saferplan.web.FormErrors;
import org.saferplan.web.InvalidInputException;
import org.springframework.http.HttpStatus;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.AuthenticationException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * {@code /account}: the signed-in person's own details, password and personal API tokens. A new token is shown
 * only in the response to the form that made it: it is never put in a redirect, the session or the database.
 */
@Controller
class AccountController {

    private static final FieldOrder FIELDS =
            FieldOrder.of("currentPassword", "newPassword", "confirmPassword", "tokenName");

    private final UserAccounts accounts;
    private final ApiTokens tokens;
    private final CurrentUser currentUser;
    private final AuthenticationManager authenticationManager;

    AccountController(
            UserAccounts accounts,
            ApiTokens tokens,
            CurrentUser currentUser,
            AuthenticationManager authenticationManager) {
        this.accounts = accounts;
        this.tokens = tokens;
        this.currentUser = currentUser;
        this.authenticationManager = authenticationManager;
    }

    @GetMapping("/account")
    String show(Model model) {
        return accountPage(me(), model);
    }

    @PostMapping("/account/password")
    String changePassword(
            @Valid @ModelAttribute("passwordForm") ChangePasswordForm form,
            BindingResult result,
            Model model,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        var me = me();
        if (!result.hasFieldErrors("newPassword")) {
            try {
                UserAccounts.requireStrongPassword(form.getNewPassword());
            } catch (InvalidInputException e) {
                reject(result, e, "password", "newPassword");
            }
        }
        if (!form.getNewPassword().equals(form.getConfirmPassword())) {
            result.rejectValue("confirmPassword", "mismatch", "Enter the same new password twice");
        }
        // Only a complete form tries the current password, and a wrong one counts as a failed sign-in, so this
        // form cannot be used to guess passwords faster than the sign-in page allows.
        if (!result.hasErrors()) {
            checkCurrentPassword(me.username(), form.getCurrentPassword(), result);
        }
        if (!result.hasErrors()) {
            try {
                accounts.changePassword(me.id(), form.getNewPassword());
                redirect.addFlashAttribute(
                        "notice", "Your password was changed. Use the new one next time you" + " sign in.");
                return "redirect:/account";
            } catch (InvalidInputException e) {
                reject(result, e, "password", "newPassword");
            }
        }
        return invalid(me, result, model, response);
    }

    @PostMapping("/account/tokens")
    String createToken(
            @ModelAttribute("tokenForm") TokenForm form,
            BindingResult result,
            Model model,
            HttpServletResponse response) {
        var me = me();
        try {
            var value = tokens.create(me.id(), form.getTokenName());
            var meUrl = ServletUriComponentsBuilder.fromCurrentContextPath()
                    .path("/api/v1/me")
                    .toUriString();
            model.addAttribute("newToken", new NewToken(form.getTokenName().strip(), value, me.username(), meUrl));
            model.addAttribute("tokenForm", new TokenForm());
            return accountPage(me, model);
        } catch (InvalidInputException e) {
            reject(result, e, "name", "tokenName");
            return invalid(me, result, model, response);
        }
    }

    @PostMapping("/account/tokens/{id}/revoke")
    String revokeToken(@PathVariable long id, RedirectAttributes redirect) {
        var me = me();
        var token = tokens.forUser(me.id()).stream()
                .filter(t -> t.id() == id)
                .findFirst()
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        tokens.revoke(me.id(), id);
        redirect.addFlashAttribute(
                "notice",
                "The API token " + token.name() + " was revoked. Anything still"
                        + " using it can no longer call the API.");
        return "redirect:/account";
    }

    private void checkCurrentPassword(String username, String password, BindingResult result) {
        try {
            authenticationManager.authenticate(UsernamePasswordAuthenticationToken.unauthenticated(username, password));
        } catch (LockedException e) {
            result.rejectValue(
                    "currentPassword", "locked", "Too many wrong passwords. Wait 15 minutes, then try" + " again");
        } catch (BadCredentialsException e) {
            result.rejectValue("currentPassword", "wrong", "Your current password is not correct");
        } catch (AuthenticationException e) {
            result.rejectValue("currentPassword", "refused", "Your current password could not be checked");
        }
    }

    /** Shows a refused change's problems, under the field names of this page's forms. */
    private static void reject(BindingResult result, InvalidInputException e, String serviceField, String field) {
        var problems = new ArrayList<InvalidInputException.Problem>();
        for (var problem : e.problems()) {
            problems.add(
                    problem.field().equals(serviceField)
                            ? new InvalidInputException.Problem(field, problem.message())
                            : problem);
        }
        FormErrors.reject(result, new InvalidInputException(problems));
    }

    private String invalid(UserAccount me, BindingResult result, Model model, HttpServletResponse response) {
        response.setStatus(HttpStatus.BAD_REQUEST.value());
        model.addAttribute("errors", FIELDS.errors(result));
        return accountPage(me, model);
    }

    private String accountPage(UserAccount me, Model model) {
        model.addAttribute("account", me);
        model.addAttribute("memberships", accounts.memberships(me.id()));
        model.addAttribute(
                "tokens", tokens.forUser(me.id()).stream().map(TokenRow::from).toList());
        if (!model.containsAttribute("passwordForm")) {
            model.addAttribute("passwordForm", new ChangePasswordForm());
        }
        if (!model.containsAttribute("tokenForm")) {
            model.addAttribute("tokenForm", new TokenForm());
        }
        if (!model.containsAttribute("errors")) {
            model.addAttribute("errors", FormErrors.NONE);
        }
        return "security/account";
    }

    /** The signed-in person as stored now (an administrator may have changed their name since they signed in). */
    private UserAccount me() {
        return currentUser
                .get()
                .flatMap(user -> accounts.find(user.id()))
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    }
}
