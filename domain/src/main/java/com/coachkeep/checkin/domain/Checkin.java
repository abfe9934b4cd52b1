package com.coachkeep.checkin.domain;

import com.coachkeep.roster.domain.ClientId;
import com.coachkeep.shared.domain.PersonId;
import com.coachkeep.shared.domain.WorkspaceId;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * A submitted check-in: the answers to one form version (encrypted under the client's key when stored), for an
 * occurrence of a schedule or on its own; editable until a coach reviews it, then locked with the coach's feedback.
 *
 * @param onBehalf whether staff filled it in for the client (recorded, and audited)
 */
public record Checkin(UUID id, WorkspaceId workspaceId, ClientId clientId, UUID formId, int formVersion, UUID scheduleId, LocalDate occurrenceOn,
        List<Answer> answers, PersonId submittedBy, boolean onBehalf, Instant submittedAt, Instant updatedAt, PersonId reviewedBy,
        Instant reviewedAt, String feedback, long version) {
    public Checkin {
        answers = List.copyOf(answers);
    }

    public boolean reviewed() {
        return reviewedAt != null;
    }

    /** New answers, while not reviewed. */
    public Checkin edit(int newFormVersion, List<Answer> newAnswers, Instant at) {
        if (reviewed()) {
            throw new CheckinReviewedException();
        }
        return new Checkin(id, workspaceId, clientId, formId, newFormVersion, scheduleId, occurrenceOn, newAnswers, submittedBy, onBehalf, submittedAt,
                at, null, null, null, version + 1);
    }

    /** The coach's feedback; locks the check-in. */
    public Checkin review(PersonId by, String text, Instant at) {
        if (reviewed()) {
            throw new CheckinReviewedException();
        }
        return new Checkin(id, workspaceId, clientId, formId, formVersion, scheduleId, occurrenceOn, answers, submittedBy, onBehalf, submittedAt,
                at, by, at, text, version + 1);
    }

    /** A reviewed check-in is locked: neither its answers nor its feedback change. */
    public static final class CheckinReviewedException extends com.coachkeep.shared.domain.DomainRuleException {
        public CheckinReviewedException() {
            super("checkin-reviewed", "This check-in has been reviewed and is locked.");
        }
    }
}
