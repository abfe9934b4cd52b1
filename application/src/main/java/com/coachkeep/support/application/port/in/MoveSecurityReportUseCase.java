package com.coachkeep.support.application.port.in;

import com.coachkeep.support.domain.SecurityReportState;

/**
 * Moves a report through new → acknowledged → triaged → fixed → closed, with a reason each time (recorded in the
 * audit trail). Invalid moves are refused. Security officers only.
 */
public interface MoveSecurityReportUseCase {
    SecurityReportView move(SupportActor actor, String reportId, SecurityReportState to, String reason);

    default SecurityReportView acknowledge(SupportActor actor, String reportId, String reason) {
        return move(actor, reportId, SecurityReportState.ACKNOWLEDGED, reason);
    }

    default SecurityReportView triage(SupportActor actor, String reportId, String reason) {
        return move(actor, reportId, SecurityReportState.TRIAGED, reason);
    }

    default SecurityReportView markFixed(SupportActor actor, String reportId, String reason) {
        return move(actor, reportId, SecurityReportState.FIXED, reason);
    }

    default SecurityReportView close(SupportActor actor, String reportId, String reason) {
        return move(actor, reportId, SecurityReportState.CLOSED, reason);
    }
}
