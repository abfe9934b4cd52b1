/**
 * Billing's tables: the webhook inbox (platform data), the connected account, and the invoices, charges, refunds and
 * disputes mirrored from it (one shape, {@code MirroredRowRepository}).
 */
package com.coachkeep.infrastructure.persistence.billing;
