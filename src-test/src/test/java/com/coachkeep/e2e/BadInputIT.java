package com.coachkeep.e2e;

import static org.junit.jupiter.api.Assertions.assertTrue;

import com.coachkeep.shared.domain.Permission;
import com.coachkeep.testing.ApiOperations;
import com.coachkeep.infrastructure.image.ImageFixtures;
import com.coachkeep.testing.LiveOpenApi;
import com.coachkeep.testing.LiveOpenApi.Operation;
import com.coachkeep.testing.TableSnapshot;
import com.coachkeep.testing.TestServer;
import io.restassured.path.json.JsonPath;
import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Bad input on every operation, generated from the live {@code /openapi} document: every malformed body (not JSON,
 * an array, {@code null}, each field of a wrong type, an over-long string, an unknown field, nested junk, a body too
 * deep or too large), every path parameter malformed, every paging parameter out of range or forged, and bad
 * headers ({@code Idempotency-Key} blank or too long, a malformed {@code If-Match}, a missing or wrong
 * {@code Content-Type}, an {@code Accept} the operation cannot serve). Each answer must be a 4xx
 * {@code application/problem+json} that says what is wrong (a field-level mistake is named in {@code errors} or in
 * the detail), none may be a server error, and no row of any table may change. A new operation, parameter or field
 * is covered by its entry in the OpenAPI document alone.
 *
 * <p>The requests are sent as the member who may call the operation (A's owner; A's client on the operations of a
 * client's own data, {@code /clients/me}), so they reach the checks behind authorization. Bodies are built from the
 * operation's schema: a valid base (its required fields, from the schema's examples) with one thing wrong at a time.
 */
@Tag("promise:P-REL-1")
class BadInputIT {
    /**
     * Tables left out of the before/after comparison, each with why it may change while bad requests are answered.
     * Everything else, found in the catalog, must stay exactly as it was.
     */
    static final Map<String, String> TABLES_THAT_MAY_CHANGE = Map.of(
            "public.rate_limit_bucket", "the rate limiter counts every request, bad ones too (hashed keys and counters, no content)",
            "public.abuse_flag", "a person who keeps addressing ids that do not exist is flagged, as intended");

    /**
     * Operations whose body is authenticated by a signature over its raw bytes (Stripe's webhooks): it is not read as
     * JSON before the signature verifies, so every bad body sent without one answers 422 webhook-signature-invalid,
     * naming the signature, and stores nothing.
     */
    static final Map<String, String> SIGNED_BODIES = Map.of(
            "POST /api/v1/billing/webhooks/platform", "Stripe-Signature over the raw body (docs/billing.md)",
            "POST /api/v1/billing/webhooks/connect", "Stripe-Signature over the raw body (docs/billing.md)");

    static final Duration SETTLE = Duration.ofSeconds(90);
    /** Requests in flight at once. */
    static final int SENDERS = 4;
    static final String UNKNOWN_FIELD = "unexpectedField";
    static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();

    static VictimWorkspace victim;

    @BeforeAll
    static void workspaceWithSomethingBehindEveryPathParameter() throws Exception {
        victim = VictimWorkspace.create("Bad Input " + UUID.randomUUID().toString().substring(0, 8));
    }

    /** One bad request and what its answer must say: a status among {@code statuses} (any 4xx when empty), naming {@code names}. */
    record Bad(String label, String method, String path, Map<String, String> headers, byte[] body, boolean chunked,
            Set<Integer> statuses, String names) {
    }

