package com.coachkeep.privacy.application.service;

import com.coachkeep.privacy.application.port.out.ErasureFeaturesPort;
import com.coachkeep.privacy.application.port.out.PersonalDataErasurePort;
import com.coachkeep.shared.domain.PersonId;
import com.coachkeep.workspace.application.port.out.PersonRepository;
import java.time.Instant;

/**
 * The last step of an account's deletion, the same when the person deletes it and when a restored backup's replay
 * deletes it again: every feature's person-level data, then the person row cleared of everything that identifies them.
 */
final class PersonErasure {
    private PersonErasure() {
    }

    /** Returns the feature rows affected (the person row not counted). */
    static long erase(ErasureFeaturesPort features, PersonRepository people, PersonId person, Instant deletedAt) {
        long rows = 0;
        for (PersonalDataErasurePort port : features.inOrder()) {
            rows += port.erasePerson(person);
        }
        people.erase(person, deletedAt);
        return rows;
    }
}
