package com.coachkeep.console.signin;

import com.coachkeep.console.support.ConsoleInfo;
import java.io.IOException;
import java.util.List;
import java.util.stream.Collectors;
import jakarta.servlet.http.HttpServletResponse;

/** The few plain pages of sign-in that are not console views: refusals and the signed-out page. */
final class SignInPages {
    private SignInPages() {
    }

    static void noSecondFactor(HttpServletResponse response, String contextPath, String name, List<String> amr, List<String> accepted,
            String provider) throws IOException {
        write(response, HttpServletResponse.SC_FORBIDDEN, "Sign-in refused: a second factor is required",
                "<p>" + esc(name == null ? "You" : name) + ", the support console needs a sign-in with a second factor, and "
                        + esc(provider) + " reported that you signed in with " + (amr.isEmpty() ? "no method it named"
                                : "<code>" + esc(String.join(", ", amr)) + "</code>") + " only.</p>"
                        + "<p><strong>What to do:</strong> set up a second factor with " + esc(provider)
                        + " (for example an authenticator app), then sign in again. If your account already has one, ask whoever "
                        + "runs the identity provider to require it for the support console.</p>"
                        + "<p>Accepted second factors (the token's <code>amr</code> claim): <code>" + esc(String.join(", ", accepted))
                        + "</code>.</p>"
                        + "<p><a id=\"sign-in-again\" href=\"" + esc(contextPath) + "/console/\">Sign in again</a></p>");
    }

    static void noInternalRole(HttpServletResponse response, String contextPath, String name, String provider) throws IOException {
        write(response, HttpServletResponse.SC_FORBIDDEN, "Sign-in refused: no internal role",
                "<p>" + esc(name == null ? "You" : name) + ", you signed in, but " + esc(provider)
                        + " gives you none of the support console's roles (support agent, security officer, admin).</p>"
                        + "<p><strong>What to do:</strong> ask an administrator of the identity provider to add you to the group "
                        + "of your internal role, then sign in again.</p>"
                        + "<p><a id=\"sign-in-again\" href=\"" + esc(contextPath) + "/console/\">Sign in again</a></p>");
    }

    static void signedOut(HttpServletResponse response, String contextPath) throws IOException {
        write(response, HttpServletResponse.SC_OK, "You have signed out",
                "<p>Your console session has ended. Close this window, or sign in again.</p>"
                        + "<p><a id=\"sign-in-again\" href=\"" + esc(contextPath) + "/console/\">Sign in again</a></p>");
    }

    private static void write(HttpServletResponse response, int status, String title, String body) throws IOException {
        response.setStatus(status);
        response.setContentType("text/html;charset=UTF-8");
        response.setHeader("Cache-Control", "no-store");
        response.getWriter().write("<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>" + esc(title) + " · "
                + esc(ConsoleInfo.COACHKEEP.title()) + "</title><style>body{font-family:system-ui,sans-serif;max-width:40rem;"
                + "margin:4rem auto;line-height:1.5;color:#1a1a1a}h1{font-size:1.5rem}code{background:#f2f2f2;padding:0 .2rem}"
                + "</style></head><body><h1 id=\"title\">" + esc(title) + "</h1>" + body + "</body></html>");
    }

    static String esc(String s) {
        if (s == null) {
            return "";
        }
        return s.chars().mapToObj(c -> switch (c) {
            case '<' -> "&lt;";
            case '>' -> "&gt;";
            case '&' -> "&amp;";
            case '"' -> "&quot;";
            case '\'' -> "&#39;";
            default -> String.valueOf((char) c);
        }).collect(Collectors.joining());
    }
}