    @Test
    void everyOperationAnswersEveryKindOfBadInputWithAProblemThatSaysWhatIsWrongAndChangesNothing() throws Exception {
        LiveOpenApi api = LiveOpenApi.read();
        List<Operation> operations = api.operations();
        TableSnapshot before = TableSnapshot.takeWhenSettled(TABLES_THAT_MAY_CHANGE.keySet(), SETTLE);

        // Every bad request is refused and changes nothing, so their order does not matter: they are sent by a few
        // threads at once (the suite's longest loop of requests), and judged one by one.
        List<java.util.concurrent.Callable<String[]>> calls = new ArrayList<>();
        for (Operation op : operations) {
            for (Bad bad : badRequests(api, op)) {
                calls.add(() -> {
                    HttpResponse<String> response = send(bad);
                    String failure = judge(bad, response);
                    return new String[] {String.valueOf(response.statusCode()),
                            failure == null ? null : op.key() + " with " + bad.label() + ": " + failure};
                });
            }
        }
        int requests = 0;
        int serverErrors = 0;
        List<String> failures = new ArrayList<>();
        java.util.concurrent.ExecutorService senders = java.util.concurrent.Executors.newFixedThreadPool(SENDERS);
        try {
            for (java.util.concurrent.Future<String[]> answer : senders.invokeAll(calls)) {
                String[] r = answer.get();
                requests++;
                if (Integer.parseInt(r[0]) >= 500) {
                    serverErrors++;
                }
                if (r[1] != null) {
                    failures.add(r[1]);
                }
            }
        } finally {
            senders.shutdownNow();
        }
        TableSnapshot after = TableSnapshot.takeWhenSettled(TABLES_THAT_MAY_CHANGE.keySet(), SETTLE);
        List<String> changed = after.differences(before);

        System.out.printf("bad input: %d operations, %d requests, %d answered 5xx, %d answers not a clear 4xx problem, "
                + "%d of %d tables changed (%d rows compared)%n", operations.size(), requests, serverErrors,
                failures.size() - serverErrors, changed.size(), after.tables(), after.rowCount());
        assertTrue(operations.size() >= 20, "only " + operations.size() + " operations read from /openapi");
        List<String> problems = new ArrayList<>(failures.subList(0, Math.min(60, failures.size())));
        changed.forEach(c -> problems.add("stored data changed: " + c));
        assertTrue(problems.isEmpty(), failures.size() + " answers were not a clear 4xx problem, " + changed.size()
                + " tables changed:\n" + String.join("\n", problems));
    }

    // -----------------------------------------------------------------------------------------------------------
    // The bad requests of one operation, from its OpenAPI description
    // -----------------------------------------------------------------------------------------------------------

