package com.coachkeep.testing.fakes;

import com.coachkeep.shared.domain.PersonId;
import com.coachkeep.support.application.port.out.CoachDirectoryPort;
import com.coachkeep.support.application.port.out.SubProcessorAnnouncementRepository;
import com.coachkeep.support.domain.SubProcessorAnnouncement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/** Announcements and the coach directory in memory. */
public final class FakeSubProcessorAnnouncements implements SubProcessorAnnouncementRepository, CoachDirectoryPort {
    public final Map<UUID, SubProcessorAnnouncement> pending = new LinkedHashMap<>();
    public final List<SubProcessorAnnouncement> done = new ArrayList<>();
    public final List<Coach> coaches = new ArrayList<>();

    @Override
    public void add(SubProcessorAnnouncement announcement, Instant now) {
        pending.put(announcement.id(), announcement);
    }

    @Override
    public Optional<SubProcessorAnnouncement> lockNextPending() {
        return pending.values().stream().findFirst();
    }

    @Override
    public void advance(UUID id, PersonId cursor, boolean finished, Instant now) {
        SubProcessorAnnouncement a = pending.get(id);
        SubProcessorAnnouncement moved = new SubProcessorAnnouncement(a.id(), a.change(), a.service(), a.purpose(), a.region(),
                a.effectiveAt(), cursor);
        if (finished) {
            pending.remove(id);
            done.add(moved);
        } else {
            pending.put(id, moved);
        }
    }

    @Override
    public List<Coach> coachesAfter(PersonId after, int limit) {
        return coaches.stream().sorted(Comparator.comparing(c -> c.personId().value()))
                .filter(c -> after == null || c.personId().value().compareTo(after.value()) > 0).limit(limit).toList();
    }
}
