package com.coachkeep.infrastructure.rest.support;

import com.coachkeep.infrastructure.rest.shared.Access;
import com.coachkeep.infrastructure.rest.support.SupportDtos.SubProcessorListResponse;
import com.coachkeep.support.application.port.in.ListSubProcessorsUseCase;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirements;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The public sub-processor list (P-SUB-1): no sign-in, cacheable, with a strong ETag over the content. */
@Path("/api/v1/sub-processors")
@RequestScoped
@Tag(name = "Security")
public class SubProcessorResource {
    private static final Jsonb JSON = JsonbBuilder.create();

    @Inject
    ListSubProcessorsUseCase list;

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @SecurityRequirements
    @Access(scope = Access.Scope.PUBLIC)
    @Operation(operationId = "listSubProcessors", summary = "The sub-processors",
            description = "The third parties that process personal data on Coachkeep's behalf: service, purpose and region, and "
                    + "when the list last changed. Public; coaches are told by email before a material change.")
    @APIResponse(responseCode = "200", headers = @Header(name = "ETag", schema = @Schema(type = SchemaType.STRING)),
            content = @Content(schema = @Schema(implementation = SubProcessorListResponse.class)))
    @APIResponse(responseCode = "304", description = "Not modified since the ETag sent in If-None-Match")
    public Response list(@Parameter(description = "An ETag read before; 304 when the list is unchanged")
            @HeaderParam(HttpHeaders.IF_NONE_MATCH) String ifNoneMatch) {
        SubProcessorListResponse body = SubProcessorListResponse.of(list.listCurrent());
        EntityTag tag = new EntityTag(hash(JSON.toJson(body)));
        if (ifNoneMatch != null && (ifNoneMatch.contains(tag.toString()) || ifNoneMatch.strip().equals("*"))) {
            return Response.notModified(tag).header("Cache-Control", "public, max-age=300").build();
        }
        return Response.ok(body).tag(tag).header("Cache-Control", "public, max-age=300").build();
    }

    private static String hash(String text) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
