/**
 * The data-rights use cases. Deletion authorizes, destroys keys at once, records tombstones and audit events, queues
 * the confirmations, and erases rows through every feature's erasure implementation. Export is rate-limited and
 * audited, reports progress, hands out short-lived download links, and streams every feature's data into one
 * archive, step by step in transactions of their own.
 */
package com.coachkeep.privacy.application.service;
