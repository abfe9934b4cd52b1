package com.coachkeep.shared.application;

/**
 * The token names an account that was deleted after the token was issued: it stops working at once, although the
 * identity provider would still vouch for it until it expires. Answered 401 with the problem type
 * {@code account-deleted}. A sign-in after the deletion starts a new, empty account.
 */
public final class AccountDeletedException extends RuntimeException {
    public static final String DETAIL = "This account was deleted. Sign in again to start a new, empty account.";

    public AccountDeletedException() {
        super(DETAIL, null, false, false);
    }
}
