package com.coachkeep.testing.fakes;

import com.coachkeep.support.application.port.out.IncidentRepository;
import com.coachkeep.support.domain.Incident;
import com.coachkeep.support.domain.IncidentId;
import com.coachkeep.support.domain.IncidentUpdate;
import java.time.Instant;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Incidents in memory (the aggregate itself carries its updates). */
public final class FakeIncidentRepository implements IncidentRepository {
    public final Map<IncidentId, Incident> incidents = new LinkedHashMap<>();

    @Override
    public void add(Incident incident) {
        incidents.put(incident.id(), incident);
    }

    @Override
    public Optional<Incident> find(IncidentId id) {
        return Optional.ofNullable(incidents.get(id));
    }

    @Override
    public void addUpdate(IncidentId id, IncidentUpdate update, Instant resolvedAt) {
        if (!incidents.containsKey(id)) {
            throw new IllegalStateException("no such incident");
        }
    }

    @Override
    public List<Incident> list(int limit) {
        return incidents.values().stream().sorted(Comparator.comparing(Incident::recordedAt).reversed()).limit(limit).toList();
    }

    @Override
    public List<PublicIncident> listPublic(Instant resolvedSince, int limit) {
        return list(limit).stream().filter(i -> i.open() || !i.resolvedAt().isBefore(resolvedSince))
                .map(i -> new PublicIncident(i.id().toString(), i.publicTitle(), !i.open(), i.updates())).toList();
    }
}
