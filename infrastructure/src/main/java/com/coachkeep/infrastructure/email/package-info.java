/**
 * Outgoing email: rendering (Mustache templates in {@code email/templates/}, HTML and text, the workspace's name
 * and colour), a stable Message-ID per idempotency key, and the transports that deliver a message once: SMTP
 * (Jakarta Mail), Resend and SendGrid over HTTP, and a folder of {@code .eml} files for development. Emails reach
 * this package only through the outbox worker; use cases queue them with {@code MailPort}.
 */
package com.coachkeep.infrastructure.email;
