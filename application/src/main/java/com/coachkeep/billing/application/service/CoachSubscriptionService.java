package com.coachkeep.billing.application.service;

import com.coachkeep.billing.application.port.in.CancelCoachSubscriptionUseCase;
import com.coachkeep.billing.application.port.in.CancelDeletedWorkspaceSubscriptionsUseCase;
import com.coachkeep.billing.application.port.in.CheckClientLimitUseCase;
import com.coachkeep.billing.application.port.in.CoachSubscriptionView;
import com.coachkeep.billing.application.port.in.GetCoachSubscriptionUseCase;
import com.coachkeep.billing.application.port.in.ListCoachPlansUseCase;
import com.coachkeep.billing.application.port.in.OpenCoachBillingPortalUseCase;
import com.coachkeep.billing.application.port.in.StartCoachCheckoutUseCase;
import com.coachkeep.billing.application.port.out.CoachCheckoutRepository;
import com.coachkeep.billing.application.port.out.CoachPlansPort;
import com.coachkeep.billing.application.port.out.CoachSubscriptionRepository;
import com.coachkeep.billing.application.port.out.PlatformBillingPort;
import com.coachkeep.billing.domain.CoachCheckout;
import com.coachkeep.billing.domain.CoachPlan;
import com.coachkeep.billing.domain.CoachPlanLimit;
import com.coachkeep.billing.domain.CoachSubscription;
import com.coachkeep.billing.domain.CoachSubscriptionExistsException;
import com.coachkeep.billing.domain.CoachSubscriptionMissingException;
import com.coachkeep.billing.domain.PaymentsNotConfiguredException;
import com.coachkeep.roster.application.port.in.CountActiveClientsUseCase;
import com.coachkeep.shared.application.Actor;
import com.coachkeep.shared.application.AuditRecord;
import com.coachkeep.shared.application.AuditTrail;
import com.coachkeep.shared.domain.InvalidInputException;
import com.coachkeep.shared.domain.Permission;
import com.coachkeep.shared.domain.WorkspaceId;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * The workspace's own subscription to Coachkeep through Stripe Billing on the platform account (P-PAY-2): the plans, a
 * checkout per plan, the customer portal, cancellation at any time by the owner (P-CXL-1), and the plan's limit of
 * active clients, which the roster asks before it adds a client or makes one active again. The subscription's state is
 * only ever what Stripe's events report ({@link CoachSubscriptionMirror}); a cancellation answers what Stripe said.
 */
