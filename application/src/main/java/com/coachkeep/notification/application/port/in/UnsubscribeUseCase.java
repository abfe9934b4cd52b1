package com.coachkeep.notification.application.port.in;

/**
 * Turns off one category of optional email for the person the token belongs to, without signing in (the token
 * comes from their email). Repeating it changes nothing; an unknown token is not found.
 */
public interface UnsubscribeUseCase {
    void unsubscribe(UnsubscribeCommand command);
}