    static List<Bad> badRequests(LiveOpenApi api, Operation op) {
        Map<String, String> ids = victim.ids();
        String path = VictimWorkspace.fill(op.path(), ids);
        String mediaType = mediaType(op);
        Map<String, Object> schema = mediaType == null ? null : api.bodySchema(op, mediaType);
        boolean file = schema != null && "binary".equals(schema.get("format"));
        // a file upload's base body is not an image, so that no bad request below can store one
        byte[] validBody = schema == null ? null : file ? text("not an image") : json(validBody(api, schema));
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put("Authorization", "Bearer " + token(op));
        headers.put("Accept", "application/json");
        if (validBody != null) {
            headers.put("Content-Type", mediaType);
        }
        List<Bad> out = new ArrayList<>();

        // a file upload's body: anything but an acceptable file is refused with a problem naming why (docs/photos.md)
        if (file) {
            Set<Integer> refused = Set.of(422);
            String filePath = path + validQuery(api, op); // so that only the file is wrong
            byte[] jpeg = ImageFixtures.cameraJpeg(64, 48, 1);
            out.add(bad("a body that is not an image", op, filePath, headers, text("hello, server"), refused, null));
            out.add(bad("an empty body", op, filePath, headers, new byte[0], refused, null));
            out.add(bad("an SVG with a script", op, filePath, headers, text("<svg xmlns='http://www.w3.org/2000/svg'><script>alert(1)</script></svg>"),
                    refused, null));
            out.add(bad("a JSON object", op, filePath, headers, text("{\"pose\": \"front\"}"), refused, null));
            out.add(bad("a truncated JPEG", op, filePath, headers, java.util.Arrays.copyOf(jpeg, jpeg.length / 2), refused, null));
            out.add(bad("a JPEG with a ZIP archive appended", op, filePath, headers, ImageFixtures.withZipAppended(jpeg), refused, null));
            out.add(bad("a PNG with an HTML page appended", op, filePath, headers, ImageFixtures.withHtmlAppended(ImageFixtures.pngWithText(20, 20)),
                    refused, null));
            out.add(bad("a PNG that claims 50000x50000 pixels", op, filePath, headers, ImageFixtures.pngClaiming(50_000, 50_000), refused, null));
            byte[] huge = new byte[16 * 1024 * 1024 + 1];
            System.arraycopy(jpeg, 0, huge, 0, jpeg.length);
            out.add(bad("a body over the upload limit", op, filePath, headers, huge, Set.of(413), null));
            out.add(new Bad("a body over the upload limit sent in chunks, without a length", op.method(), filePath, headers, huge, true,
                    Set.of(413), null));
            byte[] justOver = java.util.Arrays.copyOf(huge, 15 * 1024 * 1024 + 1);
            out.add(bad("an image over 15 MiB", op, filePath, headers, justOver, refused, null));
        }

        // the body
        if (schema != null && !file) {
            Set<Integer> unreadable = Set.of(400);
            out.add(bad("a body that is not JSON", op, path, headers, text("{\"name\": \"unfinished"), unreadable, null));
            out.add(bad("a body that is plain text", op, path, headers, text("hello, server"), unreadable, null));
            out.add(bad("a JSON array as body", op, path, headers, text("[]"), unreadable, null));
            out.add(bad("a JSON array of objects as body", op, path, headers, text("[{}]"), unreadable, null));
            out.add(bad("null as body", op, path, headers, text("null"), unreadable, null));
            out.add(bad("a bare string as body", op, path, headers, text("\"text\""), unreadable, null));
            out.add(bad("a bare number as body", op, path, headers, text("42"), unreadable, null));
            out.add(bad("an object followed by junk", op, path, headers, text("{} {\"x\": 1}"), unreadable, null));
            out.add(bad("bytes that are not UTF-8", op, path, headers, new byte[] {'{', '"', 'x', '"', ':', '"', (byte) 0xff, (byte) 0xfe, '"', '}'},
                    unreadable, null));
            out.add(bad("an empty body", op, path, headers, new byte[0], Set.of(), null));
            out.add(bad("JSON nested 20,000 levels deep", op, path, headers, text("[".repeat(20_000) + "]".repeat(20_000)),
                    unreadable, null));
            Map<String, Object> base = validBody(api, schema);
            Map<String, Map<String, Object>> properties = properties(api, schema);
            for (var property : properties.entrySet()) {
                String field = property.getKey();
                Map<String, Object> fieldSchema = property.getValue();
                for (var wrong : wrongValues(api, fieldSchema).entrySet()) {
                    Map<String, Object> body = new LinkedHashMap<>(base);
                    body.put(field, wrong.getValue());
                    out.add(bad(field + " as " + wrong.getKey(), op, path, headers, json(body), Set.of(), field));
                }
                String tooLong = tooLong(fieldSchema);
                if (tooLong != null) {
                    Map<String, Object> body = new LinkedHashMap<>(base);
                    body.put(field, tooLong);
                    out.add(bad(field + " " + tooLong.length() + " characters long", op, path, headers, json(body), Set.of(), field));
                }
            }
            Map<String, Object> unknown = new LinkedHashMap<>(base);
            unknown.put(UNKNOWN_FIELD, "surprise");
            out.add(bad("an unknown field", op, path, headers, json(unknown), Set.of(), UNKNOWN_FIELD));
            Map<String, Object> junk = new LinkedHashMap<>(base);
            junk.put(UNKNOWN_FIELD, Map.of("deeper", List.of(List.of(Map.of("x", List.of(1, Map.of("y", List.of())))))));
            out.add(bad("nested junk in an unknown field", op, path, headers, json(junk), Set.of(), UNKNOWN_FIELD));
            Map<String, Object> huge = new LinkedHashMap<>(base);
            huge.put(UNKNOWN_FIELD, "x".repeat(200_000));
            out.add(bad("a 200 KB body", op, path, headers, json(huge), Set.of(413), null));
            out.add(new Bad("a 200 KB body sent in chunks, without a length", op.method(), path, headers, json(huge), true,
                    Set.of(413), null));
            Map<String, String> noType = new LinkedHashMap<>(headers);
            noType.remove("Content-Type");
            out.add(bad("no Content-Type", op, path, noType, validBody, Set.of(415), null));
            for (String type : List.of("text/plain", "application/xml", "application/x-www-form-urlencoded")) {
                Map<String, String> wrongType = new LinkedHashMap<>(headers);
                wrongType.put("Content-Type", type);
                out.add(bad("Content-Type " + type, op, path, wrongType, validBody, Set.of(415), null));
            }
            if (SIGNED_BODIES.containsKey(op.key())) {
                // the body is read only once its signature verifies: any content without one is refused for that
                out.replaceAll(b -> b.statuses().contains(413) || b.statuses().contains(415) ? b
                        : new Bad(b.label(), b.method(), b.path(), b.headers(), b.body(), b.chunked(), Set.of(422), "signature"));
            }
        }

        // path parameters, one at a time
        for (String parameter : VictimWorkspace.pathParameters(op.path())) {
            for (String malformed : List.of("not-a-uuid", "x".repeat(300), "00000000-0000-0000-0000-00000000000g", "%27%20or%201%3D1--",
                    "%C3%A9%F0%9F%92%A9", "-1", "%20")) {
                Map<String, String> wrong = new LinkedHashMap<>(ids);
                wrong.put(parameter, malformed);
                out.add(bad("path parameter " + parameter + " = " + shorten(malformed), op, VictimWorkspace.fill(op.path(), wrong),
                        headers, validBody, Set.of(), null));
            }
        }

        // query parameters out of range or forged
        for (Map<String, Object> parameter : op.parameters("query")) {
            String name = String.valueOf(parameter.get("name"));
            Map<String, Object> s = api.resolve(asMap(parameter.get("schema")));
            List<String> values = new ArrayList<>();
            if (s != null && "integer".equals(s.get("type"))) {
                values.addAll(List.of("-1", "0", "10000", "abc", "1.5", "99999999999999999999"));
            }
            if (s != null && s.get("enum") != null) {
                values.add("not-a-value");
            }
            if (name.equals("cursor")) {
                Base64.Encoder b64 = Base64.getUrlEncoder().withoutPadding();
                values.addAll(List.of("garbage!!", b64.encodeToString("no separator".getBytes(StandardCharsets.UTF_8)),
                        b64.encodeToString(("2026-01-01T00:00:00Z\u001fnot-a-uuid").getBytes(StandardCharsets.UTF_8)), "A".repeat(600)));
            }
            for (String value : values) {
                String separator = path.contains("?") ? "&" : "?";
                out.add(bad("query " + name + "=" + shorten(value), op, path + separator + name + "=" + value, headers, validBody,
                        Set.of(), name));
            }
        }

        // headers
        if (op.declaresHeader("Idempotency-Key")) {
            for (String key : List.of("", "k".repeat(300))) {
                Map<String, String> h = new LinkedHashMap<>(headers);
                h.put("Idempotency-Key", key);
                out.add(bad("Idempotency-Key of " + key.length() + " characters", op, path, h, validBody, Set.of(400), "Idempotency-Key"));
            }
        }
        if (op.declaresHeader("If-Match")) {
            for (String etag : List.of("garbage", "\"", "\"not-a-version\"", "W/", "\"-1\"")) {
                Map<String, String> h = new LinkedHashMap<>(headers);
                h.put("If-Match", etag);
                out.add(bad("If-Match " + etag, op, path, h, validBody, Set.of(400), "If-Match"));
            }
        }
        for (String accept : List.of("application/xml", "text/html", "image/png")) {
            Map<String, String> h = new LinkedHashMap<>(headers);
            h.put("Accept", accept);
            out.add(bad("Accept " + accept, op, path, h, validBody, Set.of(406), null));
        }
        return out;
    }

