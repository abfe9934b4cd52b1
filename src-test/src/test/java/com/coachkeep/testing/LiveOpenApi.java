package com.coachkeep.testing;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * The OpenAPI document the running server publishes at {@code /openapi}, read as plain maps: the tests that cover
 * every operation (the isolation matrix, the bad-input test) are generated from it, so a new operation is covered
 * without a new line.
 */
public final class LiveOpenApi {
    public static final Set<String> HTTP_METHODS = new LinkedHashSet<>(List.of("GET", "POST", "PUT", "PATCH", "DELETE"));

    private final Map<String, Object> document;

    private LiveOpenApi(Map<String, Object> document) {
        this.document = document;
    }

    /** One operation: its method, path template, parameters (path-level and its own) and request body. */
    public record Operation(String method, String path, List<Map<String, Object>> parameters, Map<String, Object> requestBody) {
        public String key() {
            return method + " " + path;
        }

        /** The declared parameters of one location ({@code path}, {@code query}, {@code header}). */
        public List<Map<String, Object>> parameters(String in) {
            return parameters.stream().filter(p -> in.equals(p.get("in"))).toList();
        }

        public boolean declaresHeader(String name) {
            return parameters("header").stream().anyMatch(p -> name.equalsIgnoreCase(String.valueOf(p.get("name"))));
        }
    }

    /** Reads the document from the server now. */
    public static LiveOpenApi read() {
        Map<String, Object> doc = TestServer.request().accept("application/json").get("/openapi?format=JSON")
                .then().statusCode(200).extract().jsonPath().getMap("$");
        return new LiveOpenApi(doc);
    }

    /** The operations the server publishes, as "METHOD /path/{template}". */
    public static Set<String> operationKeys() {
        Set<String> keys = new TreeSet<>();
        read().operations().forEach(o -> keys.add(o.key()));
        return keys;
    }

    /** Every operation, in path order. */
    @SuppressWarnings("unchecked")
    public List<Operation> operations() {
        List<Operation> out = new ArrayList<>();
        Map<String, Map<String, Object>> paths = (Map<String, Map<String, Object>>) document.get("paths");
        new TreeSet<>(paths.keySet()).forEach(path -> {
            Map<String, Object> item = paths.get(path);
            List<Map<String, Object>> shared = (List<Map<String, Object>>) item.getOrDefault("parameters", List.of());
            item.forEach((method, value) -> {
                String m = method.toUpperCase(Locale.ROOT);
                if (HTTP_METHODS.contains(m) && value instanceof Map<?, ?>) {
                    Map<String, Object> op = (Map<String, Object>) value;
                    Map<String, Map<String, Object>> byName = new LinkedHashMap<>();
                    for (Map<String, Object> p : shared) {
                        byName.put(p.get("in") + ":" + p.get("name"), resolve(p));
                    }
                    for (Map<String, Object> p : (List<Map<String, Object>>) op.getOrDefault("parameters", List.of())) {
                        byName.put(p.get("in") + ":" + p.get("name"), resolve(p));
                    }
                    Map<String, Object> body = (Map<String, Object>) op.get("requestBody");
                    out.add(new Operation(m, path, List.copyOf(byName.values()), body == null ? null : resolve(body)));
                }
            });
        });
        return out;
    }

    /** The object itself, or the one its {@code $ref} points to within this document. */
    @SuppressWarnings("unchecked")
    public Map<String, Object> resolve(Map<String, Object> node) {
        Map<String, Object> n = node;
        for (int hops = 0; n != null && n.get("$ref") instanceof String ref && hops < 10; hops++) {
            Object target = document;
            for (String part : ref.substring(2).split("/")) {
                target = ((Map<String, Object>) target).get(part);
            }
            n = (Map<String, Object>) target;
        }
        return n;
    }

    /** The schema of the request body for a media type (resolved), or null. */
    @SuppressWarnings("unchecked")
    public Map<String, Object> bodySchema(Operation op, String mediaType) {
        if (op.requestBody() == null) {
            return null;
        }
        Map<String, Object> content = (Map<String, Object>) op.requestBody().get("content");
        Map<String, Object> media = content == null ? null : (Map<String, Object>) content.get(mediaType);
        return media == null ? null : resolve((Map<String, Object>) media.get("schema"));
    }
}
