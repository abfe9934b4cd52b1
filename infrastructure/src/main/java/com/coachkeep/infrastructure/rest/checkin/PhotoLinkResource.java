package com.coachkeep.infrastructure.rest.checkin;

import com.coachkeep.checkin.application.port.in.OpenProgressPhotoLinkUseCase;
import com.coachkeep.checkin.application.port.in.ProgressPhotoContent;
import com.coachkeep.infrastructure.rest.shared.Access;
import com.coachkeep.infrastructure.rest.shared.CurrentCaller;
import com.coachkeep.infrastructure.rest.shared.RequestTransaction;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.NotAcceptableException;
import jakarta.ws.rs.core.CacheControl;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import java.io.InputStream;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Opens a progress photo through a signed link, for the signed-in person it was issued to: the link alone (without
 * their token) or their token alone (without a valid link) opens nothing; an expired, altered or someone else's link
 * answers 404.
 */
@Path("/api/v1/photo-links")
@RequestScoped
@Tag(name = "Progress photos")
@SecurityRequirement(name = "bearer")
@RequestTransaction
public class PhotoLinkResource {
    @Inject
    CurrentCaller current;
    @Inject
    OpenProgressPhotoLinkUseCase openLink;
    @Context
    HttpHeaders headers;

    @GET
    @Path("{linkToken}")
    @Produces({"image/jpeg", "image/png", "application/json"})
    @Access(scope = Access.Scope.SECRET)
    @Operation(operationId = "openProgressPhotoLink", summary = "A progress photo through its signed link (at most 5 minutes old)")
    @APIResponse(responseCode = "200", description = "The image", content = {
            @Content(mediaType = "image/jpeg", schema = @Schema(type = SchemaType.STRING, format = "binary")),
            @Content(mediaType = "image/png", schema = @Schema(type = SchemaType.STRING, format = "binary"))})
    public Response open(@PathParam("linkToken") String token) {
        return image(openLink.open(current.caller(), token), headers);
    }

    /**
     * The image as a private, never-cached response; 406 when the request's Accept does not admit the
     * photo's own type (the stream is closed unread).
     */
    static Response image(ProgressPhotoContent c, HttpHeaders headers) {
        MediaType type = MediaType.valueOf(c.mediaType());
        if (headers != null && headers.getAcceptableMediaTypes().stream().noneMatch(a -> a.isCompatible(type))) {
            try {
                c.content().close();
            } catch (java.io.IOException e) {
                // nothing was read
            }
            throw new NotAcceptableException("The photo is " + c.mediaType() + ", which the request's Accept header does not admit.");
        }
        StreamingOutput body = out -> {
            try (InputStream in = c.content()) {
                in.transferTo(out);
            }
        };
        CacheControl noStore = new CacheControl();
        noStore.setNoStore(true);
        noStore.setPrivate(true);
        // X-Content-Type-Options: nosniff and Content-Security-Policy: default-src 'none' come with every response
        // (SecurityHeadersFilter)
        Response.ResponseBuilder r = Response.ok(body, c.mediaType()).cacheControl(noStore).header("Content-Disposition", "inline");
        if (c.size() >= 0) {
            r.header(HttpHeaders.CONTENT_LENGTH, c.size());
        }
        return r.build();
    }
}