    /** The operation's required query parameters with valid values (the schema's example or first allowed value). */
    static String validQuery(LiveOpenApi api, Operation op) {
        StringBuilder q = new StringBuilder();
        for (Map<String, Object> parameter : op.parameters("query")) {
            if (!Boolean.TRUE.equals(parameter.get("required"))) {
                continue;
            }
            Object value = parameter.get("example") != null ? parameter.get("example") : example(api, api.resolve(asMap(parameter.get("schema"))));
            q.append(q.length() == 0 ? "?" : "&").append(parameter.get("name")).append('=').append(value);
        }
        return q.toString();
    }

    static Bad bad(String label, Operation op, String path, Map<String, String> headers, byte[] body, Set<Integer> statuses, String names) {
        return new Bad(label, op.method(), path, headers, body, false, statuses, names);
    }

    /**
     * The member who may call the operation: a client on their own data ({@code /clients/me}, or an operation only a
     * client's own permissions admit, such as uploading a progress photo of oneself), else the owner.
     */
    static String token(Operation op) {
        return op.path().contains("/clients/me") || selfOnly().contains(op.key()) ? victim.a().client().token() : victim.a().owner().token();
    }

    private static Set<String> selfOnly;

    /** The operations whose permissions are all a client's own (x-coachkeep-permission), read from the live document once. */
    static synchronized Set<String> selfOnly() {
        if (selfOnly == null) {
            selfOnly = ApiOperations.live().stream()
                    .filter(o -> !o.permissions().isEmpty() && o.permissions().stream().allMatch(p -> p.kind() == Permission.Kind.SELF))
                    .map(ApiOperations.Operation::key).collect(java.util.stream.Collectors.toSet());
        }
        return selfOnly;
    }

