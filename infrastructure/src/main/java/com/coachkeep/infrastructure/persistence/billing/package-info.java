/** Billing's tables: the webhook inbox (platform data), the connected account and the mirrored invoices. */
package com.coachkeep.infrastructure.persistence.billing;
