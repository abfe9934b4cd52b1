package com.coachkeep.support.application.port.out;

import com.coachkeep.support.domain.SubProcessor;
import com.coachkeep.support.domain.SubProcessorId;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** The sub-processor list: platform data, in no workspace. */
public interface SubProcessorRepository {
    void add(SubProcessor subProcessor);

    Optional<SubProcessor> find(SubProcessorId id);

    void update(SubProcessor subProcessor);

    /** The current (not retired) entries, by service name. */
    List<SubProcessor> listCurrent();

    /** When any entry, retired ones included, last changed; empty for an empty list. */
    Optional<Instant> lastChanged();
}
