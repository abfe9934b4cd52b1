package com.coachkeep.billing.application.service;

import com.coachkeep.billing.application.port.in.ConnectedAccountView;
import com.coachkeep.billing.application.port.in.GetConnectedAccountUseCase;
import com.coachkeep.billing.application.port.in.OnboardingLinkView;
import com.coachkeep.billing.application.port.in.StartConnectOnboardingUseCase;
import com.coachkeep.billing.application.port.out.ConnectedAccountRepository;
import com.coachkeep.billing.application.port.out.PaymentGatewayPort;
import com.coachkeep.billing.domain.ConnectedAccount;
import com.coachkeep.billing.domain.ConnectedAccountNotReadyException;
import com.coachkeep.billing.domain.PaymentsNotConfiguredException;
import com.coachkeep.shared.application.Actor;
import com.coachkeep.shared.application.AuditRecord;
import com.coachkeep.shared.application.AuditTrail;
import com.coachkeep.shared.domain.Permission;
import com.coachkeep.shared.domain.WorkspaceId;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;

/**
 * The coach's Stripe Connect account: created on the first onboarding request with an idempotency key derived from the
 * workspace id (a retried or concurrent request never creates a second account), then a fresh Stripe-hosted onboarding
 * link each time. Its state is only ever what Stripe reports ({@link BillingEventService}).
 */
@ApplicationScoped
@Transactional
public class ConnectedAccountService implements StartConnectOnboardingUseCase, GetConnectedAccountUseCase {
    /** An onboarding link's idempotency window: a link asked for twice within it is the same link. */
    static final long LINK_WINDOW_SECONDS = 60;

    private final ConnectedAccountRepository accounts;
    private final PaymentGatewayPort gateway;
    private final AuditTrail audit;
    private final Clock clock;

    @Inject
    public ConnectedAccountService(ConnectedAccountRepository accounts, PaymentGatewayPort gateway, AuditTrail audit, Clock clock) {
        this.accounts = accounts;
        this.gateway = gateway;
        this.audit = audit;
        this.clock = clock;
    }

    protected ConnectedAccountService() {
        this(null, null, null, null);
    }

    @Override
    public OnboardingLinkView start(Actor actor) {
        actor.require(Permission.BILLING_MANAGE);
        requireConfigured(gateway);
        Instant now = clock.instant();
        ConnectedAccount account = accounts.lock(actor.workspaceId()).orElse(null);
        if (account == null) {
            String id = gateway.createConnectedAccount(actor.workspaceId(), "connect-account:" + actor.workspaceId());
            account = ConnectedAccount.started(actor.workspaceId(), id, now);
            accounts.save(account);
            audit.record(AuditRecord.of(actor, "billing.connect_account_created").target("stripe_account", id));
        }
        var link = gateway.createOnboardingLink(account.stripeAccountId(),
                "account-link:" + account.stripeAccountId() + ":" + now.getEpochSecond() / LINK_WINDOW_SECONDS);
        audit.record(AuditRecord.of(actor, "billing.connect_onboarding_started").target("stripe_account", account.stripeAccountId()));
        return new OnboardingLinkView(account.stripeAccountId(), link);
    }

    @Override
    public ConnectedAccountView get(Actor actor) {
        actor.require(Permission.BILLING_READ);
        requireConfigured(gateway);
        return accounts.find(actor.workspaceId()).map(ConnectedAccountService::view)
                .orElse(new ConnectedAccountView(null, false, false, false, java.util.List.of(), false, null));
    }

    /**
     * The Stripe id of the workspace's connected account, for a call to Stripe on it (offers, coupons, checkouts);
     * {@link ConnectedAccountNotReadyException} before onboarding has started.
     */
    static String stripeAccountOf(ConnectedAccountRepository accounts, WorkspaceId workspaceId) {
        return accounts.find(workspaceId).map(ConnectedAccount::stripeAccountId).orElseThrow(ConnectedAccountNotReadyException::new);
    }

    static void requireConfigured(PaymentGatewayPort gateway) {
        if (!gateway.configured()) {
            throw new PaymentsNotConfiguredException();
        }
    }

    static ConnectedAccountView view(ConnectedAccount a) {
        return new ConnectedAccountView(a.stripeAccountId(), a.detailsSubmitted(), a.chargesEnabled(), a.payoutsEnabled(),
                a.requirementsDue(), a.ready(), a.version() == null ? null : a.version().created());
    }
}
