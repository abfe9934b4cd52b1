package com.coachkeep.testing.fakes;

import com.coachkeep.support.application.port.out.AbuseFlagRepository;
import com.coachkeep.support.domain.AbuseFlag;
import com.coachkeep.support.domain.AbuseFlagId;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Abuse flags in a map, keeping the one-open-flag-per-limit-and-subject rule of the table's unique index. */
public class FakeAbuseFlagRepository implements AbuseFlagRepository {
    public final Map<AbuseFlagId, AbuseFlag> flags = new LinkedHashMap<>();

    @Override
    public synchronized boolean addIfNoneOpen(AbuseFlag flag) {
        if (findOpen(flag.limit(), flag.subjectKind(), flag.subject()).isPresent()) {
            return false;
        }
        flags.put(flag.id(), flag);
        return true;
    }

    @Override
    public synchronized Optional<AbuseFlag> findOpen(String limit, AbuseFlag.SubjectKind kind, String subject) {
        return flags.values().stream().filter(f -> f.state() == AbuseFlag.State.OPEN && f.limit().equals(limit)
                && f.subjectKind() == kind && f.subject().equals(subject)).findFirst();
    }

    @Override
    public synchronized Optional<AbuseFlag> find(AbuseFlagId id) {
        return Optional.ofNullable(flags.get(id));
    }

    @Override
    public synchronized void update(AbuseFlag flag) {
        flags.put(flag.id(), flag);
    }

    @Override
    public synchronized List<AbuseFlag> list(boolean openOnly, int limit) {
        return flags.values().stream().filter(f -> !openOnly || f.state() == AbuseFlag.State.OPEN)
                .sorted(Comparator.comparing(AbuseFlag::raisedAt).reversed()).limit(limit).toList();
    }
}
