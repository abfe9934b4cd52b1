/**
 * Billing: a coach's Stripe Connect account and what Stripe reports about it and its invoices, mirrored from signed
 * webhook events in the order Stripe created them (docs/billing.md). Card data never reaches Coachkeep (P-PAY-1).
 */
package com.coachkeep.billing.domain;