@ApplicationScoped
@Transactional
public class CoachSubscriptionService implements ListCoachPlansUseCase, GetCoachSubscriptionUseCase, StartCoachCheckoutUseCase,
        OpenCoachBillingPortalUseCase, CancelCoachSubscriptionUseCase, CancelDeletedWorkspaceSubscriptionsUseCase, CheckClientLimitUseCase {
    /** A portal session asked for twice within this window is the same session. */
    static final long PORTAL_WINDOW_SECONDS = 60;

    private final CoachSubscriptionRepository subscriptions;
    private final CoachCheckoutRepository checkouts;
    private final CoachPlansPort plans;
    private final PlatformBillingPort stripe;
    private final CountActiveClientsUseCase roster;
    private final AuditTrail audit;
    private final Clock clock;

    @Inject
    public CoachSubscriptionService(CoachSubscriptionRepository subscriptions, CoachCheckoutRepository checkouts, CoachPlansPort plans,
            PlatformBillingPort stripe, CountActiveClientsUseCase roster, AuditTrail audit, Clock clock) {
        this.subscriptions = subscriptions;
        this.checkouts = checkouts;
        this.plans = plans;
        this.stripe = stripe;
        this.roster = roster;
        this.audit = audit;
        this.clock = clock;
    }

    protected CoachSubscriptionService() {
        this(null, null, null, null, null, null, null);
    }

    @Override
    public List<CoachPlan> list(Actor actor) {
        actor.require(Permission.BILLING_READ);
        return plans.plans();
    }

    @Override
    public CoachSubscriptionView get(Actor actor) {
        actor.require(Permission.BILLING_READ);
        CoachPlanLimit limit = limit(actor);
        long active = roster.countActive(actor);
        Optional<CoachSubscription> shown = limit.latest();
        Integer allowed = limit.limit().orElse(null);
        boolean canAdd = limit.roomFor(active + 1);
        return new CoachSubscriptionView(shown.map(CoachSubscription::status).orElse("none"), limit.plan().map(CoachPlan::key).orElse(null),
                shown.map(CoachSubscription::stripeSubscriptionId).orElse(null), shown.map(CoachSubscription::currentPeriodEnd).orElse(null),
                shown.map(CoachSubscription::cancelAtPeriodEnd).orElse(false), shown.map(CoachSubscription::canceledAt).orElse(null), allowed,
                active, canAdd);
    }

    @Override
    public void requireRoomFor(Actor actor, long activeAfter) {
        limit(actor).requireRoomFor(activeAfter);
    }

    @Override
    public StartedCoachCheckout start(Actor actor, String planKey) {
        actor.require(Permission.BILLING_MANAGE);
        requireConfigured();
        CoachPlan plan = plans.plans().stream().filter(p -> p.key().equals(planKey)).findFirst().orElseThrow(() -> InvalidInputException.of("plan",
                "must be one of " + plans.plans().stream().map(CoachPlan::key).toList()));
        CoachPlanLimit limit = limit(actor);
        Optional<CoachSubscription> live = limit.current().filter(CoachSubscription::live);
        if (live.isPresent()) {
            throw new CoachSubscriptionExistsException(limit.plan().map(CoachPlan::key).orElse(null));
        }
        String customer = limit.latest().map(CoachSubscription::customerId).orElse(null);
        UUID id = UUID.randomUUID();
        PlatformBillingPort.HostedPage page = stripe.createSubscriptionCheckout(actor.workspaceId(), plan, id, customer);
        checkouts.save(CoachCheckout.opened(actor.workspaceId(), id, plan.key(), page.sessionId(), clock.instant()));
        audit.record(AuditRecord.of(actor, "billing.coach_checkout_started").target("coach_checkout", id).detail("plan", plan.key()));
        return new StartedCoachCheckout(id, plan.key(), page.url());
    }

    @Override
    public URI open(Actor actor) {
        actor.require(Permission.BILLING_MANAGE);
        requireConfigured();
        CoachSubscription s = limit(actor).latest().filter(x -> x.customerId() != null)
                .orElseThrow(() -> new CoachSubscriptionMissingException("to manage"));
        Instant now = clock.instant();
        URI url = stripe.createPortalSession(s.customerId(), "billing-portal:" + s.customerId() + ":" + now.getEpochSecond() / PORTAL_WINDOW_SECONDS);
        audit.record(AuditRecord.of(actor, "billing.coach_portal_opened").target("stripe_subscription", s.stripeSubscriptionId()));
        return url;
    }

    @Override
    public CancelledCoachSubscription cancel(Actor actor, boolean atPeriodEnd) {
        actor.require(Permission.BILLING_MANAGE);
        requireConfigured();
        CoachSubscription s = limit(actor).latest().filter(CoachSubscription::cancellable)
                .orElseThrow(() -> new CoachSubscriptionMissingException("that can be cancelled"));
        // derived from the subscription and the state mirrored now: a retry of this request cancels once; after a resume
        // in the portal (a newer state), cancelling again is a new request to Stripe
        String key = "coach-subscription-cancel:" + s.stripeSubscriptionId() + ":" + (atPeriodEnd ? "period-end" : "now") + ":"
                + (s.version() == null ? "checkout" : s.version().eventId());
        PlatformBillingPort.Cancellation c = stripe.cancelSubscription(s.stripeSubscriptionId(), atPeriodEnd, key);
        audit.record(AuditRecord.of(actor, "billing.coach_subscription_cancelled").target("stripe_subscription", s.stripeSubscriptionId())
                .detail("when", atPeriodEnd ? "period_end" : "now").detail("status", c.status()));
        return new CancelledCoachSubscription(s.stripeSubscriptionId(), c.status(), c.cancelAtPeriodEnd(), c.currentPeriodEnd(), c.canceledAt());
    }

    @Override
    public int cancelForDeletion(WorkspaceId workspaceId, AuditRecord recordedAs) {
        if (!stripe.configured()) {
            return 0;
        }
        int cancelled = 0;
        for (CoachSubscription listed : subscriptions.list(workspaceId)) {
            if (!listed.cancellable()) {
                continue;
            }
            // locked, and read again: two nodes never ask Stripe twice for the same subscription
            Optional<CoachSubscription> locked = subscriptions.lock(workspaceId, listed.stripeSubscriptionId()).filter(CoachSubscription::cancellable);
            if (locked.isEmpty()) {
                continue;
            }
            CoachSubscription s = locked.get();
            PlatformBillingPort.Cancellation c = stripe.cancelSubscription(s.stripeSubscriptionId(), false,
                    "coach-subscription-cancel:" + s.stripeSubscriptionId() + ":workspace-deleted");
            subscriptions.save(s.cancelled(c.status(), c.canceledAt() != null ? c.canceledAt() : clock.instant()));
            audit.record(recordedAs.target("stripe_subscription", s.stripeSubscriptionId()).detail("workspace", workspaceId)
                    .detail("when", "now").detail("reason", "workspace_deleted").detail("status", c.status()));
            cancelled++;
        }
        return cancelled;
    }

    private CoachPlanLimit limit(Actor actor) {
        return new CoachPlanLimit(subscriptions.list(actor.workspaceId()), plans.plans(), plans.freeClientLimit());
    }

    private void requireConfigured() {
        if (!stripe.configured()) {
            throw new PaymentsNotConfiguredException();
        }
    }
}
