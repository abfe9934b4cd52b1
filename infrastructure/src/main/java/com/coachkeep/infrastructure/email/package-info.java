/**
 * Outgoing email. In development, messages are written as .eml files into the data folder (open them with
 * any mail program); SMTP and provider APIs behind a transactional outbox replace this for production.
 */
package com.coachkeep.infrastructure.email;
