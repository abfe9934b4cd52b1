package com.coachkeep.console.support;

import com.coachkeep.shared.application.NotFoundException;
import com.coachkeep.shared.domain.Refusal;
import com.coachkeep.shared.domain.InvalidInputException;
import com.coachkeep.support.application.port.in.SupportAccessDeniedException;
import com.coachkeep.support.application.port.in.SupportMultiFactorRequiredException;
import java.util.function.Supplier;
import java.util.stream.Collectors;

/**
 * What a presenter tells its view after an action: done, with a message, or refused, with a message that says why in
 * the staff member's words (the fields at fault, a rule, a missing permission), never an exception's text.
 */
public record Outcome(boolean ok, String message) {
    public static Outcome done(String message) {
        return new Outcome(true, message);
    }

    public static Outcome refused(String message) {
        return new Outcome(false, message);
    }

    /** Runs a use case and turns its expected refusals into an outcome. */
    public static Outcome of(Supplier<String> action) {
        try {
            return done(action.get());
        } catch (InvalidInputException e) {
            return refused(e.violations().stream().map(v -> v.field() + ": " + v.message()).collect(Collectors.joining("; ")));
        } catch (SupportAccessDeniedException e) {
            return refused("Your internal role does not allow this.");
        } catch (SupportMultiFactorRequiredException e) {
            return refused("This needs a sign-in with a second factor: sign out, and sign in again with one.");
        } catch (NotFoundException e) {
            return refused("It no longer exists.");
        } catch (Refusal e) {
            return refused(e.getMessage());
        } catch (IllegalArgumentException | IllegalStateException e) {
            return refused(e.getMessage());
        }
    }
}
