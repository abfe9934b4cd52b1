package com.coachkeep.infrastructure.rest.shared;

import com.coachkeep.infrastructure.persistence.shared.IdempotencyStore;
import com.coachkeep.privacy.domain.DataSubject;
import com.coachkeep.roster.domain.ClientId;
import com.coachkeep.shared.application.Caller;
import com.coachkeep.shared.application.ConflictException;
import com.coachkeep.shared.application.NotFoundException;
import com.coachkeep.shared.domain.InvalidInputException;
import com.coachkeep.shared.domain.WorkspaceId;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * {@code Idempotency-Key} on creating POSTs: the first request with a key runs; a retry with the same key and
 * the same body gets the first response again (with {@code Idempotent-Replayed: true}); the same key with a
 * different body is a 422 problem; a retry while the first is still running waits for it and gets its response.
 *
 * <p>Exactly once: the key's claim, the write and the remembered response are one transaction (the request's, or
 * one begun here). A write that commits is always remembered with it, and one that fails (a refusal, a lost
 * database) leaves no claim behind, so the retry after an outage runs it once. A retry meeting a running first
 * request waits on the key's row until that commits (then replays it) or rolls back (then runs itself).
 *
 * <p>The remembered response keeps no plaintext: its body is encrypted under the data key of its {@link Owner}'s
 * subject (the workspace, or the client the response is about), so erasing that subject shreds it, and the record
 * is erased with the workspace, the client and the caller's account (docs/api.md, "Idempotency").
 */
@ApplicationScoped
public class Idempotency {
    public static final String HEADER = "Idempotency-Key";
    private static final Jsonb JSONB = JsonbBuilder.create();

    @Inject
    IdempotencyStore store;

    @Inject
    Problems problems;

    /**
     * Whose data a response is: the workspace the request was made in ({@link IdempotencyStore#NO_WORKSPACE} outside
     * any), and the subject whose key encrypts the stored body, found from the response once it exists.
     */
    public record Owner(WorkspaceId workspaceId, Function<Response, DataSubject> subjectOf) {
        public Owner {
            Objects.requireNonNull(workspaceId, "workspaceId");
            Objects.requireNonNull(subjectOf, "subjectOf");
        }

        /** The response is the workspace's own data (a role, an invitation, an export request). */
        public static Owner workspace(String workspaceId) {
            WorkspaceId w = WorkspaceId.parse(workspaceId);
            return new Owner(w, response -> DataSubject.workspace(w));
        }

        /** The response is about an existing client of the workspace (a note). */
        public static Owner client(String workspaceId, ClientId clientId) {
            WorkspaceId w = WorkspaceId.parse(workspaceId);
            return new Owner(w, response -> DataSubject.client(w, clientId));
        }

        /** The response is a client it creates: the client's id is the last segment of its Location. */
        public static Owner createdClient(String workspaceId) {
            WorkspaceId w = WorkspaceId.parse(workspaceId);
            return new Owner(w, response -> DataSubject.client(w, new ClientId(createdId(response))));
        }

        /** The response is a workspace it founds, outside any workspace: the new id is the last segment of its Location. */
        public static Owner createdWorkspace() {
            return new Owner(IdempotencyStore.NO_WORKSPACE, response -> DataSubject.workspace(new WorkspaceId(createdId(response))));
        }

        private static UUID createdId(Response response) {
            String path = Objects.requireNonNull(response.getLocation(), "a creating response names what it created").getPath();
            return UUID.fromString(path.substring(path.lastIndexOf('/') + 1));
        }
    }

    @Transactional
    public Response run(Caller caller, String key, String operation, Object requestBody, Owner owner, Supplier<Response> action) {
        if (key == null) {
            return action.get();
        }
        if (key.isBlank() || key.length() > 255) {
            throw InvalidInputException.of(HEADER, "must be 1 to 255 characters");
        }
        String fingerprint = sha256(operation + "\n" + (requestBody == null ? "" : JSONB.toJson(requestBody)));
        Optional<IdempotencyStore.Stored> stored = store.claim(owner.workspaceId(), caller.personId(), key, fingerprint);
        if (stored.isPresent()) {
            return replay(stored.get(), fingerprint);
        }
        Response response = action.get();
        Object entity = response.getEntity();
        String location = response.getLocation() == null ? null : response.getLocation().toString();
        store.complete(owner.workspaceId(), caller.personId(), key, response.getStatus(), location,
                response.getHeaderString(HttpHeaders.ETAG), owner.subjectOf().apply(response), entity == null ? null : JSONB.toJson(entity));
        return response;
    }

    private Response replay(IdempotencyStore.Stored stored, String fingerprint) {
        if (!stored.requestHash().equals(fingerprint)) {
            throw new KeyReusedException();
        }
        if (!stored.complete()) {
            // a claim left by a release before exactly-once completion (it expires after IdempotencyStore.ABANDONED)
            throw new ConflictException("idempotent-request-in-progress",
                    "A request with this Idempotency-Key is still being processed; retry in a moment.");
        }
        if (stored.erased()) {
            // the subject was erased since: what the first request created is gone with it
            throw new NotFoundException("idempotent-result");
        }
        Response.ResponseBuilder r = Response.status(stored.status()).header("Idempotent-Replayed", "true");
        if (stored.location() != null) {
            r.header(HttpHeaders.LOCATION, stored.location());
        }
        if (stored.etag() != null) {
            r.header(HttpHeaders.ETAG, stored.etag());
        }
        stored.body().ifPresent(body -> r.type(MediaType.APPLICATION_JSON_TYPE).entity(body));
        return r.build();
    }

    private static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The same key was sent with a different request. */
    public static final class KeyReusedException extends RuntimeException {
        public KeyReusedException() {
            super("idempotency key reused", null, false, false);
        }
    }
}
