package com.coachkeep.infrastructure.rest.checkin;

import com.coachkeep.checkin.application.port.in.CompareProgressPhotosUseCase;
import com.coachkeep.checkin.application.port.in.DeleteProgressPhotoUseCase;
import com.coachkeep.checkin.application.port.in.HideProgressPhotoUseCase;
import com.coachkeep.checkin.application.port.in.LinkProgressPhotoUseCase;
import com.coachkeep.checkin.application.port.in.LinkProgressPhotoUseCase.ProgressPhotoLink;
import com.coachkeep.checkin.application.port.in.ListProgressPhotosUseCase;
import com.coachkeep.checkin.application.port.in.OpenProgressPhotoUseCase;
import com.coachkeep.checkin.application.port.in.UploadProgressPhotoCommand;
import com.coachkeep.checkin.application.port.in.UploadProgressPhotoUseCase;
import com.coachkeep.checkin.domain.PhotoId;
import com.coachkeep.infrastructure.rest.checkin.ProgressPhotoDtos.ComparisonResponse;
import com.coachkeep.infrastructure.rest.checkin.ProgressPhotoDtos.LinkResponse;
import com.coachkeep.infrastructure.rest.checkin.ProgressPhotoDtos.ProgressPhotoList;
import com.coachkeep.infrastructure.rest.checkin.ProgressPhotoDtos.ProgressPhotoResponse;
import com.coachkeep.infrastructure.rest.checkin.ProgressPhotoDtos.VisibilityRequest;
import com.coachkeep.infrastructure.rest.shared.Access;
import com.coachkeep.infrastructure.rest.shared.CurrentCaller;
import com.coachkeep.infrastructure.rest.shared.JsonBodyReader;
import com.coachkeep.infrastructure.rest.shared.RequestTransaction;
import com.coachkeep.roster.domain.ClientId;
import com.coachkeep.shared.application.Actor;
import com.coachkeep.shared.domain.InvalidInputException;
import com.coachkeep.shared.domain.Permission;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * A client's progress photos (docs/photos.md). Uploads are the image's bytes as the body, whatever the declared type:
 * the image pipeline judges them by their bytes. Photos are served only here (bearer token) or through a signed link
 * ({@link PhotoLinkResource}); nothing is under a public path.
 */
@Path("/api/v1/workspaces/{workspaceId}/clients/{clientId}/photos")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Progress photos")
@SecurityRequirement(name = "bearer")
@RequestTransaction
public class ProgressPhotoResource {
    @Inject
    CurrentCaller current;
    @Inject
    UploadProgressPhotoUseCase upload;
    @Inject
    ListProgressPhotosUseCase list;
    @Inject
    OpenProgressPhotoUseCase open;
    @Inject
    LinkProgressPhotoUseCase link;
    @Inject
    CompareProgressPhotosUseCase compare;
    @Inject
    HideProgressPhotoUseCase hide;
    @Inject
    DeleteProgressPhotoUseCase delete;

    @Context
    HttpHeaders headers;
    @PathParam("workspaceId")
    String workspaceId;
    @PathParam("clientId")
    String clientId;

    private Actor actor() {
        return current.in(workspaceId);
    }

    private ClientId client() {
        return ClientId.parse(clientId);
    }

    @POST
    @Consumes(MediaType.WILDCARD)
    @Access(value = Permission.SELF_PHOTOS, scope = Access.Scope.CLIENT)
    @Operation(operationId = "uploadProgressPhoto", summary = "Upload a progress photo of oneself (the client only)",
            description = "The body is the image file itself (JPEG, PNG or WebP, at most 15 MiB and 40 megapixels), recognised by its "
                    + "bytes whatever Content-Type says. It is turned upright by its EXIF orientation and re-encoded, so no EXIF, GPS, "
                    + "XMP or other metadata is kept. A refused image (image-* problems) stores nothing.")
    @RequestBody(required = true, content = @Content(mediaType = "application/octet-stream",
            schema = @Schema(type = SchemaType.STRING, format = "binary")))
    @APIResponse(responseCode = "201", description = "Stored", content = @Content(schema = @Schema(implementation = ProgressPhotoResponse.class)))
    public Response upload(
            @Parameter(description = "How the client stands", required = true, schema = @Schema(enumeration = {"front", "side", "back", "custom"}))
            @QueryParam("pose") String pose,
            @Parameter(description = "The day the photo shows (YYYY-MM-DD)", required = true, example = "2026-12-01") @QueryParam("takenOn") String takenOn,
            InputStream body) {
        Actor actor = actor();
        ClientId client = client();
        UploadProgressPhotoCommand command = new UploadProgressPhotoCommand(pose, takenOn, read(body));
        ProgressPhotoResponse created = ProgressPhotoResponse.of(upload.upload(actor, client, command));
        return Response.status(Response.Status.CREATED).header("Location", created.contentPath().replaceAll("/content$", ""))
                .entity(created).build();
    }

