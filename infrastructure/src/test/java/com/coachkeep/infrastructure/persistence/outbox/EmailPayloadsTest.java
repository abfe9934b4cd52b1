package com.coachkeep.infrastructure.persistence.outbox;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.coachkeep.shared.domain.EmailTemplate;
import com.coachkeep.shared.application.MailPort;
import com.coachkeep.shared.domain.EmailAddress;
import com.coachkeep.shared.domain.PersonId;
import com.coachkeep.shared.domain.WorkspaceId;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;

class EmailPayloadsTest {
    @Test
    void anEmailSurvivesTheOutboxUnchanged() {
        MailPort.Email email = new MailPort.Email(EmailTemplate.SECURITY_INCIDENT_NOTICE,
                new MailPort.Recipient(new EmailAddress("ben@example.com"), "Ben \"B\" O'Neil", PersonId.newId()), WorkspaceId.newId(),
                Locale.forLanguageTag("de-DE"), new MailPort.Branding("Summit & Co", "#0F766E", ZoneId.of("Europe/Berlin")),
                Map.of("title", "x", "count", 3L, "ratio", new java.math.BigDecimal("0.25"), "flag", true,
                        "affectedData", List.of("photos", "weight"), "nested", Map.of("a", List.of(Map.of("b", "c")))),
                "security-incident:1:2");

        assertEquals(email, EmailPayloads.fromJson(EmailPayloads.toJson(email)));
    }

    @Test
    void aPlatformEmailHasNoWorkspace() {
        MailPort.Email email = new MailPort.Email(EmailTemplate.DELETION_CONFIRMATION, MailPort.Recipient.of(new EmailAddress("a@example.com")),
                null, Locale.ENGLISH, MailPort.Branding.platform(), Map.of(), "deletion:1");

        assertEquals(email, EmailPayloads.fromJson(EmailPayloads.toJson(email)));
    }
}
