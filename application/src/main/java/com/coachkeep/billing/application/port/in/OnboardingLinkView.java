package com.coachkeep.billing.application.port.in;

import java.net.URI;

/** A Stripe-hosted onboarding page for the coach, valid for a few minutes and once. */
public record OnboardingLinkView(String stripeAccountId, URI url) {
}
