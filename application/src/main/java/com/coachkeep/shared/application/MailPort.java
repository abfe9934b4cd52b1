package com.coachkeep.shared.application;

import com.coachkeep.shared.domain.EmailAddress;

/**
 * Sends an email. The idempotency key is derived from domain ids so that a retry of the same logical email
 * never reaches the recipient twice.
 */
public interface MailPort {
    void send(Email email);

    record Email(EmailAddress to, String subject, String textBody, String idempotencyKey) {
    }
}
