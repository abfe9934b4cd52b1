package com.coachkeep.infrastructure.rest.support;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Response;
import java.time.Clock;
import java.time.Duration;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.openapi.annotations.Operation;

/**
 * {@code /.well-known/security.txt} (RFC 9116): where to report a vulnerability. Outside {@code /api/v1}, so no
 * security constraint applies; hidden from the API document (it is for people and scanners, not for the SDK).
 * {@code Expires} is always a year ahead, computed on each request, so the file never goes stale.
 */
@Path("/.well-known/security.txt")
@RequestScoped
public class SecurityTxtResource {
    @Inject
    @ConfigProperty(name = "coachkeep.api.url", defaultValue = "http://localhost:9080")
    String apiUrl;

    @Inject
    @ConfigProperty(name = "coachkeep.security.contact-email", defaultValue = "security@coachkeep.app")
    String contactEmail;

    @Inject
    @ConfigProperty(name = "coachkeep.security.policy-url", defaultValue = "https://coachkeep.app/security")
    String policyUrl;

    @Inject
    Clock clock;

    @GET
    @Produces("text/plain;charset=utf-8")
    @Operation(hidden = true)
    public Response get() {
        String base = apiUrl.replaceAll("/+$", "");
        String expires = DateTimeFormatter.ISO_INSTANT.format(clock.instant().plus(Duration.ofDays(365)).truncatedTo(ChronoUnit.SECONDS));
        String text = "# Report security problems in Coachkeep here. Reports are acknowledged within two business days.\n"
                + "# Reports by API: POST a JSON object {summary, details, reporterEmail?, affectedUrl?} to the endpoint below.\n"
                + "Contact: " + base + "/api/v1/security-reports\n"
                + "Contact: mailto:" + contactEmail + "\n"
                + "Expires: " + expires + "\n"
                + "Preferred-Languages: en\n"
                + "Policy: " + policyUrl + "\n"
                + "Canonical: " + base + "/.well-known/security.txt\n";
        return Response.ok(text).header("Cache-Control", "public, max-age=86400").build();
    }
}
