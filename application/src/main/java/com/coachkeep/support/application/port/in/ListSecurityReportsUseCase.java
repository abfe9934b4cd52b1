package com.coachkeep.support.application.port.in;

import com.coachkeep.support.domain.SecurityReportState;
import java.util.List;

/** The console's inbox of vulnerability reports, oldest first, optionally of one state. Security officers only. */
public interface ListSecurityReportsUseCase {
    int MAX = 500;

    List<SecurityReportView> list(SupportActor actor, SecurityReportState state);
}
