package com.coachkeep.support.application.port.in;

import com.coachkeep.shared.domain.InvalidInputException;
import com.coachkeep.shared.domain.Text;

/** Why a member of staff does something: required for every console action, and recorded in the audit trail. */
public final class Reason {
    public static final int MAX = 1000;

    private Reason() {
    }

    public static String require(String raw) {
        try {
            return Text.required(raw, MAX);
        } catch (IllegalArgumentException e) {
            throw InvalidInputException.of("reason", e.getMessage());
        }
    }
}
