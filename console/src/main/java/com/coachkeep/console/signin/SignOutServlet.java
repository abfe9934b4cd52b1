package com.coachkeep.console.signin;

import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.logging.Logger;

/**
 * Signs out of the console: ends the session and the server's sign-in. Outside {@code /console}, so that answering it
 * never starts a new sign-in. Signing in again always asks the provider for the credentials and second factor anew
 * ({@code prompt=login}).
 */
@WebServlet(urlPatterns = SignOutServlet.PATH)
public class SignOutServlet extends HttpServlet {
    public static final String PATH = "/console-signout";
    private static final long serialVersionUID = 1L;
    private static final Logger LOG = Logger.getLogger(SignOutServlet.class.getName());

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws ServletException, IOException {
        var session = request.getSession(false);
        Object staff = session == null ? null : session.getAttribute(StaffSession.ATTRIBUTE);
        if (staff instanceof StaffSession s) {
            LOG.info(() -> "Console sign-out: " + s.staffId());
        }
        StaffSignInFilter.endSignIn(request);
        SignInPages.signedOut(response, request.getContextPath());
    }

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws ServletException, IOException {
        doGet(request, response);
    }
}
