package com.coachkeep.infrastructure.email;

import com.coachkeep.shared.domain.EmailTemplate;
import com.coachkeep.shared.application.MailPort;
import com.coachkeep.shared.domain.EmailAddress;
import com.coachkeep.shared.domain.PersonId;
import com.coachkeep.shared.domain.WorkspaceId;
import java.nio.file.Path;
import java.time.Duration;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** One realistic email of every kind, and settings pointing at local test servers. */
final class SampleEmails {
    static final MailPort.Branding SUMMIT = new MailPort.Branding("Summit Strength & Nutrition", "#0F766E", ZoneId.of("Europe/Berlin"));
    static final WorkspaceId WORKSPACE = WorkspaceId.parse("6f1d3c2a-8b7e-4c1d-9a2b-3c4d5e6f7a8b");
    static final PersonId ANNA = new PersonId(java.util.UUID.fromString("11111111-2222-4333-8444-555555555555"));

    private SampleEmails() {
    }

    static MailPort.Email staffInvitation(String key) {
        return new MailPort.Email(EmailTemplate.STAFF_INVITATION, MailPort.Recipient.of(new EmailAddress("carl@example.com")),
                WORKSPACE, Locale.ENGLISH, SUMMIT,
                Map.of("workspaceName", SUMMIT.name(), "inviterName", "Anna Berg", "role", "coach",
                        "acceptUrl", "https://app.coachkeep.test/invitations/tok_ABCdef123-_xyz0123456789",
                        "email", "carl@example.com", "expiresAt", "2026-03-09T08:00:00Z"),
                key);
    }

    static MailPort.Email subProcessorChange() {
        return new MailPort.Email(EmailTemplate.SUB_PROCESSOR_CHANGE,
                new MailPort.Recipient(new EmailAddress("anna@example.com"), "Anna Berg", ANNA), null, Locale.ENGLISH,
                MailPort.Branding.platform(),
                Map.of("effectiveAt", "2026-05-01T00:00:00Z", "listUrl", "https://coachkeep.app/legal/sub-processors",
                        "changes", List.of(Map.of("name", "Postmark", "purpose", "transactional email", "location", "USA",
                                "change", "replaced", "replaces", "SendGrid"))),
                "sub-processor-change:2026-05:" + ANNA);
    }

    /** Two check-ins due today and one overdue, for one client: one email. */
    static MailPort.Email checkinReminder() {
        return new MailPort.Email(EmailTemplate.CHECKIN_REMINDER, new MailPort.Recipient(new EmailAddress("dana@example.com"), "Dana", ANNA),
                WORKSPACE, Locale.ENGLISH, SUMMIT, Map.of("workspaceName", SUMMIT.name(), "total", 3, "one", false,
                        "due", List.of(Map.of("form", "Weekly check-in", "day", "Sunday 29 March", "lastDay", "Tuesday 31 March"),
                                Map.of("form", "Habits", "day", "Sunday 29 March", "lastDay", "Sunday 29 March")),
                        "overdue", List.of(Map.of("form", "Monthly measurements", "day", "Saturday 28 March", "lastDay", "Monday 30 March"))),
                "checkin-reminder:c1:n1");
    }

