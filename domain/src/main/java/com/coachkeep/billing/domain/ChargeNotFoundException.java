package com.coachkeep.billing.domain;

import com.coachkeep.shared.domain.Refusal;

/** No charge of this id mirrored on the workspace's account (or one of another workspace, which answers the same). */
public class ChargeNotFoundException extends Refusal.NotFound {
    public static final String CODE = "charge-not-found";

    public ChargeNotFoundException() {
        super(CODE, "No such charge in this workspace.");
    }
}
