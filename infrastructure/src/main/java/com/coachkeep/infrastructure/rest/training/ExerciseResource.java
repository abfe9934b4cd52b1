package com.coachkeep.infrastructure.rest.training;

import com.coachkeep.infrastructure.rest.shared.Access;
import com.coachkeep.infrastructure.rest.shared.CurrentCaller;
import com.coachkeep.infrastructure.rest.shared.Etags;
import com.coachkeep.infrastructure.rest.shared.Idempotency;
import com.coachkeep.infrastructure.rest.shared.JsonBodyReader;
import com.coachkeep.infrastructure.rest.shared.MergePatch;
import com.coachkeep.infrastructure.rest.shared.PageResponse;
import com.coachkeep.infrastructure.rest.shared.Paging;
import com.coachkeep.infrastructure.rest.shared.RequestTransaction;
import com.coachkeep.infrastructure.rest.training.ExerciseDtos.CreateExerciseRequest;
import com.coachkeep.infrastructure.rest.training.ExerciseDtos.ExerciseList;
import com.coachkeep.infrastructure.rest.training.ExerciseDtos.ExercisePage;
import com.coachkeep.infrastructure.rest.training.ExerciseDtos.ExerciseResponse;
import com.coachkeep.infrastructure.rest.training.ExerciseDtos.MergeExerciseRequest;
import com.coachkeep.infrastructure.rest.training.ExerciseDtos.SetExerciseAliasesRequest;
import com.coachkeep.infrastructure.rest.training.ExerciseDtos.SuggestionResponse;
import com.coachkeep.infrastructure.rest.training.ExerciseDtos.UpdateExerciseRequest;
import com.coachkeep.shared.application.Actor;
import com.coachkeep.shared.domain.InvalidInputException;
import com.coachkeep.shared.domain.Permission;
import com.coachkeep.training.application.port.in.ArchiveExerciseUseCase;
import com.coachkeep.training.application.port.in.CreateExerciseCommand;
import com.coachkeep.training.application.port.in.CreateExerciseUseCase;
import com.coachkeep.training.application.port.in.ExerciseView;
import com.coachkeep.training.application.port.in.GetExerciseUseCase;
import com.coachkeep.training.application.port.in.HideExerciseUseCase;
import com.coachkeep.training.application.port.in.ListSubstitutesUseCase;
import com.coachkeep.training.application.port.in.MergeExerciseCommand;
import com.coachkeep.training.application.port.in.MergeExerciseUseCase;
import com.coachkeep.training.application.port.in.SearchExercisesQuery;
import com.coachkeep.training.application.port.in.SearchExercisesUseCase;
import com.coachkeep.training.application.port.in.SetExerciseAliasesUseCase;
import com.coachkeep.training.application.port.in.SuggestExerciseDescriptionUseCase;
import com.coachkeep.training.application.port.in.UpdateExerciseCommand;
import com.coachkeep.training.application.port.in.UpdateExerciseUseCase;
import com.coachkeep.training.domain.ExerciseAliases;
import com.coachkeep.training.domain.ExerciseId;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PATCH;
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
import jakarta.ws.rs.core.UriInfo;
import java.util.Set;
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

/**
 * The exercise library: the global catalogue and the workspace's own exercises. Staff read it with
 * {@code programs_read} and change it with {@code programs_manage}; clients see exercises through their programs.
 */
@Path("/api/v1/workspaces/{workspaceId}/exercises")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Exercise library")
@SecurityRequirement(name = "bearer")
@RequestTransaction
public class ExerciseResource {
    private static final Set<String> PATCHABLE = Set.of("name", "instructions", "videoUrl", "tags", "primaryMuscles", "secondaryMuscles",
            "equipment", "pattern", "mechanics", "variationGroup", "status", "aliases");

