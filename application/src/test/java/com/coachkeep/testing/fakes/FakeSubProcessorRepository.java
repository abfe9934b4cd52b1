package com.coachkeep.testing.fakes;

import com.coachkeep.support.application.port.out.SubProcessorRepository;
import com.coachkeep.support.domain.SubProcessor;
import com.coachkeep.support.domain.SubProcessorId;
import java.time.Instant;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The sub-processor list in memory. */
public final class FakeSubProcessorRepository implements SubProcessorRepository {
    public final Map<SubProcessorId, SubProcessor> entries = new LinkedHashMap<>();

    @Override
    public void add(SubProcessor s) {
        entries.put(s.id(), s);
    }

    @Override
    public Optional<SubProcessor> find(SubProcessorId id) {
        return Optional.ofNullable(entries.get(id));
    }

    @Override
    public void update(SubProcessor s) {
        entries.put(s.id(), s);
    }

    @Override
    public List<SubProcessor> listCurrent() {
        return entries.values().stream().filter(SubProcessor::current).sorted(Comparator.comparing(SubProcessor::service)).toList();
    }

    @Override
    public Optional<Instant> lastChanged() {
        return entries.values().stream().map(SubProcessor::updatedAt).max(Comparator.naturalOrder());
    }
}
