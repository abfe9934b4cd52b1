package com.coachkeep.privacy.domain;

import com.coachkeep.roster.domain.ClientId;
import com.coachkeep.shared.domain.PersonId;
import com.coachkeep.shared.domain.WorkspaceId;
import java.time.Duration;
import java.time.Instant;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A data export: the owner's export of the whole workspace, or a client's export of their own data, run as a job
 * that writes one archive into the file store.
 *
 * <p>Lifecycle: {@code QUEUED} → {@code RUNNING} (claimed by a worker; a worker that dies leaves it running with a
 * stale heartbeat, and another claims it again, at most {@link #MAX_ATTEMPTS} times) → {@code READY} (the archive is
 * stored; downloadable until {@code expiresAt}) → {@code EXPIRED} (the archive is deleted). Any attempt may end
 * {@code FAILED}. Progress is kept per feature ({@code pending}, {@code running}, {@code done}).
 *
 * <p>Invariants: a client export names its client, a workspace export none; the archive belongs to the workspace's
 * data subject (workspace export) or the client's (client export), so erasing that subject destroys the archive's
 * key too; a download link exists only while the export is ready, and at most one at a time (its hash).
 */
public final class DataExport {
    public static final int MAX_ATTEMPTS = 3;

    public enum Scope { WORKSPACE, CLIENT }

    public enum State { QUEUED, RUNNING, READY, FAILED, EXPIRED }

    private final ExportId id;
    private final WorkspaceId workspaceId;
    private final Scope scope;
    private final ClientId clientId;
    private final PersonId requestedBy;
    private final FileId fileId;
    private final Instant createdAt;
    private State state;
    private final Map<String, String> progress;
    private int attempts;
    private Instant startedAt;
    private Instant heartbeatAt;
    private Instant finishedAt;
    private Instant expiresAt;
    private long sizeBytes;
    private String failure;
    private String downloadTokenHash;
    private Instant downloadExpiresAt;

    public DataExport(ExportId id, WorkspaceId workspaceId, Scope scope, ClientId clientId, PersonId requestedBy, FileId fileId,
            Instant createdAt, State state, Map<String, String> progress, int attempts, Instant startedAt, Instant heartbeatAt,
            Instant finishedAt, Instant expiresAt, long sizeBytes, String failure, String downloadTokenHash, Instant downloadExpiresAt) {
        this.id = Objects.requireNonNull(id);
        this.workspaceId = Objects.requireNonNull(workspaceId);
        this.scope = Objects.requireNonNull(scope);
        if ((scope == Scope.CLIENT) != (clientId != null)) {
            throw new IllegalArgumentException("a client export names its client, a workspace export none");
        }
        this.clientId = clientId;
        this.requestedBy = Objects.requireNonNull(requestedBy);
        this.fileId = Objects.requireNonNull(fileId);
        this.createdAt = Objects.requireNonNull(createdAt);
        this.state = Objects.requireNonNull(state);
        this.progress = new LinkedHashMap<>(progress == null ? Map.of() : progress);
        this.attempts = attempts;
        this.startedAt = startedAt;
        this.heartbeatAt = heartbeatAt;
        this.finishedAt = finishedAt;
        this.expiresAt = expiresAt;
        this.sizeBytes = sizeBytes;
        this.failure = failure;
        this.downloadTokenHash = downloadTokenHash;
        this.downloadExpiresAt = downloadExpiresAt;
    }

    /** A new export, queued, with every feature pending. */
    public static DataExport request(WorkspaceId workspaceId, ClientId clientId, PersonId requestedBy, List<String> features, Instant now) {
        Map<String, String> progress = new LinkedHashMap<>();
        features.forEach(f -> progress.put(f, "pending"));
        return new DataExport(ExportId.newId(), workspaceId, clientId == null ? Scope.WORKSPACE : Scope.CLIENT, clientId, requestedBy,
                FileId.newId(), now, State.QUEUED, progress, 0, null, null, null, null, 0, null, null, null);
    }

    /** Whose data the archive is: it is encrypted under, and erased with, this subject's file key. */
    public DataSubject archiveOwner() {
        return scope == Scope.WORKSPACE ? DataSubject.workspace(workspaceId) : DataSubject.client(workspaceId, clientId);
    }

    /** A worker claimed it (again, after a worker that died). */
    public void start(Instant now) {
        if (state != State.QUEUED && state != State.RUNNING) {
            throw new IllegalStateException("export " + id + " is " + state + " and cannot start");
        }
        state = State.RUNNING;
        attempts++;
        startedAt = now;
        heartbeatAt = now;
        progress.replaceAll((f, s) -> "pending");
    }

    public boolean attemptsExhausted() {
        return attempts > MAX_ATTEMPTS;
    }

    public void progress(String feature, String featureState, Instant now) {
        progress.put(feature, featureState);
        heartbeatAt = now;
    }

    public void ready(long size, Instant now, Duration retention) {
        state = State.READY;
        sizeBytes = size;
        finishedAt = now;
        heartbeatAt = now;
        expiresAt = now.plus(retention);
        failure = null;
    }

    public void fail(String reason, Instant now) {
        state = State.FAILED;
        finishedAt = now;
        failure = reason == null ? "failed" : reason.length() > 500 ? reason.substring(0, 500) : reason;
    }

    /** The archive was deleted; no link works any more. */
    public void expire() {
        state = State.EXPIRED;
        downloadTokenHash = null;
        downloadExpiresAt = null;
    }

    /** A new download link valid for {@code validity}, replacing any earlier one; only while ready and not expired. */
    public DownloadToken issueLink(Instant now, Duration validity) {
        if (!downloadable(now)) {
            throw new IllegalStateException("export " + id + " is not downloadable");
        }
        DownloadToken token = DownloadToken.generate();
        downloadTokenHash = token.hash();
        Instant until = now.plus(validity);
        downloadExpiresAt = until.isAfter(expiresAt) ? expiresAt : until;
        return token;
    }

    public boolean downloadable(Instant now) {
        return state == State.READY && expiresAt != null && now.isBefore(expiresAt);
    }

    /** Whether {@code token} is this export's current link and still valid. */
    public boolean linkValid(String token, Instant now) {
        return token != null && downloadTokenHash != null && downloadable(now) && downloadExpiresAt != null
                && now.isBefore(downloadExpiresAt) && java.security.MessageDigest.isEqual(
                        downloadTokenHash.getBytes(java.nio.charset.StandardCharsets.US_ASCII),
                        DownloadToken.hashOf(token).getBytes(java.nio.charset.StandardCharsets.US_ASCII));
    }

    public ExportId id() { return id; }
    public WorkspaceId workspaceId() { return workspaceId; }
    public Scope scope() { return scope; }
    public ClientId clientId() { return clientId; }
    public PersonId requestedBy() { return requestedBy; }
    public FileId fileId() { return fileId; }
    public Instant createdAt() { return createdAt; }
    public State state() { return state; }
    public Map<String, String> progress() { return Collections.unmodifiableMap(progress); }
    public int attempts() { return attempts; }
    public Instant startedAt() { return startedAt; }
    public Instant heartbeatAt() { return heartbeatAt; }
    public Instant finishedAt() { return finishedAt; }
    public Instant expiresAt() { return expiresAt; }
    public long sizeBytes() { return sizeBytes; }
    public String failure() { return failure; }
    public String downloadTokenHash() { return downloadTokenHash; }
    public Instant downloadExpiresAt() { return downloadExpiresAt; }
}
