/**
 * The Stripe adapter of billing (stripe-java, its API version pinned to the library's): the payment gateway, webhook
 * signature verification and the reading of events (docs/billing.md).
 */
package com.coachkeep.infrastructure.stripe;
