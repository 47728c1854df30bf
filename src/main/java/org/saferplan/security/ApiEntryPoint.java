package org.saferplan.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.http.MediaType;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.AuthenticationEntryPoint;

/** 401 for the API, as a problem+json body, with the two ways to authenticate offered in WWW-Authenticate. */
class ApiEntryPoint implements AuthenticationEntryPoint {

    @Override
    public void commence(HttpServletRequest request, HttpServletResponse response, AuthenticationException e)
            throws IOException {
        response.setStatus(HttpServletResponse.SC_UNAUTHORIZED);
        response.addHeader("WWW-Authenticate", "Basic realm=\"SaferPlan\"");
        response.addHeader("WWW-Authenticate", "Bearer realm=\"SaferPlan\"");
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        response.getWriter()
                .write("{\"status\":401,\"title\":\"Unauthorized\",\"detail\":"
                        + "\"Send HTTP Basic credentials or Authorization: Bearer with a personal API token\"}");
    }
}
