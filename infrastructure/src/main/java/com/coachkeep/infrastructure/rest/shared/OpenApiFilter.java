package com.coachkeep.infrastructure.rest.shared;

import java.lang.reflect.Method;
import java.util.HashMap;
import java.util.Map;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.media.Content;
import org.eclipse.microprofile.openapi.models.media.MediaType;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;
import org.eclipse.microprofile.openapi.models.responses.APIResponses;

/**
 * Adds the problem responses every operation can give to the OpenAPI document, so each resource declares only
 * its own success and the document still names every error (with the Problem schema, as application/problem+json).
 * It also states who may call each operation, from the method's {@link Access}: {@code x-coachkeep-permission} (the
 * permissions of which the caller needs one) and {@code x-coachkeep-scope} (workspace, client, requester, own, secret,
 * public). An operation whose method has no {@code @Access} gets neither, and the isolation matrix fails on it.
 */
public class OpenApiFilter implements OASFilter {
    public static final String PERMISSION_EXTENSION = "x-coachkeep-permission";
    public static final String SCOPE_EXTENSION = "x-coachkeep-scope";

    private final Map<String, Access> accessByOperationId = accessByOperationId();

    static Map<String, Access> accessByOperationId() {
        Map<String, Access> byId = new HashMap<>();
        for (Class<?> resource : PublishedResources.find(OpenApiFilter.class.getClassLoader())) {
            for (Method m : resource.getDeclaredMethods()) {
                org.eclipse.microprofile.openapi.annotations.Operation op =
                        m.getAnnotation(org.eclipse.microprofile.openapi.annotations.Operation.class);
                Access access = m.getAnnotation(Access.class);
                if (op != null && access != null && !op.operationId().isEmpty()) {
                    byId.put(op.operationId(), access);
                }
            }
        }
        return Map.copyOf(byId);
    }

    @Override
    public Operation filterOperation(Operation operation) {
        Access access = operation.getOperationId() == null ? null : accessByOperationId.get(operation.getOperationId());
        if (access != null) {
            operation.addExtension(PERMISSION_EXTENSION, Access.Names.permissions(access));
            operation.addExtension(SCOPE_EXTENSION, access.scope().wireName());
        }
        if (operation.getResponses() == null) {
            operation.setResponses(OASFactory.createAPIResponses());
        }
        APIResponses responses = operation.getResponses();
        if (responses.getAPIResponses() != null) {
            responses.getAPIResponses().forEach((code, response) -> {
                if (response.getDescription() == null || response.getDescription().isBlank()) {
                    response.setDescription(switch (code) {
                        case "201" -> "Created";
                        case "204" -> "No content";
                        default -> "OK";
                    });
                }
            });
        }
        String id = operation.getOperationId() == null ? "" : operation.getOperationId();
        boolean writes = id.startsWith("create") || id.startsWith("invite") || id.startsWith("update") || id.startsWith("change")
                || id.startsWith("add") || id.startsWith("accept");
        add(responses, "400", "Invalid input: the problem's errors name each invalid field, or the body is not valid JSON");
        if (operation.getSecurity() != null && operation.getSecurity().isEmpty()) {
            // a public operation: no token, no role, no workspace, so none of the refusals below applies
            addTooManyRequests(responses);
            add(responses, "500", "Unexpected error; the problem carries an errorId to quote");
            return operation;
        }
        add(responses, "401", "No valid bearer token (missing, expired, wrong issuer or audience, bad signature)");
        add(responses, "403", "Signed in, but the role does not allow this");
        add(responses, "404", "Does not exist, or belongs to a workspace the caller cannot see");
        add(responses, "409", "Conflicts with the current state (for example, already invited)");
        if (id.startsWith("update")) {
            add(responses, "412", "If-Match does not match the current ETag: someone else changed it");
        }
        if (writes) {
            add(responses, "413", "Request body too large");
            add(responses, "415", "Body is not application/json");
        }
        if (id.startsWith("create") || id.startsWith("invite") || id.startsWith("add")) {
            add(responses, "422", "Idempotency-Key reused with a different request");
        }
        addTooManyRequests(responses);
        add(responses, "500", "Unexpected error; the problem carries an errorId to quote");
        return operation;
    }

    /** Every operation is rate-limited (per caller and per address; some, like exports, by a quota of their own). */
    private static void addTooManyRequests(APIResponses responses) {
        add(responses, "429", "Too many requests (or, where the operation has a quota, too many today); Retry-After says when to try again");
        APIResponse tooMany = responses.getAPIResponse("429");
        if (tooMany.getHeaders() == null || !tooMany.getHeaders().containsKey("Retry-After")) {
            tooMany.addHeader("Retry-After", OASFactory.createHeader().description("Seconds to wait before trying again")
                    .schema(integerSchema()));
        }
    }

    /**
     * An integer schema. The server's OpenAPI 4 model sets types as a list ({@code addType}), the compile-time API
     * (OpenAPI 3.1) as one ({@code type}); the method that exists at run time is called.
     */
    private static org.eclipse.microprofile.openapi.models.media.Schema integerSchema() {
        var schema = OASFactory.createSchema();
        var integer = org.eclipse.microprofile.openapi.models.media.Schema.SchemaType.INTEGER;
        for (String name : new String[] {"addType", "type"}) {
            try {
                schema.getClass().getMethod(name, integer.getClass()).invoke(schema, integer);
                return schema;
            } catch (ReflectiveOperationException notThisOne) {
                // the other model version
            }
        }
        return schema;
    }

    private static void add(APIResponses responses, String code, String description) {
        if (responses.hasAPIResponse(code)) {
            return;
        }
        MediaType media = OASFactory.createMediaType().schema(OASFactory.createSchema().ref("#/components/schemas/Problem"));
        Content content = OASFactory.createContent().addMediaType(Problem.MEDIA_TYPE, media);
        APIResponse response = OASFactory.createAPIResponse().description(description).content(content);
        responses.addAPIResponse(code, response);
    }
}
