package com.coachkeep.infrastructure.platform;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * The security headers of every response of the application (P-ENC-1), set before the chain runs so that
 * early-committed responses carry them, and on error dispatches too (the container's 401 and 403 pages).
 * <ul>
 *   <li>{@code Strict-Transport-Security} for a year, on responses to requests that reached the edge over HTTPS: over
 *   TLS to this server, or through a TLS-terminating proxy of {@link TrustedProxies} that says so in
 *   {@code X-Forwarded-Proto}. A browser ignores the header over plain HTTP (RFC 6797), so it is not sent there; and
 *   the forwarded header of any other peer is ignored.</li>
 *   <li>{@code X-Content-Type-Options: nosniff}, {@code Referrer-Policy: no-referrer}.</li>
 *   <li>A content security policy: the API and its few pages load nothing and may not be framed; the console (a Vaadin
 *   application, which needs inline styles and scripts of its own origin) loads only from this origin and may not be
 *   framed either ({@code frame-ancestors 'none'}).</li>
 * </ul>
 */
@WebFilter(filterName = "coachkeep-security-headers", urlPatterns = "/*", asyncSupported = true,
        dispatcherTypes = {DispatcherType.REQUEST, DispatcherType.FORWARD, DispatcherType.INCLUDE, DispatcherType.ERROR,
            DispatcherType.ASYNC})
public class SecurityHeadersFilter extends HttpFilter {

    private static final long serialVersionUID = 1L;

    static final String HSTS = "Strict-Transport-Security";
    static final String HSTS_VALUE = "max-age=31536000; includeSubDomains";
    static final String CSP = "Content-Security-Policy";
    static final String API_POLICY = "default-src 'none'; style-src 'unsafe-inline'; form-action 'self'; "
            + "frame-ancestors 'none'; base-uri 'none'";
    static final String CONSOLE_POLICY = "default-src 'self'; script-src 'self' 'unsafe-inline' 'unsafe-eval'; "
            + "style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:; font-src 'self' data:; connect-src 'self'; "
            + "object-src 'none'; frame-ancestors 'none'; base-uri 'self'";

    private transient TrustedProxies proxies = TrustedProxies.none();
    private int httpsPort = -1;

    @Override
    public void init() throws ServletException {
        var config = ConfigProvider.getConfig();
        proxies = TrustedProxies.parse(config.getOptionalValue(TrustedProxies.SETTING, String.class).orElse(""));
        try {
            httpsPort = Integer.parseInt(config.getOptionalValue("coachkeep.https.port", String.class).orElse("9443").strip());
        } catch (NumberFormatException e) {
            httpsPort = -1;
        }
    }

    /**
     * Whether the request came over TLS to this server: the container says so and it arrived on the HTTPS port (a
     * request on the plain HTTP port is never taken for HTTPS, whatever its headers).
     */
    private boolean overTls(HttpServletRequest request) {
        return request.isSecure() && request.getLocalPort() == httpsPort;
    }

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (proxies.overHttps(overTls(request), request.getRemoteAddr(), request.getHeader("X-Forwarded-Proto"))) {
            response.setHeader(HSTS, HSTS_VALUE);
        }
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("Referrer-Policy", "no-referrer");
        response.setHeader(CSP, isConsole(request.getRequestURI()) ? CONSOLE_POLICY : API_POLICY);
        chain.doFilter(request, response);
    }

    /** The console's pages, its resources and its sign-out (see ConsoleServlet and SignOutServlet). */
    static boolean isConsole(String uri) {
        return uri != null && (uri.equals("/console") || uri.startsWith("/console/") || uri.startsWith("/console-"));
    }
}