    /** The body's media type: application/json when the operation takes it, else the first it takes. */
    @SuppressWarnings("unchecked")
    static String mediaType(Operation op) {
        if (op.requestBody() == null) {
            return null;
        }
        Map<String, Object> content = (Map<String, Object>) op.requestBody().get("content");
        if (content == null || content.isEmpty()) {
            return null;
        }
        return content.containsKey("application/json") ? "application/json" : content.keySet().iterator().next();
    }

    // -----------------------------------------------------------------------------------------------------------
    // Bodies from schemas
    // -----------------------------------------------------------------------------------------------------------

    @SuppressWarnings("unchecked")
    static Map<String, Map<String, Object>> properties(LiveOpenApi api, Map<String, Object> schema) {
        Map<String, Object> props = (Map<String, Object>) schema.getOrDefault("properties", Map.of());
        Map<String, Map<String, Object>> out = new LinkedHashMap<>();
        props.forEach((name, s) -> out.put(name, api.resolve((Map<String, Object>) s)));
        return out;
    }

    /**
     * A body that is valid in shape: the required fields, or the first field when none is required (a merge patch),
     * each with the schema's example or first allowed value. Booleans are false, so that a confirmation is never given.
     */
    @SuppressWarnings("unchecked")
    static Map<String, Object> validBody(LiveOpenApi api, Map<String, Object> schema) {
        Map<String, Map<String, Object>> props = properties(api, schema);
        List<String> required = (List<String>) schema.getOrDefault("required", List.of());
        List<String> fields = required.isEmpty() ? props.keySet().stream().limit(1).toList() : required;
        Map<String, Object> body = new LinkedHashMap<>();
        for (String field : fields) {
            body.put(field, example(api, props.get(field)));
        }
        return body;
    }

    @SuppressWarnings("unchecked")
    static Object example(LiveOpenApi api, Map<String, Object> s) {
        if (s == null) {
            return "x";
        }
        if (s.get("examples") instanceof List<?> examples && !examples.isEmpty()) {
            return examples.get(0);
        }
        if (s.get("example") != null) {
            return s.get("example");
        }
        if (s.get("enum") instanceof List<?> values && !values.isEmpty()) {
            return values.get(0);
        }
        return switch (String.valueOf(s.get("type"))) {
            case "boolean" -> false;
            case "integer", "number" -> 1;
            case "array" -> List.of(example(api, api.resolve((Map<String, Object>) s.get("items"))));
            case "object" -> validBody(api, s);
            default -> "x";
        };
    }

    /** Values of the wrong JSON type for a field, by what they are. */
    @SuppressWarnings("unchecked")
    static Map<String, Object> wrongValues(LiveOpenApi api, Map<String, Object> s) {
        String type = s == null ? "string" : String.valueOf(s.getOrDefault("type", s.get("enum") != null ? "string" : "object"));
        Map<String, Object> wrong = new LinkedHashMap<>();
        Map<String, Object> nested = Map.of("a", Map.of("b", List.of(Map.of("c", List.of()))));
        switch (type) {
            case "boolean" -> {
                wrong.put("the string \"yes\"", "yes");
                wrong.put("the number 1", 1);
                wrong.put("nested junk", nested);
            }
            case "integer", "number" -> {
                wrong.put("a string", "12");
                wrong.put("true", true);
                wrong.put("nested junk", nested);
            }
            case "array" -> {
                wrong.put("a string", "x");
                wrong.put("a list of numbers and objects", List.of(1, Map.of()));
                wrong.put("a list of lists", List.of(List.of()));
            }
            case "object" -> {
                wrong.put("a string", "x");
                wrong.put("a list", List.of());
            }
            default -> {
                wrong.put("a number", 12345);
                wrong.put("true", true);
                wrong.put("a list", List.of("x"));
                wrong.put("nested junk", nested);
                if (s != null && s.get("enum") != null) {
                    wrong.put("a value it does not allow", "not-a-value");
                }
            }
        }
        return wrong;
    }

    /** A string one character above the field's declared limit, or 5,000 characters when it declares none. */
    static String tooLong(Map<String, Object> s) {
        if (s == null || !"string".equals(s.get("type")) || s.get("enum") != null) {
            return null;
        }
        int max = s.get("maxLength") instanceof Number n ? n.intValue() : 4_999;
        return "y".repeat(max + 1);
    }

