package com.coachkeep.console.signin;

import com.vaadin.flow.server.VaadinSession;
import java.util.Optional;

/** The staff member of the current console request, as the sign-in filter recorded them in the session. */
public final class CurrentStaff {
    private CurrentStaff() {
    }

    public static Optional<StaffSession> get() {
        VaadinSession session = VaadinSession.getCurrent();
        if (session == null || session.getSession() == null) {
            return Optional.empty();
        }
        return Optional.ofNullable(session.getSession().getAttribute(StaffSession.ATTRIBUTE)).map(StaffSession.class::cast);
    }

    /** The current staff member; a console view is never shown without one. */
    public static StaffSession require() {
        return get().orElseThrow(() -> new IllegalStateException("no console sign-in in this session"));
    }
}
