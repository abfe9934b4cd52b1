package com.coachkeep.testing;

import com.coachkeep.shared.domain.Permission;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The operations the running server publishes in {@code /openapi}, with what each states about who may call it
 * ({@code x-coachkeep-permission}, {@code x-coachkeep-scope}). Tests that sweep the whole API (the isolation matrix,
 * the bad-input sweep) read them here, so a new operation is covered without a new line.
 */
public final class ApiOperations {
    public static final Set<String> HTTP_METHODS = Set.of("GET", "POST", "PUT", "PATCH", "DELETE");
    private static final Pattern PARAM = Pattern.compile("\\{([^}]+)}");

    private ApiOperations() {
    }

    /** How an operation relates to workspaces, as {@code x-coachkeep-scope} states it. */
    public enum Scope {
        /** One workspace's data, for its active members holding one of the permissions. */
        WORKSPACE,
        /** As WORKSPACE, and only on a client the caller can read. */
        CLIENT,
        /** As WORKSPACE, and only for the member who asked for it. */
        REQUESTER,
        /** The caller's own data, in no workspace. */
        OWN,
        /** Authorized by a secret in the link, for the person it was issued to. */
        SECRET,
        /** No token needed, no workspace data. */
        PUBLIC;

        public boolean inWorkspace() {
            return this == WORKSPACE || this == CLIENT || this == REQUESTER;
        }
    }

    /**
     * One published operation.
     *
     * @param permissions   of which a caller needs one (empty: none needed, or not stated)
     * @param scope         null when the document does not state one (a test should fail on it)
     * @param requiredQuery names of required query parameters
     * @param hasBody       whether the operation takes a request body
     */
    public record Operation(String method, String path, String operationId, Set<Permission> permissions, Scope scope,
            List<String> requiredQuery, boolean hasBody) {
        public String key() {
            return method + " " + path;
        }

        public List<String> pathParameters() {
            return ApiOperations.pathParameters(path);
        }
    }

    /** Every operation of the live document, in path order. */
    @SuppressWarnings("unchecked")
    public static List<Operation> live() {
        Map<String, Map<String, Object>> paths = TestServer.request().accept("application/json").get("/openapi?format=JSON")
                .then().statusCode(200).extract().jsonPath().getMap("paths");
        List<Operation> operations = new ArrayList<>();
        paths.entrySet().stream().sorted(Map.Entry.comparingByKey()).forEach(p -> p.getValue().forEach((method, raw) -> {
            String m = method.toUpperCase(Locale.ROOT);
            if (!HTTP_METHODS.contains(m) || !(raw instanceof Map)) {
                return;
            }
            Map<String, Object> op = (Map<String, Object>) raw;
            Set<Permission> permissions = EnumSet.noneOf(Permission.class);
            Object declared = op.get("x-coachkeep-permission");
            if (declared instanceof List<?> names) {
                names.forEach(n -> permissions.add(Permission.parse(String.valueOf(n))));
            }
            Object scope = op.get("x-coachkeep-scope");
            List<String> query = new ArrayList<>();
            List<Map<String, Object>> parameters = new ArrayList<>();
            if (p.getValue().get("parameters") instanceof List<?> shared) {
                shared.forEach(x -> parameters.add((Map<String, Object>) x));
            }
            if (op.get("parameters") instanceof List<?> own) {
                own.forEach(x -> parameters.add((Map<String, Object>) x));
            }
            for (Map<String, Object> parameter : parameters) {
                if ("query".equals(parameter.get("in")) && Boolean.TRUE.equals(parameter.get("required"))) {
                    query.add(String.valueOf(parameter.get("name")));
                }
            }
            operations.add(new Operation(m, p.getKey(), (String) op.get("operationId"), permissions,
                    scope == null ? null : Scope.valueOf(String.valueOf(scope).toUpperCase(Locale.ROOT)), List.copyOf(query),
                    op.containsKey("requestBody")));
        }));
        return operations;
    }

    /** The live operations as "METHOD /path/{template}". */
    public static Set<String> liveKeys() {
        Set<String> keys = new LinkedHashSet<>();
        live().forEach(o -> keys.add(o.key()));
        return keys;
    }

    /** A path template with its parameters filled by name; fails naming a parameter {@code ids} has no value for. */
    /** The names of the path parameters of a template, in order. */
    public static List<String> pathParameters(String template) {
        return PARAM.matcher(template).results().map(r -> r.group(1)).toList();
    }

    /** The path with each {parameter} replaced by its id; fails naming a parameter that has none. */
    public static String fill(String template, Map<String, String> ids) {
        Matcher m = PARAM.matcher(template);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String id = ids.get(m.group(1));
            if (id == null) {
                throw new AssertionError("no id for path parameter {" + m.group(1) + "} of " + template
                        + ": create one in the victim workspace and add it to VictimWorkspace.ids()");
            }
            m.appendReplacement(out, Matcher.quoteReplacement(id));
        }
        m.appendTail(out);
        return out.toString();
    }
}
