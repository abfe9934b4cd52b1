package com.coachkeep.infrastructure.stripe;

import com.coachkeep.billing.application.port.out.CoachPlansPort;
import com.coachkeep.billing.domain.CoachPlan;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.eclipse.microprofile.config.Config;

/**
 * Coachkeep's own plans, from MicroProfile Config (so from the environment), in the style of the other Stripe settings
 * (docs/operations/configuration.md):
 * <ul>
 * <li>{@code coachkeep.billing.plans} ({@code COACHKEEP_BILLING_PLANS}): a comma-separated list of
 * {@code key:stripe-price-id:client-limit}, the limit a whole number or {@code unlimited}, for example
 * {@code starter:price_1Abc:15,pro:price_1Def:50,studio:price_1Ghi:unlimited}; none by default;</li>
 * <li>{@code coachkeep.billing.free-client-limit} ({@code COACHKEEP_BILLING_FREE_CLIENT_LIMIT}): active clients a workspace
 * without a subscription may have; unset (the default) or {@code unlimited}: no limit.</li>
 * </ul>
 * A malformed list stops the server at start with the reason, rather than selling the wrong plan.
 */
@ApplicationScoped
public class CoachPlanSettings implements CoachPlansPort {
    public static final String PLANS = "coachkeep.billing.plans";
    public static final String FREE_CLIENT_LIMIT = "coachkeep.billing.free-client-limit";

    private List<CoachPlan> plans;
    private Integer freeClientLimit;

    @Inject
    public CoachPlanSettings(Config config) {
        this(config.getOptionalValue(PLANS, String.class), config.getOptionalValue(FREE_CLIENT_LIMIT, String.class));
    }

    public CoachPlanSettings(Optional<String> plans, Optional<String> freeClientLimit) {
        this.plans = parse(plans.map(String::strip).orElse(""));
        this.freeClientLimit = freeClientLimit.map(String::strip).filter(s -> !s.isEmpty()).map(s -> limit(FREE_CLIENT_LIMIT, s)).orElse(null);
    }

    protected CoachPlanSettings() {
    }

    @Override
    public List<CoachPlan> plans() {
        return plans;
    }

    @Override
    public Integer freeClientLimit() {
        return freeClientLimit;
    }

    static List<CoachPlan> parse(String text) {
        List<CoachPlan> out = new ArrayList<>();
        Set<String> keys = new HashSet<>();
        Set<String> prices = new HashSet<>();
        for (String entry : text.split(",")) {
            if (entry.isBlank()) {
                continue;
            }
            String[] parts = entry.strip().split(":");
            if (parts.length != 3) {
                throw new IllegalStateException(PLANS + ": each plan is key:stripe-price-id:client-limit, was '" + entry.strip() + "'");
            }
            CoachPlan plan;
            try {
                plan = new CoachPlan(parts[0].strip(), parts[1].strip(), limit(PLANS + " (" + parts[0].strip() + ")", parts[2].strip()));
            } catch (IllegalArgumentException e) {
                throw new IllegalStateException(PLANS + ": " + e.getMessage(), e);
            }
            if (!keys.add(plan.key()) || !prices.add(plan.stripePriceId())) {
                throw new IllegalStateException(PLANS + ": plan keys and prices must be unique, '" + entry.strip() + "' repeats one");
            }
            out.add(plan);
        }
        return List.copyOf(out);
    }

    private static Integer limit(String name, String text) {
        if (text.equalsIgnoreCase("unlimited")) {
            return null;
        }
        try {
            int n = Integer.parseInt(text);
            if (n < 0) {
                throw new NumberFormatException();
            }
            return n;
        } catch (NumberFormatException e) {
            throw new IllegalStateException(name + ": a client limit is a whole number of at least 0 or 'unlimited', was '" + text + "'", e);
        }
    }
}