    @Inject
    CurrentCaller current;
    @Inject
    Idempotency idempotency;
    @Inject
    SearchExercisesUseCase search;
    @Inject
    GetExerciseUseCase get;
    @Inject
    CreateExerciseUseCase create;
    @Inject
    UpdateExerciseUseCase update;
    @Inject
    ArchiveExerciseUseCase archive;
    @Inject
    SetExerciseAliasesUseCase aliases;
    @Inject
    HideExerciseUseCase hide;
    @Inject
    MergeExerciseUseCase merge;
    @Inject
    ListSubstitutesUseCase substitutes;
    @Inject
    SuggestExerciseDescriptionUseCase suggest;
    @Context
    UriInfo uri;

    @PathParam("workspaceId")
    String workspaceId;

    @GET
    @Access(Permission.PROGRAMS_READ)
    @Operation(operationId = "searchExercises", summary = "Search the exercise library",
            description = "The global catalogue and the workspace's own exercises, without archived, merged and hidden ones. With q, "
                    + "exercises whose name or alias contains the text or has a similar word (trigram similarity), best match first; "
                    + "without, by name. Filters combine.")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = ExercisePage.class)))
    public PageResponse<ExerciseResponse> search(
            @Parameter(description = "Text to find in names and aliases (up to 100 characters)") @QueryParam("q") String q,
            @Parameter(description = "A primary or secondary muscle. " + ExerciseDtos.MUSCLES) @QueryParam("muscle") String muscle,
            @Parameter(description = ExerciseDtos.EQUIPMENT) @QueryParam("equipment") String equipment,
            @Parameter(description = ExerciseDtos.PATTERNS) @QueryParam("pattern") String pattern,
            @Parameter(schema = @Schema(enumeration = {"compound", "isolation"})) @QueryParam("mechanics") String mechanics,
            @Parameter(description = "Only the global catalogue or only the workspace's own", schema = @Schema(enumeration = {"global", "workspace"}))
            @QueryParam("source") String source,
            @Parameter(description = "Also list the global exercises the workspace hides", schema = @Schema(type = SchemaType.BOOLEAN))
            @QueryParam("includeHidden") String includeHidden,
            @Parameter(description = "Page size, 1 to 100 (default 25)", schema = @Schema(type = SchemaType.INTEGER, minimum = "1", maximum = "100", defaultValue = "25")) @QueryParam("limit") String limit,
            @Parameter(description = "nextCursor of the previous page") @QueryParam("cursor") String cursor) {
        Actor actor = current.in(workspaceId);
        return PageResponse.of(search.search(actor, SearchExercisesQuery.of(q, muscle, equipment, pattern, mechanics, source, includeHidden,
                Paging.of(limit, cursor))), ExerciseResponse::of);
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Access(Permission.PROGRAMS_MANAGE)
    @Operation(operationId = "createExercise", summary = "Add an exercise to the workspace's own library")
    @APIResponse(responseCode = "201", description = "Created", headers = {@Header(name = "Location", schema = @Schema(type = SchemaType.STRING)),
            @Header(name = "ETag", schema = @Schema(type = SchemaType.STRING))},
            content = @Content(schema = @Schema(implementation = ExerciseResponse.class)))
    public Response create(@HeaderParam(Idempotency.HEADER) String idempotencyKey, @RequestBody(required = true) CreateExerciseRequest body) {
        JsonBodyReader.required(body);
        Actor actor = current.in(workspaceId);
        return idempotency.run(current.caller(), idempotencyKey, "createExercise:" + workspaceId, body, Idempotency.Owner.workspace(workspaceId), () -> {
            ExerciseView v = create.create(actor, CreateExerciseCommand.of(body.name(), body.instructions(), body.videoUrl(), body.tags(),
                    body.primaryMuscles(), body.secondaryMuscles(), body.equipment(), body.pattern(), body.mechanics(), body.variationGroup(),
                    body.aliases()));
            return Response.created(uri.getBaseUriBuilder().path("api/v1/workspaces/{w}/exercises/{e}").build(workspaceId, v.id().toString()))
                    .header(HttpHeaders.ETAG, Etags.of(v.version())).entity(ExerciseResponse.of(v)).build();
        });
    }

    @GET
    @Path("{exerciseId}")
    @Access(Permission.PROGRAMS_READ)
    @Operation(operationId = "getExercise", summary = "One exercise",
            description = "A global exercise or one of the workspace's own, archived ones too. An id of an exercise merged into another "
                    + "answers the one it was merged into, with redirectedFrom set to the id asked for.")
    @APIResponse(responseCode = "200", headers = @Header(name = "ETag", schema = @Schema(type = SchemaType.STRING)),
            content = @Content(schema = @Schema(implementation = ExerciseResponse.class)))
    public Response get(@PathParam("exerciseId") String exerciseId) {
        ExerciseView v = get.get(current.in(workspaceId), ExerciseId.parse(exerciseId));
        return ok(v);
    }

    @PATCH
    @Path("{exerciseId}")
    @Consumes({"application/merge-patch+json", MediaType.APPLICATION_JSON})
    @Access(Permission.PROGRAMS_MANAGE)
    @Operation(operationId = "updateExercise", summary = "Change one of the workspace's own exercises",
            description = "A JSON merge patch. Send If-Match with the ETag you read to avoid overwriting someone else's change. Global "
                    + "exercises are read-only (409 global-exercise-read-only): hide them, give them aliases, or create your own.")
    @APIResponse(responseCode = "200", headers = @Header(name = "ETag", schema = @Schema(type = SchemaType.STRING)),
            content = @Content(schema = @Schema(implementation = ExerciseResponse.class)))
    public Response update(@PathParam("exerciseId") String exerciseId,
            @Parameter(description = "The ETag last read; 412 when the exercise changed since") @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @RequestBody(required = true, content = @Content(schema = @Schema(implementation = UpdateExerciseRequest.class))) JsonObject body) {
        Actor actor = current.in(workspaceId);
        ExerciseId id = ExerciseId.parse(exerciseId);
        MergePatch patch = new MergePatch(body, PATCHABLE);
        var name = patch.text("name", false);
        var instructions = patch.text("instructions", true);
        var videoUrl = patch.text("videoUrl", true);
        var tags = patch.textList("tags");
        var primary = patch.textList("primaryMuscles");
        var secondary = patch.textList("secondaryMuscles");
        var equipment = patch.text("equipment", false);
        var pattern = patch.text("pattern", false);
        var mechanics = patch.text("mechanics", false);
        var group = patch.text("variationGroup", true);
        var status = patch.text("status", false);
        var aliasList = patch.textList("aliases");
        patch.throwIfInvalid();
        ExerciseView v = update.update(actor, UpdateExerciseCommand.of(id, name, instructions, videoUrl, tags, primary, secondary, equipment,
                pattern, mechanics, group, status, aliasList, Etags.expectedVersion(ifMatch)));
        return ok(v);
    }

    @DELETE
    @Path("{exerciseId}")
    @Access(Permission.PROGRAMS_MANAGE)
    @Operation(operationId = "archiveExercise", summary = "Archive one of the workspace's own exercises",
            description = "Search and substitutes stop offering it; programs and logs that name it keep reading it. Restore it with "
                    + "updateExercise and status active.")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = ExerciseResponse.class)))
    public Response archive(@PathParam("exerciseId") String exerciseId) {
        return ok(archive.archive(current.in(workspaceId), ExerciseId.parse(exerciseId)));
    }

    @PUT
    @Path("{exerciseId}/aliases")
    @Consumes(MediaType.APPLICATION_JSON)
    @Access(Permission.PROGRAMS_MANAGE)
    @Operation(operationId = "setExerciseAliases", summary = "Set the workspace's other names for an exercise, global or its own")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = ExerciseResponse.class)))
    public Response setAliases(@PathParam("exerciseId") String exerciseId, @RequestBody(required = true) SetExerciseAliasesRequest body) {
        Actor actor = current.in(workspaceId);
        ExerciseId id = ExerciseId.parse(exerciseId);
        ExerciseAliases a;
        try {
            a = ExerciseAliases.of(body == null ? null : body.aliases());
        } catch (IllegalArgumentException e) {
            throw InvalidInputException.of("aliases", e.getMessage());
        }
        return ok(aliases.setAliases(actor, id, a));
    }

    @PUT
    @Path("{exerciseId}/hidden")
    @Access(Permission.PROGRAMS_MANAGE)
    @Operation(operationId = "hideExercise", summary = "Hide a global exercise from the workspace's library",
            description = "Search and substitutes leave it out; it stays readable by id. Repeating it changes nothing.")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = ExerciseResponse.class)))
    public Response hide(@PathParam("exerciseId") String exerciseId) {
        return ok(hide.hide(current.in(workspaceId), ExerciseId.parse(exerciseId)));
    }

    @DELETE
    @Path("{exerciseId}/hidden")
    @Access(Permission.PROGRAMS_MANAGE)
    @Operation(operationId = "unhideExercise", summary = "Show a hidden global exercise again")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = ExerciseResponse.class)))
    public Response unhide(@PathParam("exerciseId") String exerciseId) {
        return ok(hide.unhide(current.in(workspaceId), ExerciseId.parse(exerciseId)));
    }

    @POST
    @Path("{exerciseId}/merge")
    @Consumes(MediaType.APPLICATION_JSON)
    @Access(Permission.PROGRAMS_MANAGE)
    @Operation(operationId = "mergeExercise", summary = "Merge a duplicate workspace exercise into the one to keep",
            description = "The duplicate stays, marked merged: reading it, or any program or log that names it, answers the exercise kept. "
                    + "Its name and aliases become aliases of the one kept. Answers the exercise kept.")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = ExerciseResponse.class)))
    public Response merge(@PathParam("exerciseId") String exerciseId, @RequestBody(required = true) MergeExerciseRequest body) {
        Actor actor = current.in(workspaceId);
        ExerciseId id = ExerciseId.parse(exerciseId);
        return ok(merge.merge(actor, MergeExerciseCommand.of(id, body == null ? null : body.into())));
    }

    @GET
    @Path("{exerciseId}/substitutes")
    @Access(Permission.PROGRAMS_READ)
    @Operation(operationId = "listExerciseSubstitutes", summary = "The exercises that can stand in for one",
            description = "Its variation group (the same movement with other equipment), global and own, offered ones only, by name; at most 100.")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = ExerciseList.class)))
    public ExerciseList substitutes(@PathParam("exerciseId") String exerciseId) {
        return new ExerciseList(substitutes.listSubstitutes(current.in(workspaceId), ExerciseId.parse(exerciseId)).stream()
                .map(ExerciseResponse::of).toList());
    }

    @POST
    @Path("{exerciseId}/description-suggestion")
    @Access(Permission.PROGRAMS_MANAGE)
    @Operation(operationId = "suggestExerciseDescription", summary = "Draft an exercise's instructions with the configured language model",
            description = "Optional (P-AI-1). 409 ai-descriptions-not-configured when the deployment has no provider; 409 ai-descriptions-off "
                    + "until the owner turns it on in the library's settings. Sends the exercise's name, equipment and muscles only; each "
                    + "call is in the audit log. Nothing is stored: save the text with updateExercise if you want it.")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = SuggestionResponse.class)))
    public SuggestionResponse suggest(@PathParam("exerciseId") String exerciseId) {
        return SuggestionResponse.of(suggest.suggest(current.in(workspaceId), ExerciseId.parse(exerciseId)));
    }

    private static Response ok(ExerciseView v) {
        return Response.ok(ExerciseResponse.of(v)).header(HttpHeaders.ETAG, Etags.of(v.version())).build();
    }
}
