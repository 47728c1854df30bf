package org.saferplan.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.ArrayList;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.MessageSource;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.multipart.MultipartException;
import org.springframework.web.servlet.support.RequestContextUtils;

/** Hands every page the {@link Shell}: JTE templates declare it as their {@code shell} parameter. */
@ControllerAdvice
class ShellAdvice {

    private final ObjectProvider<SignedInUserResolver> users;
    private final MessageSource messageSource;

    ShellAdvice(ObjectProvider<SignedInUserResolver> users, MessageSource messageSource) {
        this.users = users;
        this.messageSource = messageSource;
    }

    /** An upload sent without a file (not multipart) is the sender's mistake, not a server error. */
    @ExceptionHandler(MultipartException.class)
    void notAnUpload(HttpServletResponse response) throws IOException {
        response.sendError(HttpServletResponse.SC_BAD_REQUEST);
    }

    @ModelAttribute("shell")
    Shell shell(HttpServletRequest request) {
        var user = users.getIfAvailable() == null
                ? null
                : users.getObject().current().orElse(null);
        var messages = new Messages(messageSource, RequestContextUtils.getLocale(request));
        var links = new ArrayList<NavLink>();
        if (user == null) {
            links.add(new NavLink(messages.get("nav.home"), "/"));
            links.add(new NavLink(messages.get("nav.public"), "/public"));
            links.add(new NavLink(messages.get("nav.signIn"), "/sign-in"));
        } else {
            links.addAll(user.links());
        }
        var csrf = (CsrfToken) request.getAttribute(CsrfToken.class.getName());
        return new Shell(request.getRequestURI(), user, links, csrf, messages);
    }
}
