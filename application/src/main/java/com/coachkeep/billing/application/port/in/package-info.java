/** Use cases of billing: Stripe Connect onboarding, the mirrored account and invoices, webhook intake and the inbox. */
package com.coachkeep.billing.application.port.in;
