package com.coachkeep.billing.application.service;

import com.coachkeep.billing.application.port.in.CreateCouponUseCase;
import com.coachkeep.billing.application.port.in.DeactivateCouponUseCase;
import com.coachkeep.billing.application.port.in.ListCouponsUseCase;
import com.coachkeep.billing.application.port.out.ConnectedAccountRepository;
import com.coachkeep.billing.application.port.out.CouponRepository;
import com.coachkeep.billing.application.port.out.PaymentGatewayPort;
import com.coachkeep.billing.domain.Coupon;
import com.coachkeep.shared.application.Actor;
import com.coachkeep.shared.application.AuditRecord;
import com.coachkeep.shared.application.AuditTrail;
import com.coachkeep.shared.application.NotFoundException;
import com.coachkeep.shared.domain.Permission;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.List;
import java.util.UUID;

/** The coach's coupons and promotion codes: made on their own Stripe account, kept in the workspace too. */
@ApplicationScoped
@Transactional
public class CouponService implements CreateCouponUseCase, ListCouponsUseCase, DeactivateCouponUseCase {
    private final CouponRepository coupons;
    private final ConnectedAccountRepository accounts;
    private final PaymentGatewayPort gateway;
    private final AuditTrail audit;
    private final Clock clock;

    @Inject
    public CouponService(CouponRepository coupons, ConnectedAccountRepository accounts, PaymentGatewayPort gateway, AuditTrail audit, Clock clock) {
        this.coupons = coupons;
        this.accounts = accounts;
        this.gateway = gateway;
        this.audit = audit;
        this.clock = clock;
    }

    protected CouponService() {
        this(null, null, null, null, null);
    }

    @Override
    public Coupon create(Actor actor, Coupon.Spec spec) {
        actor.require(Permission.BILLING_MANAGE);
        ConnectedAccountService.requireConfigured(gateway);
        String account = ConnectedAccountService.stripeAccountOf(accounts, actor.workspaceId());
        UUID id = UUID.randomUUID();
        PaymentGatewayPort.CouponCreated made = gateway.createCoupon(account, spec, "coupon:" + id);
        Coupon coupon = new Coupon(actor.workspaceId(), id, spec.name(), spec.percentOff(), spec.amountOff(), spec.currency(), spec.duration(),
                spec.durationInMonths(), spec.maxRedemptions(), spec.redeemBy(), spec.code(), made.couponId(), made.promotionCodeId(), true,
                clock.instant(), null);
        coupons.save(coupon);
        AuditRecord record = AuditRecord.of(actor, "billing.coupon_created").target("coupon", id).detail("duration", spec.duration().wireName())
                .detail("withCode", spec.code() != null);
        audit.record(spec.percentOff() != null ? record.detail("percentOff", spec.percentOff())
                : record.detail("amountOff", spec.amountOff()).detail("currency", spec.currency()));
        return coupon;
    }

    @Override
    public List<Coupon> list(Actor actor) {
        actor.require(Permission.BILLING_READ);
        ConnectedAccountService.requireConfigured(gateway);
        return coupons.list(actor.workspaceId());
    }

    @Override
    public Coupon deactivate(Actor actor, UUID couponId) {
        actor.require(Permission.BILLING_MANAGE);
        ConnectedAccountService.requireConfigured(gateway);
        Coupon coupon = coupons.find(actor.workspaceId(), couponId).orElseThrow(() -> new NotFoundException("coupon"));
        if (!coupon.active()) {
            return coupon;
        }
        String account = ConnectedAccountService.stripeAccountOf(accounts, actor.workspaceId());
        gateway.deactivateCoupon(account, coupon.stripeCouponId(), coupon.stripePromotionCodeId(),
                "coupon:" + couponId + ":deactivate");
        Coupon ended = coupon.deactivated(clock.instant());
        coupons.deactivate(ended);
        audit.record(AuditRecord.of(actor, "billing.coupon_deactivated").target("coupon", couponId).detail("withCode", coupon.code() != null));
        return ended;
    }
}
