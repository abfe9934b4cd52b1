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
 *
 * <p>In production mode a request that did not reach the edge over HTTPS goes on only when it comes from this machine
 * itself: from a loopback address and not relayed (no {@code Forwarded}, {@code X-Forwarded-For},
 * {@code X-Forwarded-Proto} or {@code X-Real-IP} header), such as a probe or a tool beside the server. A plain HTTP
 * request relayed from beyond this machine, by a proxy that is not trusted or by a trusted one that says its client
 * used {@code http}, is answered by a {@code 308} redirect to the same path under {@code coachkeep.api.url} when that
 * is an {@code https:} address and the method is {@code GET} or {@code HEAD}, and otherwise by a {@code 403} problem
 * {@code https-required}; the application never serves it. ({@link ProductionGuard} already refuses to start with the
 * plain HTTP port bound beyond loopback, so a relay on this machine is the only way such a request arrives.)
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

    static final String HTTPS_REQUIRED = "https://coachkeep.app/problems/https-required";
    private static final String[] RELAY_HEADERS = {"Forwarded", "X-Forwarded-For", "X-Forwarded-Proto", "X-Real-IP"};

    private transient TrustedProxies proxies = TrustedProxies.none();
    private int httpsPort = -1;
    private boolean production;
    private String httpsBase;

    @Override
    public void init() throws ServletException {
        var config = ConfigProvider.getConfig();
        proxies = TrustedProxies.parse(config.getOptionalValue(TrustedProxies.SETTING, String.class).orElse(""));
        try {
            httpsPort = Integer.parseInt(config.getOptionalValue("coachkeep.https.port", String.class).orElse("9443").strip());
        } catch (NumberFormatException e) {
            httpsPort = -1;
        }
        production = Mode.parse(config.getOptionalValue("coachkeep.mode", String.class).orElse("development"))
                .filter(m -> m == Mode.PRODUCTION).isPresent();
        httpsBase = config.getOptionalValue("coachkeep.api.url", String.class).map(String::strip).map(u -> u.replaceAll("/+$", ""))
                .filter(u -> u.regionMatches(true, 0, "https://", 0, 8)).orElse(null);
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
        boolean https = proxies.overHttps(overTls(request), request.getRemoteAddr(), request.getHeader("X-Forwarded-Proto"));
        if (https) {
            response.setHeader(HSTS, HSTS_VALUE);
        }
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("Referrer-Policy", "no-referrer");
        response.setHeader(CSP, isConsole(request.getRequestURI()) ? CONSOLE_POLICY : API_POLICY);
        if (production && !https && !fromThisMachine(request)) {
            refusePlainHttp(request, response);
            return;
        }
        chain.doFilter(request, response);
    }

    /** A loopback peer that relays nobody: a caller on this machine itself. */
    static boolean fromThisMachine(HttpServletRequest request) {
        String peer = request.getRemoteAddr();
        if (peer == null || !isLoopbackAddress(peer)) {
            return false;
        }
        for (String header : RELAY_HEADERS) {
            if (request.getHeader(header) != null) {
                return false;
            }
        }
        return true;
    }

    static boolean isLoopbackAddress(String peer) {
        String p = peer.strip();
        if (p.regionMatches(true, 0, "::ffff:", 0, 7)) {
            p = p.substring(7);
        }
        return ProductionGuard.isLoopback(p);
    }

    private void refusePlainHttp(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String method = request.getMethod();
        if (httpsBase != null && ("GET".equals(method) || "HEAD".equals(method))) {
            String query = request.getQueryString();
            response.setStatus(308);
            response.setHeader("Location", httpsBase + request.getRequestURI() + (query == null ? "" : "?" + query));
            response.setContentLength(0);
            return;
        }
        response.setStatus(403);
        response.setContentType("application/problem+json");
        response.setCharacterEncoding("UTF-8");
        String where = httpsBase != null ? httpsBase : "the server's HTTPS address";
        response.getWriter().write("{\"type\":\"" + HTTPS_REQUIRED + "\",\"title\":\"HTTPS required\",\"status\":403,"
                + "\"detail\":\"Plain HTTP is refused beyond this machine; send the request to " + where.replace("\"", "") + " over HTTPS.\"}");
    }

    /** The console's pages, its resources and its sign-out (see ConsoleServlet and SignOutServlet). */
    static boolean isConsole(String uri) {
        return uri != null && (uri.equals("/console") || uri.startsWith("/console/") || uri.startsWith("/console-"));
    }
}
