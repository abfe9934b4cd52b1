package com.coachkeep.support.application.port.out;

import com.coachkeep.shared.domain.EmailAddress;
import com.coachkeep.shared.domain.PersonId;
import java.util.List;

/** Every coach: each person who is an active owner or coach of at least one workspace and has an email address. */
public interface CoachDirectoryPort {
    /** The next {@code limit} coaches after {@code after} (by person id; from the first when {@code after} is null). */
    List<Coach> coachesAfter(PersonId after, int limit);

    /** A coach as an email recipient. */
    record Coach(PersonId personId, EmailAddress email, String name) {
    }
}