    /** A sample model for every template, so that each one is rendered at least once. */
    static Map<EmailTemplate, MailPort.Email> everyTemplate() {
        MailPort.Recipient ben = new MailPort.Recipient(new EmailAddress("ben@example.com"), "Ben", ANNA);
        return Map.ofEntries(
                Map.entry(EmailTemplate.STAFF_INVITATION, staffInvitation("invitation:1:abc")),
                Map.entry(EmailTemplate.CLIENT_INVITATION, new MailPort.Email(EmailTemplate.CLIENT_INVITATION, MailPort.Recipient.of(new EmailAddress("ben@example.com")),
                        WORKSPACE, Locale.ENGLISH, SUMMIT, Map.of("workspaceName", SUMMIT.name(), "role", "client",
                        "acceptUrl", "https://app.coachkeep.test/invitations/x", "email", "ben@example.com", "expiresAt", "2026-03-09T08:00:00Z"),
                        "invitation:2:def")),
                Map.entry(EmailTemplate.EXPORT_READY, new MailPort.Email(EmailTemplate.EXPORT_READY, ben, WORKSPACE, Locale.ENGLISH, SUMMIT,
                        Map.of("scope", "your data in Summit Strength & Nutrition", "requestedAt", "2026-03-02T08:00:00Z",
                                "downloadUrl", "https://app.coachkeep.test/exports/e1", "expiresAt", "2026-03-09T08:00:00Z"), "export-ready:e1")),
                Map.entry(EmailTemplate.DELETION_CONFIRMATION, new MailPort.Email(EmailTemplate.DELETION_CONFIRMATION, ben, null, Locale.ENGLISH,
                        MailPort.Branding.platform(), Map.of("scope", "your Coachkeep account", "deletedAt", "2026-03-02T08:00:00Z",
                                "backupsExpireAt", "2026-04-06T08:00:00Z"), "deletion:d1")),
                Map.entry(EmailTemplate.CLIENT_LEFT, new MailPort.Email(EmailTemplate.CLIENT_LEFT, ben, WORKSPACE, Locale.ENGLISH, SUMMIT,
                        Map.of("clientName", "Dana Client", "workspaceName", SUMMIT.name(), "leftAt", "2026-03-02T08:00:00Z"),
                        "client-left:c1")),
                Map.entry(EmailTemplate.SUPPORT_ACCESS_NOTICE, new MailPort.Email(EmailTemplate.SUPPORT_ACCESS_NOTICE, ben, WORKSPACE, Locale.ENGLISH, SUMMIT,
                        Map.of("agentName", "Sam Support", "reason", "investigate a billing question", "ticket", "SUP-1234",
                                "startsAt", "2026-03-02T08:00:00Z", "endsAt", "2026-03-03T08:00:00Z"), "support-access:g1:" + ANNA)),
                Map.entry(EmailTemplate.SECURITY_INCIDENT_NOTICE, new MailPort.Email(EmailTemplate.SECURITY_INCIDENT_NOTICE, ben, WORKSPACE, Locale.ENGLISH, SUMMIT,
                        Map.of("title", "unauthorised access to check-in photos", "summary", "A misconfigured link exposed photos.",
                                "detectedAt", "2026-03-02T08:00:00Z", "affectedData", List.of("progress photos", "body weight"),
                                "actionsTaken", "We closed the link and rotated keys.", "contactEmail", "security@coachkeep.app"),
                        "security-incident:i1:" + ANNA)),
                Map.entry(EmailTemplate.SECURITY_REPORT_RECEIVED, new MailPort.Email(EmailTemplate.SECURITY_REPORT_RECEIVED,
                        MailPort.Recipient.of(new EmailAddress("finder@example.org")), null, Locale.ENGLISH, MailPort.Branding.platform(),
                        Map.of("trackingId", "7d0c1a52-0000-4000-8000-000000000001", "summary", "Stored XSS in client names",
                                "receivedAt", "2026-03-02T08:00:00Z", "acknowledgementDue", "2026-03-04T08:00:00Z"),
                        "security-report-received:7d0c1a52-0000-4000-8000-000000000001")),
                Map.entry(EmailTemplate.SUB_PROCESSOR_CHANGE, subProcessorChange()),
                Map.entry(EmailTemplate.UNREAD_MESSAGES_DIGEST, new MailPort.Email(EmailTemplate.UNREAD_MESSAGES_DIGEST, ben, WORKSPACE, Locale.ENGLISH, SUMMIT,
                        Map.of("workspaceName", SUMMIT.name(), "total", 3, "one", false, "conversations", List.of(
                                Map.of("name", "Dana Client", "unread", 2), Map.of("name", "Eli Client", "unread", 1))),
                        "unread-digest:w1:" + ANNA + ":d1")),
                Map.entry(EmailTemplate.CHECKIN_REMINDER, checkinReminder()));
    }

    static MailSettings settings(Path folder, int smtpPort, String httpBase) {
        return new MailSettings("file", "Coachkeep <no-reply@mail.coachkeep.test>", "mail.coachkeep.test", folder,
                "https://api.coachkeep.test", "https://app.coachkeep.test",
                new MailSettings.Smtp("127.0.0.1", smtpPort, null, null, "off", false, Duration.ofSeconds(5), 2),
                new MailSettings.Http(httpBase, "re_test_key", Duration.ofSeconds(5)),
                new MailSettings.Http(httpBase, "SG.test_key", Duration.ofSeconds(5)));
    }

    static MailTransportFixture composer(MailSettings settings) {
        return new MailTransportFixture(new MessageComposer(settings, new EmailRenderer()));
    }

    record MailTransportFixture(MessageComposer composer) {
    }
}
