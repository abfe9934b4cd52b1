package com.coachkeep.console.support.reports;

import com.coachkeep.console.support.Outcome;
import com.coachkeep.console.support.ReasonForm;
import com.coachkeep.support.application.port.in.ListSecurityReportsUseCase;
import com.coachkeep.support.application.port.in.MoveSecurityReportUseCase;
import com.coachkeep.support.application.port.in.SecurityReportView;
import com.coachkeep.support.application.port.in.SupportActor;
import com.coachkeep.support.domain.SecurityReportState;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;

/** Presents the inbox: lists reports through {@link ListSecurityReportsUseCase}, moves them through {@link MoveSecurityReportUseCase}. */
@Dependent
public class SecurityReportsPresenter {
    private final ListSecurityReportsUseCase list;
    private final MoveSecurityReportUseCase move;
    private final Clock clock = Clock.systemUTC();

    @Inject
    public SecurityReportsPresenter(ListSecurityReportsUseCase list, MoveSecurityReportUseCase move) {
        this.list = list;
        this.move = move;
    }

    /** A row of the inbox. */
    public record Row(SecurityReportView report, String countdown) {
    }

    public List<Row> reports(SupportActor actor, SecurityReportState state) {
        Instant now = clock.instant();
        return list.list(actor, state).stream().map(r -> new Row(r, countdown(r, now))).toList();
    }

    /** The states a report may move to next. */
    public List<SecurityReportState> nextStates(SecurityReportView report) {
        SecurityReportState current = SecurityReportState.fromWire(report.state());
        return Arrays.stream(SecurityReportState.values()).filter(current::mayBecome).toList();
    }

    public Outcome move(SupportActor actor, String reportId, SecurityReportState to, ReasonForm form) {
        return Outcome.of(() -> {
            SecurityReportView moved = move.move(actor, reportId, to, form.getReason());
            return "Report " + shortId(moved.id()) + " is now " + moved.state() + ".";
        });
    }

    /** How the report stands against the acknowledgement target, in words. */
    static String countdown(SecurityReportView r, Instant now) {
        if (r.acknowledgedAt() != null) {
            boolean late = r.acknowledgedAt().isAfter(r.acknowledgementDue());
            return late ? "acknowledged late" : "acknowledged in time";
        }
        if ("closed".equals(r.state())) {
            return "closed unacknowledged";
        }
        Duration left = Duration.between(now, r.acknowledgementDue());
        return left.isNegative() ? "overdue by " + words(left.negated()) : "due in " + words(left);
    }

    static String words(Duration d) {
        long days = d.toDays();
        long hours = d.toHoursPart();
        long minutes = d.toMinutesPart();
        if (days > 0) {
            return days + " d " + hours + " h";
        }
        if (hours > 0) {
            return hours + " h " + minutes + " min";
        }
        return minutes + " min";
    }

    static String shortId(String id) {
        return id.length() > 8 ? id.substring(0, 8) : id;
    }
}
