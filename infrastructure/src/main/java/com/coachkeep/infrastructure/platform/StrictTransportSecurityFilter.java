package com.coachkeep.infrastructure.platform;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;

/**
 * Tells browsers to use HTTPS only for a year, on every response sent over HTTPS (RFC 6797 says
 * a browser ignores the header over plain HTTP, so it is not sent there). Set before the chain
 * runs so that early-committed and error responses carry it too.
 */
@WebFilter(filterName = "coachkeep-hsts", urlPatterns = "/*", asyncSupported = true)
public class StrictTransportSecurityFilter extends HttpFilter {

    private static final long serialVersionUID = 1L;

    static final String HEADER = "Strict-Transport-Security";
    static final String VALUE = "max-age=31536000; includeSubDomains";

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (request.isSecure()) {
            response.setHeader(HEADER, VALUE);
        }
        chain.doFilter(request, response);
    }
}