    // -----------------------------------------------------------------------------------------------------------
    // Sending and judging
    // -----------------------------------------------------------------------------------------------------------

    static HttpResponse<String> send(Bad bad) throws Exception {
        HttpRequest.BodyPublisher publisher;
        if (bad.body() == null) {
            publisher = HttpRequest.BodyPublishers.noBody();
        } else if (bad.chunked()) {
            byte[] bytes = bad.body();
            publisher = HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(bytes));
        } else {
            publisher = HttpRequest.BodyPublishers.ofByteArray(bad.body());
        }
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(TestServer.BASE_URL + bad.path()))
                .timeout(Duration.ofSeconds(30)).method(bad.method(), publisher);
        bad.headers().forEach(request::header);
        TestServer.awaitReady();
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    /** Null when the answer is a 4xx problem that says what is wrong; otherwise what is amiss. */
    static String judge(Bad bad, HttpResponse<String> response) {
        int status = response.statusCode();
        String body = response.body();
        String said = status + " " + shorten(body);
        if (status < 400 || status >= 500) {
            return "answered " + said;
        }
        if (status == 429) {
            return response.headers().firstValue("Retry-After").isPresent() ? null : "429 without Retry-After";
        }
        if (!bad.statuses().isEmpty() && !bad.statuses().contains(status)) {
            return "expected " + bad.statuses() + ", answered " + said;
        }
        String type = response.headers().firstValue("Content-Type").orElse("");
        if (!type.toLowerCase(Locale.ROOT).startsWith("application/problem+json")) {
            return "answered " + status + " as " + type + ", not a problem document: " + shorten(body);
        }
        JsonPath problem;
        try {
            problem = JsonPath.from(body);
        } catch (RuntimeException e) {
            return "the problem is not JSON: " + shorten(body);
        }
        String detail = problem.getString("detail");
        List<String> fields = problem.getList("errors.field", String.class);
        if (detail == null || detail.isBlank()) {
            return "the problem has no detail: " + said;
        }
        if (problem.getInt("status") != status || problem.getString("type") == null) {
            return "the problem's status or type is wrong: " + said;
        }
        if (body.contains("Exception") || body.contains("at com.") || body.contains("at java.")) {
            return "the problem shows internals: " + said;
        }
        if (bad.names() != null) {
            String name = bad.names().toLowerCase(Locale.ROOT);
            boolean named = detail.toLowerCase(Locale.ROOT).contains(name)
                    || fields != null && fields.stream().anyMatch(f -> f != null && f.toLowerCase(Locale.ROOT).equals(name));
            if (!named) {
                return "the problem does not name " + bad.names() + ": " + said;
            }
        }
        return null;
    }

    static byte[] json(Object value) {
        return toJson(value).getBytes(StandardCharsets.UTF_8);
    }

    /** A small JSON writer for maps, lists, strings, numbers and booleans: the test controls every byte it sends. */
    @SuppressWarnings("unchecked")
    static String toJson(Object value) {
        if (value == null) {
            return "null";
        }
        if (value instanceof Map<?, ?> map) {
            StringBuilder out = new StringBuilder("{");
            map.forEach((k, v) -> out.append(out.length() > 1 ? "," : "").append(toJson(String.valueOf(k))).append(':').append(toJson(v)));
            return out.append('}').toString();
        }
        if (value instanceof List<?> list) {
            StringBuilder out = new StringBuilder("[");
            list.forEach(v -> out.append(out.length() > 1 ? "," : "").append(toJson(v)));
            return out.append(']').toString();
        }
        if (value instanceof String s) {
            StringBuilder out = new StringBuilder("\"");
            for (char c : s.toCharArray()) {
                switch (c) {
                    case '"' -> out.append("\\\"");
                    case '\\' -> out.append("\\\\");
                    default -> {
                        if (c < 0x20) {
                            out.append(String.format("\\u%04x", (int) c));
                        } else {
                            out.append(c);
                        }
                    }
                }
            }
            return out.append('"').toString();
        }
        return String.valueOf(value);
    }

    static byte[] text(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> asMap(Object o) {
        return o instanceof Map<?, ?> ? (Map<String, Object>) o : null;
    }

    static String shorten(String s) {
        return s == null ? "" : s.length() <= 160 ? s : s.substring(0, 160) + "…(" + s.length() + " chars)";
    }
}
