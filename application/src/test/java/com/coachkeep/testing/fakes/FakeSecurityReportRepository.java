package com.coachkeep.testing.fakes;

import com.coachkeep.support.application.port.out.SecurityReportRepository;
import com.coachkeep.support.domain.SecurityReport;
import com.coachkeep.support.domain.SecurityReportId;
import com.coachkeep.support.domain.SecurityReportState;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Vulnerability reports in memory. */
public final class FakeSecurityReportRepository implements SecurityReportRepository {
    public final Map<SecurityReportId, SecurityReport> reports = new LinkedHashMap<>();

    @Override
    public void add(SecurityReport report) {
        reports.put(report.id(), report);
    }

    @Override
    public Optional<SecurityReport> find(SecurityReportId id) {
        return Optional.ofNullable(reports.get(id));
    }

    @Override
    public void update(SecurityReport report) {
        if (!reports.containsKey(report.id())) {
            throw new IllegalStateException("no such report");
        }
        reports.put(report.id(), report);
    }

    @Override
    public List<SecurityReport> list(SecurityReportState state, int limit) {
        return reports.values().stream().filter(r -> state == null || r.state() == state)
                .sorted(Comparator.comparing(SecurityReport::receivedAt)).limit(limit).toList();
    }
}
