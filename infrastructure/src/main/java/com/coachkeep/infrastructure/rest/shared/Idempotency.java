package com.coachkeep.infrastructure.rest.shared;

import com.coachkeep.infrastructure.persistence.shared.IdempotencyStore;
import com.coachkeep.shared.application.Caller;
import com.coachkeep.shared.application.ConflictException;
import com.coachkeep.shared.domain.InvalidInputException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * {@code Idempotency-Key} on creating POSTs: the first request with a key runs; a retry with the same key and
 * the same body gets the first response again (with {@code Idempotent-Replayed: true}); the same key with a
 * different body is a 422 problem; a retry while the first is still running is a 409 problem.
 */
@ApplicationScoped
public class Idempotency {
    public static final String HEADER = "Idempotency-Key";
    private static final Jsonb JSONB = JsonbBuilder.create();

    @Inject
    IdempotencyStore store;

    @Inject
    Problems problems;

    public Response run(Caller caller, String key, String operation, Object requestBody, Supplier<Response> action) {
        if (key == null) {
            return action.get();
        }
        if (key.isBlank() || key.length() > 255) {
            throw InvalidInputException.of(HEADER, "must be 1 to 255 characters");
        }
        String scope = caller.personId().toString();
        String fingerprint = sha256(operation + "\n" + (requestBody == null ? "" : JSONB.toJson(requestBody)));
        Optional<IdempotencyStore.Stored> stored = store.claim(scope, key, fingerprint);
        if (stored.isPresent()) {
            return replay(stored.get(), fingerprint);
        }
        Response response;
        try {
            response = action.get();
        } catch (RuntimeException e) {
            store.release(scope, key);
            throw e;
        }
        Object entity = response.getEntity();
        String location = response.getLocation() == null ? null : response.getLocation().toString();
        store.complete(scope, key, response.getStatus(), location, response.getHeaderString(HttpHeaders.ETAG),
                entity == null ? null : JSONB.toJson(entity));
        return response;
    }

    private Response replay(IdempotencyStore.Stored stored, String fingerprint) {
        if (!stored.requestHash().equals(fingerprint)) {
            throw new KeyReusedException();
        }
        if (!stored.complete()) {
            throw new ConflictException("idempotent-request-in-progress",
                    "A request with this Idempotency-Key is still being processed; retry in a moment.");
        }
        Response.ResponseBuilder r = Response.status(stored.status()).header("Idempotent-Replayed", "true");
        if (stored.location() != null) {
            r.header(HttpHeaders.LOCATION, stored.location());
        }
        if (stored.etag() != null) {
            r.header(HttpHeaders.ETAG, stored.etag());
        }
        if (stored.body() != null) {
            r.type(MediaType.APPLICATION_JSON_TYPE).entity(stored.body());
        }
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
