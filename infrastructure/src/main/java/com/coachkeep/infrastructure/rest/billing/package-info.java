/** Billing's REST API: Stripe Connect onboarding, the mirrored account and invoices, and Stripe's webhook endpoints. */
package com.coachkeep.infrastructure.rest.billing;
