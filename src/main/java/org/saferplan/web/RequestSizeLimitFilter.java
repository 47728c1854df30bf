package org.saferplan.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Refuses oversized request bodies before anything reads them, with 413 and the service's error page. Forms and
 * JSON are small; file uploads (multipart) have their own, larger limit set by the multipart configuration.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class RequestSizeLimitFilter extends OncePerRequestFilter {

    private final long maxBytes;

    RequestSizeLimitFilter(Limits limits) {
        this.maxBytes = limits.maxBodyBytes();
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        var contentType = request.getContentType();
        boolean upload = contentType != null && contentType.toLowerCase().startsWith("multipart/");
        if (!upload && request.getContentLengthLong() > maxBytes) {
            response.sendError(HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE);
            return;
        }
        chain.doFilter(request, response);
    }

    /** @param maxBodyBytes the largest form or JSON body accepted */
    @ConfigurationProperties("saferplan.web")
    record Limits(long maxBodyBytes) {

        Limits {
            maxBodyBytes = maxBodyBytes <= 0 ? 1_048_576 : maxBodyBytes;
        }
    }
}
