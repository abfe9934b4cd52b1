package com.coachkeep.console.signin;

import com.coachkeep.console.platform.ConsoleSettings;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.time.Instant;
import java.util.Map;
import java.util.logging.Logger;

/**
 * Opens a console session from the ID token the server's OpenID Connect client verified (the container has already
 * authenticated every {@code /console} request: web.xml requires it). A request of an open session passes; the first
 * request of a new session is decided by {@link SignInDecision}: accepted, refused with a page that says what to do,
 * or sent to sign in again when the token is not fresh (an idle session that ended).
 */
@WebFilter(urlPatterns = "/console/*", asyncSupported = true)
public class StaffSignInFilter extends HttpFilter {
    private static final long serialVersionUID = 1L;
    private static final Logger LOG = Logger.getLogger(StaffSignInFilter.class.getName());

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        HttpSession existing = request.getSession(false);
        if (existing != null && existing.getAttribute(StaffSession.ATTRIBUTE) != null) {
            chain.doFilter(request, response);
            return;
        }
        if (!"GET".equals(request.getMethod())) {
            // A call of a page whose session ended: Vaadin answers that the session expired and the page reloads (a GET).
            chain.doFilter(request, response);
            return;
        }
        ConsoleSettings settings = ConsoleSettings.current();
        Map<String, Object> claims = LibertyIdToken.claims().orElse(null);
        IdTokenClaims token = claims == null ? null : IdTokenClaims.of(claims, settings.groupsClaim());
        SignInDecision decision = new SignInDecision(settings);
        SignInDecision.Outcome outcome = decision.decide(token, Instant.now());
        if (token == null) {
            outcome = decision.developmentStaff(request.getRemoteUser(), Instant.now())
                    .<SignInDecision.Outcome>map(SignInDecision.Accepted::new).orElse(outcome);
        }
        if (outcome instanceof SignInDecision.Accepted accepted) {
            if (existing != null) {
                existing.invalidate();
            }
            HttpSession session = request.getSession(true);
            session.setMaxInactiveInterval((int) settings.idleTimeout().toSeconds());
            session.setAttribute(StaffSession.ATTRIBUTE, accepted.session());
            StaffSession staff = accepted.session();
            LOG.info(() -> "Console sign-in: " + staff.staffId() + " as " + staff.role() + (staff.mfaRelaxed()
                    ? " WITHOUT a second factor (development only: coachkeep.console.mfa.relaxed=true)" : " with a second factor"));
            chain.doFilter(request, response);
        } else if (outcome instanceof SignInDecision.NoSecondFactor refused) {
            LOG.warning(() -> "Console sign-in refused, no second factor: " + token.subject() + "@" + token.issuer()
                    + ", amr " + refused.amr());
            endSignIn(request);
            SignInPages.noSecondFactor(response, request.getContextPath(), refused.name(), refused.amr(),
                    settings.mfaAmrValueList(), settings.providerName());
        } else if (outcome instanceof SignInDecision.NoInternalRole refused) {
            LOG.warning(() -> "Console sign-in refused, no internal role: " + token.subject() + "@" + token.issuer()
                    + ", groups " + refused.groups());
            endSignIn(request);
            SignInPages.noInternalRole(response, request.getContextPath(), refused.name(), settings.providerName());
        } else {
            // Stale: no token, or one too old to open a new session; sign in again.
            LOG.info(() -> token == null ? "Console sign-in: no ID token with this request (" + request.getRemoteUser()
                    + "); signing in again" : "Console sign-in: the ID token of " + token.subject() + " was issued at "
                    + token.issuedAt() + ", too long ago to open a new session; signing in again");
            endSignIn(request);
            response.sendRedirect(request.getContextPath() + "/console/");
        }
    }

    /** Forgets the server's sign-in (its single-sign-on cookie) and any session, so that the next visit signs in anew. */
    static void endSignIn(HttpServletRequest request) throws ServletException {
        HttpSession session = request.getSession(false);
        if (session != null) {
            session.invalidate();
        }
        request.logout();
    }
}
