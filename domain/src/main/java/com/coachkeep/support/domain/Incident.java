package com.coachkeep.support.domain;

import com.coachkeep.shared.domain.Text;
import com.coachkeep.shared.domain.Validator;
import com.coachkeep.shared.domain.WorkspaceId;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * A security incident as the security officer records it (P-INC-1): what happened, which data, which workspaces,
 * what is being done, how severe; and the public updates posted about it.
 *
 * <p>Invariants: the internal fields (what happened, data affected, remediation, affected workspaces) are never
 * published; only the public title and the updates are. It opens with a first public update. Lifecycle: open → updates
 * → resolved (a last update); nothing is posted after it is resolved.
 */
public final class Incident {
    public static final int TITLE_MAX = 200;
    public static final int TEXT_MAX = 5_000;
    public static final int MAX_WORKSPACES = 10_000;

    private final IncidentId id;
    private final String publicTitle;
    private final String whatHappened;
    private final List<String> dataAffected;
    private final String remediation;
    private final IncidentSeverity severity;
    private final Set<WorkspaceId> affectedWorkspaces;
    private final Instant detectedAt;
    private final Instant recordedAt;
    private final List<IncidentUpdate> updates;
    private Instant resolvedAt;

    public Incident(IncidentId id, String publicTitle, String whatHappened, List<String> dataAffected, String remediation,
            IncidentSeverity severity, Set<WorkspaceId> affectedWorkspaces, Instant detectedAt, Instant recordedAt,
            List<IncidentUpdate> updates, Instant resolvedAt) {
        this.id = Objects.requireNonNull(id, "id");
        this.publicTitle = Objects.requireNonNull(publicTitle, "publicTitle");
        this.whatHappened = Objects.requireNonNull(whatHappened, "whatHappened");
        this.dataAffected = List.copyOf(dataAffected);
        this.remediation = Objects.requireNonNull(remediation, "remediation");
        this.severity = Objects.requireNonNull(severity, "severity");
        this.affectedWorkspaces = Set.copyOf(affectedWorkspaces);
        this.detectedAt = Objects.requireNonNull(detectedAt, "detectedAt");
        this.recordedAt = Objects.requireNonNull(recordedAt, "recordedAt");
        this.updates = new ArrayList<>(updates);
        this.resolvedAt = resolvedAt;
    }

    /** Records a new incident from raw input, every invalid field reported at once, with its first public update. */
    public static Incident record(IncidentId id, String publicTitle, String whatHappened, List<String> dataAffected, String remediation,
            String severity, Set<WorkspaceId> affectedWorkspaces, Instant detectedAt, String firstUpdate, Instant now) {
        Validator v = new Validator();
        String title = v.check("publicTitle", publicTitle, raw -> Text.singleLine(raw, TITLE_MAX));
        String what = v.check("whatHappened", whatHappened, raw -> Text.required(raw, TEXT_MAX));
        List<String> data = new ArrayList<>();
        if (dataAffected != null) {
            for (int i = 0; i < dataAffected.size(); i++) {
                String item = v.check("dataAffected[" + i + "]", dataAffected.get(i), raw -> Text.singleLine(raw, TITLE_MAX));
                if (item != null) {
                    data.add(item);
                }
            }
        }
        String fix = v.check("remediation", remediation, raw -> Text.required(raw, TEXT_MAX));
        IncidentSeverity sev = v.check("severity", severity, IncidentSeverity::fromWire);
        Set<WorkspaceId> workspaces = affectedWorkspaces == null ? Set.of() : new LinkedHashSet<>(affectedWorkspaces);
        v.require(workspaces.size() <= MAX_WORKSPACES, "affectedWorkspaces", "must name at most " + MAX_WORKSPACES + " workspaces");
        v.require(detectedAt != null && !detectedAt.isAfter(now), "detectedAt", "must be a time that has passed");
        String update = v.check("firstUpdate", firstUpdate, raw -> Text.required(raw, TEXT_MAX));
        v.throwIfInvalid();
        return new Incident(id, title, what, data, fix, sev, workspaces, detectedAt, now, List.of(new IncidentUpdate(now, update, false)),
                null);
    }

    /** Posts a public update. */
    public IncidentUpdate postUpdate(String text, Instant now) {
        return post(text, now, false);
    }

    /** Resolves the incident with a last public update. */
    public IncidentUpdate resolve(String text, Instant now) {
        IncidentUpdate u = post(text, now, true);
        resolvedAt = now;
        return u;
    }

    private IncidentUpdate post(String text, Instant now, boolean resolves) {
        if (resolvedAt != null) {
            throw new IncidentResolvedException();
        }
        Validator v = new Validator();
        String t = v.check("text", text, raw -> Text.required(raw, TEXT_MAX));
        v.throwIfInvalid();
        IncidentUpdate u = new IncidentUpdate(now, t, resolves);
        updates.add(u);
        return u;
    }

    public boolean open() {
        return resolvedAt == null;
    }

    public IncidentId id() {
        return id;
    }

    public String publicTitle() {
        return publicTitle;
    }

    public String whatHappened() {
        return whatHappened;
    }

    public List<String> dataAffected() {
        return dataAffected;
    }

    public String remediation() {
        return remediation;
    }

    public IncidentSeverity severity() {
        return severity;
    }

    public Set<WorkspaceId> affectedWorkspaces() {
        return affectedWorkspaces;
    }

    public Instant detectedAt() {
        return detectedAt;
    }

    public Instant recordedAt() {
        return recordedAt;
    }

    public List<IncidentUpdate> updates() {
        return List.copyOf(updates);
    }

    public Instant resolvedAt() {
        return resolvedAt;
    }
}
