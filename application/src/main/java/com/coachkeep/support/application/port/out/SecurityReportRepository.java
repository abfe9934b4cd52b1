package com.coachkeep.support.application.port.out;

import com.coachkeep.support.domain.SecurityReport;
import com.coachkeep.support.domain.SecurityReportId;
import com.coachkeep.support.domain.SecurityReportState;
import java.util.List;
import java.util.Optional;

/** Vulnerability reports: platform data, in no workspace. */
public interface SecurityReportRepository {
    void add(SecurityReport report);

    Optional<SecurityReport> find(SecurityReportId id);

    void update(SecurityReport report);

    /** Oldest first; every state when {@code state} is null; at most {@code limit}. */
    List<SecurityReport> list(SecurityReportState state, int limit);
}