    private static byte[] read(InputStream body) {
        if (body == null) {
            return new byte[0];
        }
        try (InputStream in = body) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @GET
    @Access(value = {Permission.PHOTOS_VIEW, Permission.SELF_PHOTOS}, scope = Access.Scope.CLIENT)
    @Operation(operationId = "listProgressPhotos", summary = "A client's progress photos, newest day first",
            description = "Staff do not see the photos the client hid from them.")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = ProgressPhotoList.class)))
    public ProgressPhotoList list(@Parameter(description = "Only this pose", schema = @Schema(enumeration = {"front", "side", "back", "custom"}))
            @QueryParam("pose") String pose) {
        return new ProgressPhotoList(list.list(actor(), client(), pose).stream().map(ProgressPhotoResponse::of).toList());
    }

    @GET
    @Path("compare")
    @Access(value = {Permission.PHOTOS_VIEW, Permission.SELF_PHOTOS}, scope = Access.Scope.CLIENT)
    @Operation(operationId = "compareProgressPhotos", summary = "Two photos of one pose side by side, each with that day's weight",
            description = "The photo of `after` against the photo of `before`, or against the client's first photo of the pose when "
                    + "`before` is left out. A day with several photos of the pose shows the last uploaded.")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = ComparisonResponse.class)))
    public ComparisonResponse compare(
            @Parameter(required = true, schema = @Schema(enumeration = {"front", "side", "back", "custom"})) @QueryParam("pose") String pose,
            @Parameter(description = "The earlier day; the first photo when left out") @QueryParam("before") String before,
            @Parameter(description = "The later day", required = true, example = "2026-12-01") @QueryParam("after") String after) {
        return ComparisonResponse.of(compare.compare(actor(), client(), pose, before, after));
    }

    @GET
    @Path("{photoId}")
    @Access(value = {Permission.PHOTOS_VIEW, Permission.SELF_PHOTOS}, scope = Access.Scope.CLIENT)
    @Operation(operationId = "getProgressPhoto", summary = "One progress photo's description")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = ProgressPhotoResponse.class)))
    public ProgressPhotoResponse get(@PathParam("photoId") String photoId) {
        return ProgressPhotoResponse.of(list.get(actor(), client(), PhotoId.parse(photoId)));
    }

    @GET
    @Path("{photoId}/content")
    @Produces({"image/jpeg", "image/png", "application/json"})
    @Access(value = {Permission.PHOTOS_VIEW, Permission.SELF_PHOTOS}, scope = Access.Scope.CLIENT)
    @Operation(operationId = "getProgressPhotoContent", summary = "A progress photo's pixels (the stored copy, without metadata)")
    @APIResponse(responseCode = "200", description = "The image", content = {
            @Content(mediaType = "image/jpeg", schema = @Schema(type = SchemaType.STRING, format = "binary")),
            @Content(mediaType = "image/png", schema = @Schema(type = SchemaType.STRING, format = "binary"))})
    public Response content(@PathParam("photoId") String photoId,
            @Parameter(schema = @Schema(enumeration = {"full", "thumbnail"}, defaultValue = "full")) @QueryParam("variant") String variant) {
        return PhotoLinkResource.image(open.open(actor(), client(), PhotoId.parse(photoId), variant), headers);
    }

    @POST
    @Path("{photoId}/links")
    @Access(value = {Permission.PHOTOS_VIEW, Permission.SELF_PHOTOS}, scope = Access.Scope.CLIENT)
    @Operation(operationId = "linkProgressPhoto", summary = "A signed link to a photo, for oneself, valid for 5 minutes",
            description = "The link opens the photo only for the signed-in person who asked for it, and only while they may still see it.")
    @APIResponse(responseCode = "201", content = @Content(schema = @Schema(implementation = LinkResponse.class)))
    public Response link(@PathParam("photoId") String photoId,
            @Parameter(schema = @Schema(enumeration = {"full", "thumbnail"}, defaultValue = "full")) @QueryParam("variant") String variant) {
        ProgressPhotoLink l = link.link(actor(), client(), PhotoId.parse(photoId), variant);
        return Response.status(Response.Status.CREATED)
                .entity(new LinkResponse("/api/v1/photo-links/" + l.token(), l.expiresAt().toString())).build();
    }

    @PUT
    @Path("{photoId}/visibility")
    @Consumes(MediaType.APPLICATION_JSON)
    @Access(value = Permission.SELF_PHOTOS, scope = Access.Scope.CLIENT)
    @Operation(operationId = "setProgressPhotoVisibility", summary = "Hide a photo of oneself from staff, or show it again (the client only)")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = ProgressPhotoResponse.class)))
    public ProgressPhotoResponse visibility(@PathParam("photoId") String photoId, @RequestBody(required = true) VisibilityRequest body) {
        VisibilityRequest b = JsonBodyReader.required(body);
        if (b.hiddenFromStaff() == null) {
            throw InvalidInputException.of("hiddenFromStaff", "is required");
        }
        return ProgressPhotoResponse.of(hide.setHidden(actor(), client(), PhotoId.parse(photoId), b.hiddenFromStaff()));
    }

    @DELETE
    @Path("{photoId}")
    @Access(value = Permission.SELF_PHOTOS, scope = Access.Scope.CLIENT)
    @Operation(operationId = "deleteProgressPhoto", summary = "Delete a photo of oneself at once, its files and its row (the client only)")
    @APIResponse(responseCode = "204", description = "Deleted")
    public Response delete(@PathParam("photoId") String photoId) {
        delete.delete(actor(), client(), PhotoId.parse(photoId));
        return Response.noContent().build();
    }
}
