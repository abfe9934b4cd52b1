package com.coachkeep.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.coachkeep.e2e.IsolationFixture.Caller;
import com.coachkeep.e2e.IsolationFixture.Standing;
import com.coachkeep.shared.domain.Permission;
import com.coachkeep.testing.ApiOperations;
import com.coachkeep.testing.ApiOperations.Operation;
import com.coachkeep.testing.ApiOperations.Scope;
import com.coachkeep.testing.TestServer;
import com.coachkeep.testing.Tokens;
import com.coachkeep.testing.Workspaces.Member;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import io.restassured.http.ContentType;
import io.restassured.http.Header;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.UUID;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * The cross-workspace matrix over the whole API, generated from the live OpenAPI document and derived from the
 * permission model: each operation states the permissions it needs and its scope ({@code x-coachkeep-permission},
 * {@code x-coachkeep-scope}, taken from the code: see {@code AuthorizationArchitectureTest}); each caller's permissions
 * come from {@code Role} (or the custom role it holds). From the two, the matrix computes which callers must be refused
 * and how (403 for a member without the permission, 404 for anyone outside the workspace or for data beyond their
 * reach, 401 for a deleted account), and calls every operation on victim workspace A's real resources as each of them:
 * B's four members; A's coach, assistant, client, a custom-role holder and the holder of a custom role with no
 * permissions; a removed coach, a revoked client, a deleted account, the owner of a suspended workspace; five bad tokens;
 * B's owner with A's ids inside B; and A's assistant with every undocumented method. None may succeed; every refusal
 * answers exactly like the same call on ids that do not exist (status, problem, headers except ids, request ids and
 * dates), so a refusal tells nothing about what exists; no answer carries A's data. The reads the model allows are
 * called too and must succeed, so the model cannot drift from the server unnoticed.
 *
 * <p>A new operation is covered without a new line; one with a request body needs an example body in {@link #BODIES}.
 * See docs/promises.md, "The isolation matrix".
 */
@Tag("promise:P-ISO-4")
@Tag("promise:P-ISO-3")
class IsolationMatrixIT {

    /** A body an allowed caller could send, per operation with a request body (a refusal must not be a mere 400). */
    static final Map<String, Object> BODIES = bodies();

    private static Map<String, Object> bodies() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("PATCH /api/v1/workspaces/{workspaceId}", Map.of("name", "Hijacked"));
        // A's owner is never a caller, so A is never deleted
        m.put("DELETE /api/v1/workspaces/{workspaceId}", Map.of("confirmName", "Victim"));
        m.put("POST /api/v1/workspaces/{workspaceId}/staff/invitations", Map.of("email", "intruder@evil.example", "role", "coach"));
        m.put("PATCH /api/v1/workspaces/{workspaceId}/staff/{membershipId}", Map.of("role", "assistant"));
        m.put("POST /api/v1/workspaces/{workspaceId}/clients", Map.of("displayName", "Intruder", "email", "intruder2@evil.example"));
        // A's client holds self_delete and so is never called here; they stay
        m.put("DELETE /api/v1/workspaces/{workspaceId}/clients/me", Map.of("confirm", true));
        m.put("PATCH /api/v1/workspaces/{workspaceId}/clients/{clientId}", Map.of("status", "archived"));
        m.put("POST /api/v1/workspaces/{workspaceId}/clients/{clientId}/notes", Map.of("body", "injected"));
        m.put("POST /api/v1/workspaces/{workspaceId}/roles", Map.of("name", "Front desk", "permissions", List.of("clients_read_all")));
        m.put("PATCH /api/v1/workspaces/{workspaceId}/roles/{roleId}", Map.of("name", "Hijacked"));
        // sent unconfirmed, so the callers keep their accounts for the rest of the matrix (AccountDeletionIT deletes)
        m.put("DELETE /api/v1/me", Map.of("confirm", false));
        m.put("PUT /api/v1/me/notification-preferences", Map.of("subProcessorChanges", true));
        m.put("POST /api/v1/workspaces", Map.of("name", "Attacker's own", "timezone", "Europe/Berlin", "currency", "EUR", "locale", "en"));
        String nutrition = "/api/v1/workspaces/{workspaceId}/clients/{clientId}";
        m.put("POST " + nutrition + "/nutrition/targets", Map.of("dayType", "rest", "effectiveFrom", "2026-01-05", "calories", 1200,
                "protein", 60, "carbohydrate", 120, "fat", 40));
        m.put("PUT " + nutrition + "/nutrition/tolerance", Map.of("caloriesPercent", 50, "proteinMinimumPercent", 10,
                "carbohydratePercent", 50, "fatPercent", 50));
        m.put("PUT " + nutrition + "/nutrition/time-zone", Map.of("timeZone", "Pacific/Kiritimati"));
        m.put("PUT " + nutrition + "/nutrition/logs/{logId}", Map.of("day", "2026-01-05", "totals", Map.of("calories", 9000, "protein", 1,
                "carbohydrate", 1, "fat", 1)));
        m.put("PUT " + nutrition + "/habits/{habitId}", Map.of("title", "Injected habit", "schedule", "daily"));
        m.put("PUT " + nutrition + "/habits/{habitId}/check-offs", Map.of("day", "2026-01-05", "done", false));
        Map<String, Object> plan = com.coachkeep.testing.ProgramPlans.lowerRestUpper(1, 60, 40);
        m.put("POST /api/v1/workspaces/{workspaceId}/program-templates", com.coachkeep.testing.ProgramPlans.template("Injected", plan));
        m.put("PUT /api/v1/workspaces/{workspaceId}/program-templates/{templateId}", com.coachkeep.testing.ProgramPlans.template("Hijacked", plan));
        m.put("POST /api/v1/workspaces/{workspaceId}/program-templates/{templateId}/duplicate", Map.of("name", "Stolen copy"));
        String someone = "7b0f5c1e-3d2a-4f6b-9c8d-1e2f3a4b5c6d";
        m.put("POST /api/v1/workspaces/{workspaceId}/program-templates/{templateId}/assignments",
                Map.of("clientIds", List.of(someone), "startDate", "2026-12-14"));
        m.put("POST /api/v1/workspaces/{workspaceId}/program-templates/{templateId}/assignment-jobs",
                Map.of("clientIds", List.of(someone), "startDate", "2026-12-14"));
        m.put("POST /api/v1/workspaces/{workspaceId}/program-templates/{templateId}/changes/apply", Map.of("clientIds", List.of(someone)));
        m.put("POST /api/v1/workspaces/{workspaceId}/clients/{clientId}/programs", Map.of("templateId", someone, "startDate", "2026-12-14"));
        m.put("PUT /api/v1/workspaces/{workspaceId}/clients/{clientId}/programs/{programId}", Map.of("startDate", "2026-12-21"));
        m.put("PUT /api/v1/workspaces/{workspaceId}/clients/{clientId}/workouts/{workoutId}",
                Map.of("performedOn", "2026-12-07", "notes", "injected"));
        m.put("POST /api/v1/workspaces/{workspaceId}/clients/{clientId}/workouts/batch",
                Map.of("logs", List.of(Map.of("id", "0f8e6b2a-1c3d-4e5f-8a9b-0c1d2e3f4a5b", "performedOn", "2026-12-07"))));
        CheckinFixture.bodies(m);
        m.put("POST /api/v1/security-reports", Map.of("summary", "Matrix probe", "details", "A report sent by the isolation matrix."));
        String conversation = "/api/v1/workspaces/{workspaceId}/clients/{clientId}/conversation";
        m.put("PUT " + conversation + "/messages/{messageId}", Map.of("text", "Injected message"));
        m.put("PATCH " + conversation + "/messages/{messageId}", Map.of("text", "Hijacked message"));
        m.put("PUT " + conversation + "/read", Map.of("upTo", "728da5c3-ba82-47c8-57a5-98ad2714c2a2"));
        m.put("POST /api/v1/workspaces/{workspaceId}/announcements", Map.of("text", "Injected announcement"));
        m.put("PUT /api/v1/workspaces/{workspaceId}/messaging/office-hours", Map.of("timeZone", "Pacific/Kiritimati", "days", List.of(),
                "autoReply", true));
        m.put("POST /api/v1/workspaces/{workspaceId}/exercises", Map.of("name", "Intruder squat", "primaryMuscles", List.of("quads"),
                "equipment", "barbell", "pattern", "squat", "mechanics", "compound"));
        m.put("PATCH /api/v1/workspaces/{workspaceId}/exercises/{exerciseId}", Map.of("name", "Hijacked"));
        m.put("PUT /api/v1/workspaces/{workspaceId}/exercises/{exerciseId}/aliases", Map.of("aliases", List.of("hijacked")));
        m.put("POST /api/v1/workspaces/{workspaceId}/exercises/{exerciseId}/merge", Map.of("into", "728da5c3-ba82-47c8-57a5-98ad2714c2a2"));
        m.put("PUT /api/v1/workspaces/{workspaceId}/exercise-library/settings", Map.of("aiDescriptions", true));
        // a file upload: the image's bytes (sent as application/octet-stream by send)
        m.put("POST /api/v1/workspaces/{workspaceId}/clients/{clientId}/photos", com.coachkeep.infrastructure.image.ImageFixtures.cameraJpeg(32, 24, 1));
        m.put("PUT /api/v1/workspaces/{workspaceId}/clients/{clientId}/photos/{photoId}/visibility", Map.of("hiddenFromStaff", true));
        m.put("POST " + conversation + "/attachments", com.coachkeep.infrastructure.image.PdfFixtures.onePage("Injected attachment"));
        // Stripe's webhooks: public, authenticated by a signature the matrix cannot make; an event naming A's account is refused
        Map<String, Object> stripeEvent = Map.of("id", "evt_matrix_probe", "object", "event", "type", "account.updated", "created", 1,
                "data", Map.of("object", Map.of("id", "acct_matrix", "object", "account", "charges_enabled", true)));
        m.put("POST /api/v1/billing/webhooks/platform", stripeEvent);
        m.put("POST /api/v1/billing/webhooks/connect", stripeEvent);
        m.put("POST /api/v1/workspaces/{workspaceId}/billing/offers/{offerId}/checkout-sessions", Map.of("clientId", someone));
        m.put("POST /api/v1/workspaces/{workspaceId}/billing/subscription/checkout-sessions", Map.of("plan", "starter"));
        m.put("POST /api/v1/workspaces/{workspaceId}/billing/subscription/cancel", Map.of("when", "now"));
        m.put("POST /api/v1/workspaces/{workspaceId}/billing/offers", Map.of("name", "Hijacked package", "interval", "month", "amount", 100,
                "currency", "eur"));
        m.put("POST /api/v1/workspaces/{workspaceId}/billing/coupons", Map.of("name", "Hijacked coupon", "percentOff", 100, "duration", "forever",
                "code", "HIJACKED"));
        m.put("POST /api/v1/workspaces/{workspaceId}/billing/charges/{chargeId}/refunds", Map.of("amount", 100, "reason", "requested_by_customer"));
        m.put("PUT /api/v1/workspaces/{workspaceId}/billing/access-settings", Map.of("gracePeriodDays", 0));
        return m;
    }

    /**
     * Operations authorized by a secret whose refusal may say more than "not found": there the secret is the credential,
     * and its holder is told why it does not admit them, which a guessed secret never reaches.
     */
    static final Map<String, String> SECRET_REFUSALS_THAT_EXPLAIN = Map.of("POST /api/v1/invitations/{token}/accept",
            "the invitation's holder learns it was used, expired or sent to another email address");

    /**
     * JAX-RS resource methods deliberately left out of the OpenAPI document, each with the reason. Every other resource
     * method must be published (and so be in this matrix).
     */
    static final Map<String, String> HIDDEN_OPERATIONS = Map.of(
            "GET /dev/token", "development sign-in only; refused outside development mode and not part of the API",
            "GET /email/unsubscribe", "the page behind an email's unsubscribe link (HTML for people, authorized by the link's signed token)",
            "POST /email/unsubscribe", "RFC 8058 one-click unsubscribe posted by mail programs (authorized by the link's signed token)",
            "GET /.well-known/security.txt", "RFC 9116 file for people and scanners, not an API operation");

    /** The permissions through which a member reaches a client ("the clients one can read"). */
    static final Set<Permission> CLIENT_VISIBILITY = EnumSet.of(Permission.CLIENTS_READ_ALL, Permission.CLIENTS_READ_ASSIGNED,
            Permission.SELF_READ);

    private static final Set<Integer> REFUSED_OR_NO_SUCH_METHOD = Set.of(403, 404, 405);
    /** Headers whose values differ between any two calls, whatever they address. */
    private static final Set<String> VARYING_HEADERS = Set.of("date", "x-request-id", "content-length", "ratelimit", "ratelimit-policy",
            // the request's trace and span (Liberty's telemetry, docs/operations/observability.md): new for every call
            "io.openliberty.trace");
    private static final java.util.regex.Pattern UUID_TEXT =
            java.util.regex.Pattern.compile("[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}");

    static IsolationFixture f;

    @BeforeAll
    static void victimAndAttackers() throws Exception {
        f = IsolationFixture.build();
    }

    /** The operations the server publishes, as "METHOD /path/{template}". */
    static Set<String> liveOperations() {
        return ApiOperations.liveKeys();
    }

    static String fill(String template, Map<String, String> ids) {
        return ApiOperations.fill(template, ids);
    }

    // -----------------------------------------------------------------------------------------------------------
    // What the model says
    // -----------------------------------------------------------------------------------------------------------

    /** What a call must answer: a refusal with this status (-1: any refusal but 401), or 0: allowed (a read must answer 200). */
    record Expected(int status, String why) {
        static final Expected ALLOWED = new Expected(0, "allowed");

        boolean allowed() {
            return status == 0;
        }
    }

    /** Whether a member reaches a client of A: every client, the ones assigned to them, or their own record. */
    static boolean canRead(Caller c, String clientId) {
        return c.has(Permission.CLIENTS_READ_ALL)
                || (c.has(Permission.CLIENTS_READ_ASSIGNED) && c.membershipId() != null && c.membershipId().equals(f.assignedMembership(clientId)))
                || (c.has(Permission.SELF_READ) && clientId.equals(c.ownClientId()));
    }

    /** The answer the permission model demands of a caller on a workspace operation of A (scope workspace, client, requester). */
    static Expected expected(Caller c, Operation op, Map<String, String> ids) {
        if (c.standing() == Standing.DELETED) {
            return new Expected(401, "deleted account");
        }
        if (c.standing() == Standing.OUTSIDER) {
            return new Expected(404, "no active membership in A");
        }
        boolean holds = op.permissions().stream().anyMatch(c::has);
        switch (op.scope()) {
            case WORKSPACE:
                return holds ? Expected.ALLOWED : new Expected(403, "lacks " + names(op.permissions()));
            case CLIENT: {
                boolean visibilityOnly = CLIENT_VISIBILITY.containsAll(op.permissions());
                if (!holds && !visibilityOnly) {
                    return new Expected(403, "lacks " + names(op.permissions()));
                }
                return holds && canRead(c, ids.get("clientId")) ? Expected.ALLOWED : new Expected(404, "cannot read this client");
            }
            case REQUESTER:
                // only A's owner asked for anything, and the owner is never a caller
                return new Expected(404, "not the member who asked for it");
            default:
                throw new IllegalArgumentException(op.scope() + " is not a workspace scope");
        }
    }

    static String names(Set<Permission> permissions) {
        return permissions.stream().map(Permission::wireName).sorted().collect(Collectors.joining(" or "));
    }

    // -----------------------------------------------------------------------------------------------------------
    // The tests
    // -----------------------------------------------------------------------------------------------------------

    @Test
    void everyPublishedOperationStatesWhoMayCallItAndEveryBodyBelongsToOne() {
        List<Operation> live = ApiOperations.live();
        List<String> problems = new ArrayList<>();
        Set<String> keys = new TreeSet<>();
        for (Operation op : live) {
            keys.add(op.key());
            if (op.scope() == null) {
                problems.add(op.key() + " states no x-coachkeep-scope (annotate its resource method with @Access)");
            } else if (op.scope().inWorkspace() && op.permissions().isEmpty()) {
                problems.add(op.key() + " is scoped to a workspace but states no x-coachkeep-permission");
            }
            if (op.hasBody() && !BODIES.containsKey(op.key())) {
                problems.add(op.key() + " takes a body: add an example an allowed caller could send to IsolationMatrixIT.BODIES");
            }
        }
        for (String key : BODIES.keySet()) {
            if (!keys.contains(key)) {
                problems.add("a body for " + key + ", which /openapi does not publish (remove or correct it)");
            }
        }
        assertTrue(live.size() >= 20, "only " + live.size() + " operations read from /openapi: " + keys);
        assertTrue(problems.isEmpty(), String.join("\n", problems));
    }

    /** Every JAX-RS resource method of the server is in the document, unless it is on the short list of hidden ones. */
    @Test
    void everyResourceMethodIsPublishedOrOnTheListOfHiddenOperations() {
        Set<String> resourceMethods = new TreeSet<>();
        new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("com.coachkeep.infrastructure").stream()
                .filter(c -> c.isAnnotatedWith(jakarta.ws.rs.Path.class)).forEach(c -> {
                    Class<?> type = c.reflect();
                    for (Method m : type.getDeclaredMethods()) {
                        for (var annotation : m.getAnnotations()) {
                            var http = annotation.annotationType().getAnnotation(jakarta.ws.rs.HttpMethod.class);
                            if (http != null) {
                                resourceMethods.add(http.value() + " " + path(type.getAnnotation(jakarta.ws.rs.Path.class),
                                        m.getAnnotation(jakarta.ws.rs.Path.class)));
                            }
                        }
                    }
                });
        Set<String> live = liveOperations();
        List<String> problems = new ArrayList<>();
        for (String method : resourceMethods) {
            if (!live.contains(method) && !HIDDEN_OPERATIONS.containsKey(method)) {
                problems.add(method + " is served but missing from /openapi (publish it, or add it to HIDDEN_OPERATIONS with the reason)");
            }
            if (live.contains(method) && HIDDEN_OPERATIONS.containsKey(method)) {
                problems.add(method + " is published but listed as hidden (remove it from HIDDEN_OPERATIONS)");
            }
        }
        for (String hidden : HIDDEN_OPERATIONS.keySet()) {
            if (!resourceMethods.contains(hidden)) {
                problems.add(hidden + " is listed as hidden but no resource method serves it (remove it)");
            }
        }
        for (String op : live) {
            if (!resourceMethods.contains(op)) {
                problems.add(op + " is published but no resource method was found for it (the reflection above is wrong)");
            }
        }
        assertTrue(resourceMethods.size() > 30, "only " + resourceMethods.size() + " resource methods found: " + resourceMethods);
        assertTrue(problems.isEmpty(), String.join("\n", problems));
    }

    static String path(jakarta.ws.rs.Path type, jakarta.ws.rs.Path method) {
        String joined = "/" + type.value() + (method == null ? "" : "/" + method.value());
        joined = joined.replaceAll("/+", "/");
        return joined.length() > 1 && joined.endsWith("/") ? joined.substring(0, joined.length() - 1) : joined;
    }

    @Test
    void noOperationLetsAnyoneOutsideItsWorkspaceOrRoleInAndEveryRefusalLooksLikeNothingIsThere() {
        List<Operation> live = ApiOperations.live();
        Map<String, String> ids = f.victimIds();
        Map<String, String> badTokens = badTokens();
        List<String> lines = new ArrayList<>();
        Tally total = new Tally();
        Set<String> callersSeen = new LinkedHashSet<>(badTokens.keySet());

        for (Operation op : live) {
            if (op.scope() == null) {
                continue; // reported by everyPublishedOperationStatesWhoMayCallItAndEveryBodyBelongsToOne
            }
            Tally t = new Tally();
            Object body = BODIES.get(op.key());
            String path = target(op, ids);
            for (var bad : badTokens.entrySet()) {
                call(t, bad.getKey(), op, path, body, bad.getValue(), op.scope() == Scope.PUBLIC ? null : new Expected(401, "bad token"),
                        null);
            }
            for (Caller c : f.callers) {
                callersSeen.add(c.name());
                switch (op.scope()) {
                    case PUBLIC, OWN -> {
                        if (c.standing() == Standing.DELETED && op.scope() == Scope.OWN) {
                            call(t, c.name(), op, path, body, c.token(), new Expected(401, "deleted account"), null);
                        } else if (c.standing() != Standing.MEMBER) {
                            // the caller's own data or public information: any answer but a server error, never A's data
                            call(t, c.name(), op, path, body, c.token(), null, null);
                        }
                    }
                    case SECRET -> {
                        boolean explains = SECRET_REFUSALS_THAT_EXPLAIN.containsKey(op.key());
                        Expected e = c.standing() == Standing.DELETED ? new Expected(401, "deleted account")
                                : explains ? new Expected(-1, "not theirs") : new Expected(404, "not theirs");
                        call(t, c.name(), op, path, body, c.token(), e, explains ? null : twin(op, ids, true));
                    }
                    default -> {
                        List<String> clients = op.pathParameters().contains("clientId")
                                ? List.of(f.a.clientId(), f.a.otherClientId()) : List.of(f.a.clientId());
                        for (String clientId : clients) {
                            Map<String, String> these = new LinkedHashMap<>(ids);
                            these.put("clientId", clientId);
                            Expected e = expected(c, op, these);
                            String who = c.name() + (clients.size() > 1 ? (clientId.equals(f.a.clientId()) ? " on A's assigned client"
                                    : " on A's unassigned client") : "");
                            if (e.allowed()) {
                                if (op.method().equals("GET")) {
                                    call(t, who, op, target(op, these), null, c.token(), e, null);
                                }
                                continue; // a write the model allows would change A
                            }
                            call(t, who, op, target(op, these), body, c.token(), e, twin(op, these, c.standing() != Standing.MEMBER));
                        }
                    }
                }
            }
            // B's owner, who holds every staff permission in B, with A's ids inside B: each must be "not found", like a missing
            // id; an operation only a client's own permissions admit (uploading a photo of oneself) is called by B's client
            if (op.scope().inWorkspace() && op.pathParameters().size() > 1) {
                Map<String, String> inB = new LinkedHashMap<>(ids);
                inB.put("workspaceId", f.b.id());
                boolean selfOnly = !op.permissions().isEmpty() && op.permissions().stream().allMatch(p -> p.kind() == Permission.Kind.SELF);
                String inBCaller = selfOnly ? "B's client with A's ids in B" : "B's owner with A's ids in B";
                callersSeen.add(inBCaller);
                call(t, inBCaller, op, target(op, inB), body, selfOnly ? f.b.client().token() : f.b.owner().token(),
                        new Expected(404, "A's id in B"), twin(op, inB, false));
            }
            lines.add(String.format("isolation matrix: %-7s %-62s %-9s calls %3d  refused %3d  allowed reads %2d  leaks %d", op.method(),
                    op.path(), op.scope().name().toLowerCase(Locale.ROOT), t.calls, t.refused, t.allowedReads, t.leaks.size()));
            total.add(t);
        }
        callersSeen.add("B's owner with A's ids in B");
        // An assistant of A switching the method on every path: methods a path does not document are refused too.
        Tally switched = new Tally();
        Map<String, Set<String>> methodsByPath = new LinkedHashMap<>();
        for (Operation op : live) {
            methodsByPath.computeIfAbsent(op.path(), k -> new LinkedHashSet<>()).add(op.method());
        }
        for (var p : methodsByPath.entrySet()) {
            for (String method : List.of("GET", "POST", "PUT", "PATCH", "DELETE")) {
                if (!p.getValue().contains(method)) {
                    Object body = Set.of("GET", "DELETE").contains(method) ? null : Map.of();
                    switchedMethod(switched, method, fill(p.getKey(), ids), body);
                }
            }
        }
        lines.add(String.format("isolation matrix: %-7s %-62s %-9s calls %3d  refused %3d  leaks %d", "*", "undocumented methods on "
                + methodsByPath.size() + " paths, as A's assistant", "switch", switched.calls, switched.refused, switched.leaks.size()));
        total.add(switched);
        lines.add(String.format("isolation matrix summary: %d operations, %d callers, %d calls (%d compared with a missing twin, "
                + "%d allowed reads), %d leaks, %d other failures", live.size(), callersSeen.size(), total.calls, total.twins,
                total.allowedReads, total.leaks.size(), total.failures.size()));
        lines.forEach(System.out::println);

        List<String> all = new ArrayList<>(total.leaks);
        all.addAll(total.failures);
        assertTrue(all.isEmpty(), all.size() + " problems:\n" + String.join("\n", all));
        victimIsUnchanged();
    }

    /** The control: A's own members reach every scoped read, so a 404 above means "refused", not "no such route". */
    @Test
    void theVictimsOwnMembersReachEveryScopedRead() {
        List<String> unreachable = new ArrayList<>();
        for (Operation op : ApiOperations.live()) {
            if (op.scope() == null || !op.scope().inWorkspace() || !op.method().equals("GET")) {
                continue;
            }
            String path = target(op, f.victimIds());
            boolean reached = false;
            for (Member m : List.of(f.a.owner(), f.a.coach(), f.a.client())) {
                Response r = TestServer.as(m.token()).get(path);
                if (r.statusCode() == 200) {
                    reached = true;
                    if (r.contentType().startsWith("application/json") && r.path("download.url") != null) {
                        // the requester's read issued a new link, which replaces the one the matrix holds
                        f.downloadToken = IsolationFixture.tokenOf(r.path("download.url"));
                    }
                    break;
                }
            }
            if (!reached) {
                unreachable.add(op.key());
            }
        }
        assertTrue(unreachable.isEmpty(), "no member of A reaches: " + unreachable);
    }

    // -----------------------------------------------------------------------------------------------------------
    // Calls
    // -----------------------------------------------------------------------------------------------------------

    /** Token variants every operation refuses with 401, made from A's owner's own identity. */
    static Map<String, String> badTokens() {
        Tokens.Person p = f.a.owner().person();
        Map<String, String> tokens = new LinkedHashMap<>();
        tokens.put("no token", null);
        tokens.put("expired token", Tokens.expired(p, 120));
        tokens.put("token for another audience", Tokens.forAudience(p, "another-api"));
        tokens.put("token under an unknown kid", Tokens.signedUnderUnknownKid(p));
        tokens.put("token with a known kid, signed by another key", Tokens.signedByStranger(p));
        return tokens;
    }

    /** The path (and required query) of an operation on the given ids. */
    static String target(Operation op, Map<String, String> ids) {
        String path = fill(op.path(), ids);
        if (op.path().endsWith("/events")) {
            // a live event stream (server-sent events) does not end; its catch-up (follow=false) answers the same way and ends
            return path + "?follow=false";
        }
        if (op.requiredQuery().isEmpty()) {
            return path;
        }
        Map<String, String> query = f.victimQuery();
        return path + "?" + op.requiredQuery().stream().map(q -> {
            String value = ids.containsKey("query:" + q) ? ids.get("query:" + q) : query.get(q);
            if (value == null) {
                throw new AssertionError("no value for the required query parameter " + q + " of " + op.key()
                        + ": add one to IsolationFixture.victimQuery()");
            }
            return q + "=" + value;
        }).collect(Collectors.joining("&"));
    }

    /**
     * The same call on ids that do not exist: every path parameter (but the workspace, for a member of it, who knows it
     * exists) and every required query parameter replaced by a fresh value of the same form. Null when nothing would change.
     */
    static Map<String, String> twin(Operation op, Map<String, String> ids, boolean replaceWorkspace) {
        Map<String, String> missing = new LinkedHashMap<>(ids);
        boolean changed = false;
        for (String name : op.pathParameters()) {
            if (name.equals("workspaceId") && !replaceWorkspace) {
                continue;
            }
            missing.put(name, fresh(ids.get(name)));
            changed = true;
        }
        for (String q : op.requiredQuery()) {
            missing.put("query:" + q, fresh(f.victimQuery().get(q)));
            changed = true;
        }
        return changed ? missing : null;
    }

    static String fresh(String like) {
        if (like != null && UUID_TEXT.matcher(like).matches()) {
            return UUID.randomUUID().toString();
        }
        StringBuilder s = new StringBuilder();
        while (s.length() < (like == null ? 32 : like.length())) {
            s.append(UUID.randomUUID().toString().replace("-", ""));
        }
        return s.substring(0, like == null ? 32 : like.length());
    }

    /** A tally of calls of one row of the table. */
    static final class Tally {
        int calls;
        int refused;
        int twins;
        int allowedReads;
        final List<String> leaks = new ArrayList<>();
        final List<String> failures = new ArrayList<>();

        void add(Tally t) {
            calls += t.calls;
            refused += t.refused;
            twins += t.twins;
            allowedReads += t.allowedReads;
            leaks.addAll(t.leaks);
            failures.addAll(t.failures);
        }
    }

    static Response send(String method, String path, Object body, String token) {
        RequestSpecification r = token == null ? TestServer.request() : TestServer.as(token);
        if (body instanceof byte[] bytes) {
            r = r.contentType("application/octet-stream").body(bytes);
        } else if (body != null) {
            r = r.contentType(ContentType.JSON).body(body);
        }
        return r.request(method, path);
    }

    /**
     * One call. {@code expected} null: any answer but a server error (the caller's own data, public information); status
     * 0: allowed, a read that must succeed; -1: any refusal but 401; otherwise exactly that status, a success being a
     * leak. Neither the body nor a header may carry anything of A the caller did not send. With {@code twinIds}, the same
     * call on missing ids must answer the same.
     */
    static void call(Tally t, String who, Operation op, String path, Object body, String token, Expected expected,
            Map<String, String> twinIds) {
        Response response = send(op.method(), path, body, token);
        int status = response.statusCode();
        String text = response.asString() + "\n" + response.getHeaders();
        String call = who + ": " + op.method() + " " + path + " -> " + status;
        t.calls++;
        if (expected == null) {
            if (status >= 500) {
                t.failures.add(call + " (server error) " + text);
            }
        } else if (expected.allowed()) {
            t.allowedReads++;
            if (status != 200) {
                t.failures.add(call + " (the permission model lets them read this; expected 200) " + text);
            }
            return; // their own data: nothing to compare
        } else if (status >= 200 && status < 300) {
            t.leaks.add(call + " (succeeded; " + expected.why() + ") " + text);
        } else if (expected.status() == -1 ? status == 401 || status >= 500 : status != expected.status()) {
            t.failures.add(call + " (expected " + (expected.status() == -1 ? "a refusal" : expected.status()) + ": " + expected.why()
                    + ") " + text);
        } else {
            t.refused++;
        }
        for (String secret : secrets()) {
            if (secret != null && text.contains(secret) && !path.contains(secret)) {
                t.leaks.add(call + " carries " + secret);
            }
        }
        if (twinIds != null && status < 500) {
            String missingPath = target(op, twinIds);
            Response missing = send(op.method(), missingPath, body, token);
            t.calls++;
            t.twins++;
            String foreign = normalized(response, path);
            String absent = normalized(missing, missingPath);
            if (!foreign.equals(absent)) {
                t.leaks.add(call + " differs from the same call on ids that do not exist (" + missingPath + " -> " + missing.statusCode()
                        + "):\n  foreign: " + foreign + "\n  missing: " + absent);
            }
        }
    }

    /** An answer with ids, request and trace ids and dates taken out: what a caller could compare between two answers. */
    static String normalized(Response r, String path) {
        String body = r.asString();
        String requestId = r.header("X-Request-Id");
        if (requestId != null && !requestId.isEmpty()) {
            body = body.replace(requestId, "<request-id>");
        }
        for (String segment : path.split("[/?&=]")) {
            if (segment.length() >= 16) {
                body = body.replace(segment, "<id>");
            }
        }
        body = UUID_TEXT.matcher(body).replaceAll("<id>");
        // a problem's trace id (with tracing on): new for every call
        body = body.replaceAll("\"traceId\":\"[0-9a-f]{32}\"", "\"traceId\":\"<trace>\"");
        // times of the call itself (a resource made now in the caller's own workspace): they differ between any two calls
        body = body.replaceAll("\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}(\\.\\d+)?Z", "<time>");
        Map<String, String> headers = new TreeMap<>();
        for (Header h : r.getHeaders()) {
            String name = h.getName().toLowerCase(Locale.ROOT);
            headers.merge(name, VARYING_HEADERS.contains(name) ? "<varies>" : UUID_TEXT.matcher(h.getValue()).replaceAll("<id>"),
                    (x, y) -> x + ", " + y);
        }
        return r.statusCode() + " " + headers + " " + body;
    }

    static void switchedMethod(Tally t, String method, String path, Object body) {
        Response response = send(method, path, body, f.a.assistant().token());
        int status = response.statusCode();
        String text = response.asString() + "\n" + response.getHeaders();
        String call = "A's assistant switching to " + method + ": " + path + " -> " + status;
        t.calls++;
        if (status >= 200 && status < 300) {
            t.leaks.add(call + " (succeeded) " + text);
        } else if (!REFUSED_OR_NO_SUCH_METHOD.contains(status)) {
            t.failures.add(call + " (expected one of " + new TreeSet<>(REFUSED_OR_NO_SUCH_METHOD) + ") " + text);
        } else {
            t.refused++;
        }
    }

    /** What of A no refused caller may read: its name, every email and name, the note, every id. */
    static List<String> secrets() {
        var a = f.a;
        List<String> s = new ArrayList<>(List.of(f.victimName, f.pendingEmail, a.noteId(), a.id(), a.clientId(), a.otherClientId(),
                a.pendingInvitationId(), "Knee pain after squats", f.roleId, f.exportId, f.grantId, f.downloadToken, f.pendingToken));
        s.add("Victim's message: lunch looks good");
        s.add("Victim's announcement");
        for (Member m : List.of(a.owner(), a.coach(), a.assistant(), a.client(), a.otherClient())) {
            s.add(m.person().email());
            s.add(m.person().name());
            s.add(m.membershipId());
        }
        return s;
    }

    /** Nothing the calls tried changed A, and the download link the matrix used is A's real one. */
    static void victimIsUnchanged() {
        var a = f.a;
        String owner = a.owner().token();
        assertEquals(f.victimName, TestServer.as(owner).get("/api/v1/workspaces/{w}", a.id()).then().statusCode(200).extract().path("name"));
        List<String> staff = TestServer.as(owner).get("/api/v1/workspaces/{w}/staff?limit=100", a.id()).then().statusCode(200)
                .extract().path("items.membershipId");
        assertTrue(staff.contains(a.coach().membershipId()), "A's coach is gone: " + staff);
        assertEquals("coach", TestServer.as(owner).get("/api/v1/workspaces/{w}/staff?limit=100", a.id()).then().extract()
                .path("items.find { it.membershipId == '" + a.coach().membershipId() + "' }.role"));
        List<String> invitations = TestServer.as(owner).get("/api/v1/workspaces/{w}/invitations?limit=100", a.id()).then()
                .statusCode(200).extract().path("items.id");
        assertTrue(invitations.contains(a.pendingInvitationId()), "A's pending invitation is gone: " + invitations);
        assertEquals("active", TestServer.as(owner).get("/api/v1/workspaces/{w}/clients/{c}", a.id(), a.clientId()).then()
                .statusCode(200).extract().path("status"));
        List<String> clients = TestServer.as(owner).get("/api/v1/workspaces/{w}/clients?limit=100", a.id()).then().statusCode(200)
                .extract().path("items.id");
        assertEquals(Set.of(a.clientId(), a.otherClientId(), f.revokedClientId), Set.copyOf(clients));
        List<String> notes = TestServer.as(owner).get("/api/v1/workspaces/{w}/clients/{c}/notes", a.id(), a.clientId()).then()
                .statusCode(200).extract().path("items.id");
        assertEquals(List.of(a.noteId()), notes);
        TestServer.as(a.client().token()).get("/api/v1/workspaces/{w}/clients/me", a.id()).then().statusCode(200);
        assertEquals("active", TestServer.as(owner).get("/api/v1/workspaces/{w}/support-grants", a.id()).then().statusCode(200)
                .extract().path("items.find { it.id == '" + f.grantId + "' }.status"), "A's support grant was ended by someone else");
        List<String> roles = TestServer.as(owner).get("/api/v1/workspaces/{w}/roles", a.id()).then().statusCode(200).extract().path("items.id");
        assertTrue(roles.contains(f.roleId) && roles.contains(f.emptyRoleId), "A's custom roles changed: " + roles);
        // The link every caller above was refused with is A's real one: its owner still downloads through it.
        Response download = TestServer.as(owner).get("/api/v1/exports/{e}/download?token=" + f.downloadToken, f.exportId);
        assertEquals(200, download.statusCode(), download.asString());
        // The invitation's secret still works for the person it was sent to: nobody else consumed it.
        Tokens.Person invitee = new Tokens.Person("matrix-invitee-" + UUID.randomUUID(), f.pendingEmail, "Invitee");
        TestServer.as(Tokens.valid(invitee)).post("/api/v1/invitations/{t}/accept", f.pendingToken).then().statusCode(200);
    }
}
