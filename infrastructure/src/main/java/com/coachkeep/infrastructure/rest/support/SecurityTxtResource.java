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
        String expires = DateTimeFormatter.ISO_INSTANT.format(clock.instant().plus(Duration.ofDays(365)).truncatedTo(ChronoUnit.SECONDS));
        return Response.ok(text(apiUrl, contactEmail, policyUrl, expires)).header("Cache-Control", "public, max-age=86400").build();
    }

    /**
     * The file. RFC 9116 admits only {@code https:} web URIs (and {@code mailto:}, {@code tel:}) in {@code Contact},
     * {@code Policy} and {@code Canonical}: the report endpoint and the canonical address are named only when the API's
     * public address is HTTPS (a development server on plain HTTP names its mailbox alone), and a policy URL that is
     * not HTTPS is left out.
     */
    static String text(String apiUrl, String contactEmail, String policyUrl, String expires) {
        String base = apiUrl.strip().replaceAll("/+$", "");
        boolean https = base.regionMatches(true, 0, "https://", 0, 8);
        StringBuilder text = new StringBuilder("# Report security problems in Coachkeep here. Reports are acknowledged within two business days.\n");
        if (https) {
            text.append("# Reports by API: POST a JSON object {summary, details, reporterEmail?, affectedUrl?} to the endpoint below.\n")
                    .append("Contact: ").append(base).append("/api/v1/security-reports\n");
        }
        text.append("Contact: mailto:").append(contactEmail).append('\n')
                .append("Expires: ").append(expires).append('\n')
                .append("Preferred-Languages: en\n");
        if (policyUrl.regionMatches(true, 0, "https://", 0, 8)) {
            text.append("Policy: ").append(policyUrl).append('\n');
        }
        if (https) {
            text.append("Canonical: ").append(base).append("/.well-known/security.txt\n");
        }
        return text.toString();
    }
}
