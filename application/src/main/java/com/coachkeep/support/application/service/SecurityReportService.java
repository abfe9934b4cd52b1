package com.coachkeep.support.application.service;

import com.coachkeep.audit.domain.AuditEntry;
import com.coachkeep.shared.application.AuditRecord;
import com.coachkeep.shared.application.AuditTrail;
import com.coachkeep.shared.application.MailPort;
import com.coachkeep.shared.application.NotFoundException;
import com.coachkeep.shared.domain.EmailTemplate;
import com.coachkeep.shared.domain.Ids;
import com.coachkeep.support.application.port.in.ListSecurityReportsUseCase;
import com.coachkeep.support.application.port.in.MoveSecurityReportUseCase;
import com.coachkeep.support.application.port.in.Reason;
import com.coachkeep.support.application.port.in.SecurityReportReceipt;
import com.coachkeep.support.application.port.in.SecurityReportView;
import com.coachkeep.support.application.port.in.SubmitSecurityReportCommand;
import com.coachkeep.support.application.port.in.SubmitSecurityReportUseCase;
import com.coachkeep.support.application.port.in.SupportActor;
import com.coachkeep.support.application.port.out.SecurityReportRepository;
import com.coachkeep.support.domain.SecurityReport;
import com.coachkeep.support.domain.SecurityReportId;
import com.coachkeep.support.domain.SecurityReportState;
import com.coachkeep.support.domain.SupportPermission;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Vulnerability reports: the public intake and the console's inbox. Reports are platform data; their events go
 * into the platform audit trail ({@link AuditEntry#PLATFORM}).
 */
@ApplicationScoped
@Transactional
public class SecurityReportService implements SubmitSecurityReportUseCase, ListSecurityReportsUseCase, MoveSecurityReportUseCase {
    private final SecurityReportRepository reports;
    private final MailPort mail;
    private final AuditTrail audit;
    private final Clock clock;

    @Inject
    public SecurityReportService(SecurityReportRepository reports, MailPort mail, AuditTrail audit, Clock clock) {
        this.reports = reports;
        this.mail = mail;
        this.audit = audit;
        this.clock = clock;
    }

    protected SecurityReportService() {
        this(null, null, null, null);
    }

    @Override
    public SecurityReportReceipt submit(SubmitSecurityReportCommand c) {
        Instant now = clock.instant();
        SecurityReport report = SecurityReport.receive(SecurityReportId.random(), now, c.summary(), c.details(), c.reporterEmail(),
                c.affectedUrl());
        reports.add(report);
        audit.record(new AuditRecord(AuditEntry.PLATFORM, AuditRecord.By.ANONYMOUS, null, "security_report.received",
                "security_report", report.id().toString(), null, Map.of("withEmail", String.valueOf(report.reporterEmail() != null))));
        if (report.reporterEmail() != null) {
            mail.enqueue(new MailPort.Email(EmailTemplate.SECURITY_REPORT_RECEIVED, MailPort.Recipient.of(report.reporterEmail()), null,
                    Locale.ENGLISH, MailPort.Branding.platform(),
                    Map.of("trackingId", report.id().toString(), "summary", report.summary(),
                            "receivedAt", report.receivedAt().toString(), "acknowledgementDue", report.acknowledgementDue().toString()),
                    "security-report-received:" + report.id()));
        }
        return new SecurityReportReceipt(report.id().toString(), report.receivedAt(), report.acknowledgementDue());
    }

    @Override
    public List<SecurityReportView> list(SupportActor actor, SecurityReportState state) {
        actor.require(SupportPermission.SECURITY_REPORTS_MANAGE);
        Instant now = clock.instant();
        return reports.list(state, MAX).stream().map(r -> SecurityReportView.of(r, now)).toList();
    }

    @Override
    public SecurityReportView move(SupportActor actor, String reportId, SecurityReportState to, String reason) {
        actor.require(SupportPermission.SECURITY_REPORTS_MANAGE);
        String why = Reason.require(reason);
        SecurityReport report = reports.find(new SecurityReportId(Ids.parse(reportId)))
                .orElseThrow(() -> new NotFoundException("security report"));
        SecurityReportState from = report.state();
        Instant now = clock.instant();
        report.moveTo(to, now);
        reports.update(report);
        audit.record(SupportAudit.of(actor, "security_report." + to.wireName()).target("security_report", report.id())
                .reason(why).detail("from", from.wireName()).detail("overdue", report.overdue(now)));
        return SecurityReportView.of(report, now);
    }
}
