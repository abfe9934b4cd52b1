package com.coachkeep.billing.application.port.in;

import com.coachkeep.shared.application.Actor;

/**
 * Creates the workspace's Stripe Connect account on first use (idempotency key from the workspace id) and answers a
 * Stripe-hosted onboarding link for it. Owner only ({@code BILLING_MANAGE}).
 */
public interface StartConnectOnboardingUseCase {
    OnboardingLinkView start(Actor actor);
}
