package org.saferplan.security;

import java.util.List;
import org.saferplan.web.FormErrors;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The sign-in page. Spring Security itself handles the POST; failures come back here with a reason. */
@Controller
class SignInController {

    private final UserAccounts accounts;

    SignInController(UserAccounts accounts) {
        this.accounts = accounts;
    }

    @GetMapping("/sign-in")
    String signIn(
            @RequestParam(required = false) String error,
            @RequestParam(defaultValue = "") String username,
            @RequestParam(required = false) String expired,
            @RequestParam(name = "signed-out", required = false) String signedOut,
            @RequestParam(required = false) String changed,
            Model model) {
        model.addAttribute("errors", errorsFor(error));
        model.addAttribute("username", username.length() > 100 ? "" : username);
        model.addAttribute(
                "notice",
                expired != null
                        ? "Your session ended because you were inactive for too long. Sign in again to continue."
                        : signedOut != null
                                ? "You have signed out."
                                : changed != null
                                        ? "Your account was changed by an administrator. Sign in again to continue."
                                        : null);
        model.addAttribute(
                "demoAccounts",
                accounts.all().stream().filter(UserAccount::demoOnly).toList());
        return "security/sign-in";
    }

    static FormErrors errorsFor(String reason) {
        if (reason == null) {
            return FormErrors.NONE;
        }
        return new FormErrors(List.of(
                switch (reason) {
                    case "missing-username" -> new FormErrors.Item("username", "Enter your username");
                    case "missing-password" -> new FormErrors.Item("password", "Enter your password");
                    case "locked" ->
                        new FormErrors.Item(
                                "username",
                                "Too many failed sign-ins for this username. Wait 15 minutes, then try again");
                    default -> new FormErrors.Item("username", "Enter a correct username and password");
                }));
    }
}
