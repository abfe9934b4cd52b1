package com.coachkeep.infrastructure.rest.notification;

import com.coachkeep.infrastructure.rest.shared.Access;
import com.coachkeep.infrastructure.rest.notification.NotificationPreferencesDtos.NotificationPreferencesRequest;
import com.coachkeep.infrastructure.rest.notification.NotificationPreferencesDtos.NotificationPreferencesResponse;
import com.coachkeep.infrastructure.rest.shared.CurrentCaller;
import com.coachkeep.infrastructure.rest.shared.Etags;
import com.coachkeep.infrastructure.rest.shared.MergePatch;
import com.coachkeep.infrastructure.rest.shared.RequestTransaction;
import com.coachkeep.notification.application.port.in.GetNotificationPreferencesUseCase;
import com.coachkeep.notification.application.port.in.NotificationPreferencesView;
import com.coachkeep.notification.application.port.in.UpdateNotificationPreferencesCommand;
import com.coachkeep.notification.application.port.in.UpdateNotificationPreferencesUseCase;
import com.coachkeep.shared.domain.NotificationCategory;
import com.coachkeep.shared.application.Caller;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/me/notification-preferences")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Me")
@SecurityRequirement(name = "bearer")
@RequestTransaction
public class NotificationPreferencesResource {
    private static final Set<String> FIELDS = Arrays.stream(NotificationCategory.values()).map(NotificationCategory::fieldName)
            .collect(Collectors.toUnmodifiableSet());

    @Inject
    CurrentCaller current;
    @Inject
    GetNotificationPreferencesUseCase get;
    @Inject
    UpdateNotificationPreferencesUseCase update;

    @GET
    @Access(scope = Access.Scope.OWN)
    @Operation(operationId = "getNotificationPreferences", summary = "Your email preferences",
            description = "Which optional emails the signed-in person receives, across all their workspaces. Every category is on "
                    + "until turned off. Essential emails are always sent.")
    @APIResponse(responseCode = "200", headers = @Header(name = "ETag", schema = @Schema(type = SchemaType.STRING)),
            content = @Content(schema = @Schema(implementation = NotificationPreferencesResponse.class)))
    public Response get() {
        return answer(get.get(current.caller()));
    }

    @PUT
    @Consumes(MediaType.APPLICATION_JSON)
    @Access(scope = Access.Scope.OWN)
    @Operation(operationId = "updateNotificationPreferences", summary = "Change your email preferences",
            description = "Turns optional email categories on or off; categories left out keep their setting. Send If-Match with "
                    + "the ETag you read so that a change made elsewhere (another device, an unsubscribe link) is not overwritten.")
    @APIResponse(responseCode = "200", headers = @Header(name = "ETag", schema = @Schema(type = SchemaType.STRING)),
            content = @Content(schema = @Schema(implementation = NotificationPreferencesResponse.class)))
    public Response update(
            @Parameter(description = "The ETag last read; 412 when the preferences changed since") @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @RequestBody(required = true, content = @Content(schema = @Schema(implementation = NotificationPreferencesRequest.class))) JsonObject body) {
        Caller caller = current.caller();
        MergePatch fields = new MergePatch(body, FIELDS);
        Map<String, Boolean> enabled = new LinkedHashMap<>();
        for (String field : FIELDS) {
            fields.bool(field).ifPresent(on -> enabled.put(field, on));
        }
        fields.throwIfInvalid();
        return answer(update.update(caller, UpdateNotificationPreferencesCommand.of(enabled, Etags.expectedVersion(ifMatch))));
    }

    private static Response answer(NotificationPreferencesView view) {
        return Response.ok(NotificationPreferencesResponse.of(view)).header(HttpHeaders.ETAG, Etags.of(view.version())).build();
    }
}
