package org.saferplan.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;

/** Sends a failed sign-in back to the form with the reason: missing fields, wrong details, or locked. */
class SignInFailureHandler implements AuthenticationFailureHandler {

    @Override
    public void onAuthenticationFailure(
            HttpServletRequest request, HttpServletResponse response, AuthenticationException exception)
            throws IOException {
        var username = request.getParameter("username");
        var password = request.getParameter("password");
        String reason;
        if (username == null || username.isBlank()) {
            reason = "missing-username";
        } else if (password == null || password.isEmpty()) {
            reason = "missing-password";
        } else if (exception instanceof LockedException) {
            reason = "locked";
        } else {
            reason = "credentials";
        }
        var safeUsername = username == null ? "" : username.strip();
        if (safeUsername.length() > 100) {
            safeUsername = safeUsername.substring(0, 100);
        }
        response.sendRedirect(request.getContextPath() + "/sign-in?error=" + reason + "&username="
                + URLEncoder.encode(safeUsername, StandardCharsets.UTF_8));
    }
}
