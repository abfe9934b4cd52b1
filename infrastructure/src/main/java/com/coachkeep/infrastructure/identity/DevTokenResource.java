package com.coachkeep.infrastructure.identity;

import com.coachkeep.infrastructure.platform.Mode;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.Variant;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Optional;
import java.util.stream.Collectors;

import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.openapi.annotations.Operation;

/**
 * {@code GET /dev/token}: a token from the development issuer, for curl, tests and local
 * frontends. {@code ?person=owner|coach|assistant|client1|client2|client3} for a demo person, or
 * {@code ?sub=...&email=...&name=...} for anyone; {@code &mfa=false} for a password-only
 * sign-in. Answers {@code text/plain} (the raw token) unless JSON is asked for.
 *
 * <p>Outside development mode, or to a caller that is not on this machine, it answers 404 as if
 * it did not exist. It never injects the caller's token: every call here is unauthenticated.
 */
@Path("dev/token")
@RequestScoped
public class DevTokenResource {

    @Inject
    DevIssuer issuer;

    @Inject
    Config config;

    @Context
    HttpServletRequest servletRequest;

    @GET
    @Produces({MediaType.TEXT_PLAIN, MediaType.APPLICATION_JSON})
    @Operation(hidden = true)
    public Response token(@QueryParam("person") String person,
                          @QueryParam("sub") String subject,
                          @QueryParam("email") String email,
                          @QueryParam("name") String name,
                          @QueryParam("mfa") @DefaultValue("true") boolean mfa,
                          @Context Request request) {
        if (!developmentMode() || !issuer.available() || !fromLoopback()) {
            throw new NotFoundException();
        }
        DevIssuer.MintedToken token;
        if (person != null && !person.isBlank()) {
            Optional<DemoPeople.DemoPerson> demo = DemoPeople.find(person);
            if (demo.isEmpty()) {
                return badRequest("Unknown person '" + person + "'. Known: "
                        + DemoPeople.ALL.stream().map(DemoPeople.DemoPerson::key).collect(Collectors.joining(", ")) + ".");
            }
            token = issuer.mint(demo.get(), mfa);
        } else if (subject != null && !subject.isBlank()) {
            token = issuer.mint(subject.trim(), blankToNull(email), blankToNull(name) == null ? subject.trim() : name.trim(), mfa);
        } else {
            return badRequest("Give ?person=owner|coach|assistant|client1|client2|client3 or ?sub=...&email=...&name=...");
        }
        Variant variant = request.selectVariant(
                Variant.mediaTypes(MediaType.TEXT_PLAIN_TYPE, MediaType.APPLICATION_JSON_TYPE).build());
        if (variant != null && MediaType.APPLICATION_JSON_TYPE.isCompatible(variant.getMediaType())) {
            return noStore(Response.ok(Json.createObjectBuilder()
                    .add("access_token", token.token())
                    .add("token_type", "Bearer")
                    .add("expires_in", token.expiresInSeconds())
                    .add("sub", token.subject())
                    .build(), MediaType.APPLICATION_JSON_TYPE));
        }
        return noStore(Response.ok(token.token(), MediaType.TEXT_PLAIN_TYPE));
    }

    private boolean developmentMode() {
        return Mode.parse(config.getOptionalValue("coachkeep.mode", String.class).orElse("development"))
                .filter(m -> m == Mode.DEVELOPMENT)
                .isPresent();
    }

    private boolean fromLoopback() {
        String remote = servletRequest.getRemoteAddr();
        try {
            // an address literal: no name lookup happens
            return remote != null && InetAddress.getByName(remote).isLoopbackAddress();
        } catch (UnknownHostException e) {
            return false;
        }
    }

    private static Response badRequest(String message) {
        return Response.status(Response.Status.BAD_REQUEST).type(MediaType.TEXT_PLAIN_TYPE).entity(message).build();
    }

    private static Response noStore(Response.ResponseBuilder response) {
        return response.header("Cache-Control", "no-store").header("Vary", "Accept").build();
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }
}
