package org.saferplan.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Ends a browser session whose account changed since sign-in: disabled, removed, or its administrator flag
 * changed. The session keeps the principal of the moment of sign-in, so without this an administrator removed at
 * 10:00 would keep administering until the session timed out. Runs after Spring Security, on every request that
 * belongs to a session (API calls authenticate afresh each time).
 */
@Component
class AccountChangeFilter extends OncePerRequestFilter {

    private final UserAccounts accounts;

    AccountChangeFilter(UserAccounts accounts) {
        this.accounts = accounts;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        var authentication = SecurityContextHolder.getContext().getAuthentication();
        var session = request.getSession(false);
        if (session != null && authentication != null && authentication.getPrincipal() instanceof SignedInUser user) {
            var account = accounts.find(user.id());
            boolean stillValid = account.isPresent()
                    && account.get().enabled()
                    && account.get().administrator() == user.administrator();
            if (!stillValid) {
                session.invalidate();
                SecurityContextHolder.clearContext();
                response.sendRedirect(request.getContextPath() + "/sign-in?changed=true");
                return;
            }
        }
        chain.doFilter(request, response);
    }
}
