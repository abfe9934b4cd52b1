package com.coachkeep.infrastructure.rest.notification;

import com.coachkeep.notification.application.port.in.UnsubscribeCommand;
import com.coachkeep.notification.application.port.in.UnsubscribeUseCase;
import com.coachkeep.shared.application.NotFoundException;
import com.coachkeep.shared.domain.InvalidInputException;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import org.eclipse.microprofile.openapi.annotations.Operation;

/**
 * The target of the {@code List-Unsubscribe} header and the footer link of optional emails. A POST turns the
 * category off (RFC 8058 one-click: mail programs POST {@code List-Unsubscribe=One-Click}, without signing in;
 * the token identifies the person). A GET only shows a page with a button that POSTs, because link scanners and
 * prefetchers follow GET links on their own. Outside {@code /api/v1}: no bearer token is involved, and it is not
 * part of the API for frontends and partners.
 */
@Path("/email/unsubscribe")
@RequestScoped
@Produces(MediaType.TEXT_HTML + ";charset=utf-8")
public class UnsubscribeResource {
    @Inject
    UnsubscribeUseCase unsubscribe;

    @GET
    @Operation(hidden = true)
    public Response confirm(@QueryParam("token") String token, @QueryParam("category") String category) {
        String action = "/email/unsubscribe?token=" + encode(token) + "&category=" + encode(category);
        return page(200, "Unsubscribe", "<p>Stop receiving these emails from Coachkeep?</p>"
                + "<form method=\"post\" action=\"" + escape(action) + "\"><button type=\"submit\">Unsubscribe</button></form>");
    }

    @POST
    @Consumes({MediaType.APPLICATION_FORM_URLENCODED, MediaType.MULTIPART_FORM_DATA, MediaType.WILDCARD})
    @Operation(hidden = true)
    public Response unsubscribe(@QueryParam("token") String token, @QueryParam("category") String category) {
        try {
            unsubscribe.unsubscribe(UnsubscribeCommand.of(token, category));
        } catch (NotFoundException | InvalidInputException e) {
            return page(404, "Link not valid", "<p>This unsubscribe link is not valid. Sign in to change your email preferences.</p>");
        }
        return page(200, "Unsubscribed", "<p>Done: you will not receive these emails any more. "
                + "You can turn them on again in your email preferences.</p>");
    }

    private static Response page(int status, String title, String body) {
        String html = "<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><meta name=\"robots\" content=\"noindex\">"
                + "<title>" + title + "</title></head><body style=\"font-family:sans-serif;max-width:32rem;margin:3rem auto;\">"
                + "<h1>" + title + "</h1>" + body + "</body></html>";
        return Response.status(status).entity(html).header("Cache-Control", "no-store").header("Referrer-Policy", "no-referrer").build();
    }

    private static String encode(String value) {
        return URLEncoder.encode(value == null ? "" : value, StandardCharsets.UTF_8);
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("\"", "&quot;").replace("<", "&lt;").replace(">", "&gt;");
    }
}
