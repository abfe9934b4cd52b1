package com.coachkeep.console.signin;

import com.coachkeep.support.application.port.in.SupportActor;
import com.coachkeep.support.domain.InternalRole;
import java.io.Serializable;
import java.time.Instant;

/**
 * A signed-in member of staff, kept in the console's HTTP session: who (issuer and subject), their internal role, and
 * whether they signed in with a second factor. Built only from the verified ID token, never from what the browser sends.
 *
 * @param mfaRelaxed whether this sign-in was let in without a second factor because development relaxes the rule
 */
public record StaffSession(String staffId, String displayName, InternalRole role, boolean multiFactor, boolean mfaRelaxed,
        Instant signedInAt) implements Serializable {
    /** The HTTP session attribute it lives under. */
    public static final String ATTRIBUTE = StaffSession.class.getName();

    /** The support actor every use case takes. */
    public SupportActor actor() {
        return new SupportActor(staffId, role, multiFactor);
    }
}
