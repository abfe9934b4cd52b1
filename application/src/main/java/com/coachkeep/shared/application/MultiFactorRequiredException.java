package com.coachkeep.shared.application;

import com.coachkeep.shared.domain.Refusal;

/**
 * The workspace requires multi-factor sign-in of its staff and the caller's token shows a single factor. The
 * caller is a member; they only need to sign in again with a second factor. Answered 403 with the problem
 * type {@code mfa-required}.
 */
public final class MultiFactorRequiredException extends Refusal.Forbidden {
    public static final String DETAIL = "This workspace requires staff to sign in with multi-factor authentication. "
            + "Sign out, sign in again with your second factor (for example an authenticator app or a security key), "
            + "and retry with the new token.";

    public MultiFactorRequiredException() {
        super("mfa-required", DETAIL);
    }
}
