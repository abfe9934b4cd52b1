package com.coachkeep.support.application.port.out;

import com.coachkeep.support.domain.AbuseFlag;
import com.coachkeep.support.domain.AbuseFlagId;
import java.util.List;
import java.util.Optional;

/** Abuse flags: platform data, in no workspace. At most one flag per limit and subject is open at a time. */
public interface AbuseFlagRepository {
    /** Stores a new open flag; false (and nothing stored) when one is already open for its limit and subject. */
    boolean addIfNoneOpen(AbuseFlag flag);

    Optional<AbuseFlag> findOpen(String limit, AbuseFlag.SubjectKind kind, String subject);

    Optional<AbuseFlag> find(AbuseFlagId id);

    void update(AbuseFlag flag);

    /** Newest first; only open ones when {@code openOnly}; at most {@code limit}. */
    List<AbuseFlag> list(boolean openOnly, int limit);
}
