package com.coachkeep.roster.application.port.in;

import com.coachkeep.roster.domain.ClientId;
import com.coachkeep.roster.domain.ClientStatus;
import com.coachkeep.roster.domain.Tags;
import com.coachkeep.shared.application.Patch;
import com.coachkeep.shared.domain.MembershipId;
import com.coachkeep.shared.domain.Text;
import com.coachkeep.shared.domain.Validator;
import java.util.List;

/**
 * A partial change of a client; absent fields stay as they are, {@code assignedCoachId: null} unassigns.
 * {@code cancelSubscription} is the coach's decision, when the change archives a client who is still billed, whether to
 * cancel their subscription (null: not said; see {@link ClientArchivingEvent}).
 */
public record UpdateClientCommand(ClientId clientId, Patch<String> displayName, Patch<MembershipId> assignedCoachId,
        Patch<Tags> tags, Patch<ClientStatus> status, Long expectedVersion, Boolean cancelSubscription) {

    public UpdateClientCommand(ClientId clientId, Patch<String> displayName, Patch<MembershipId> assignedCoachId, Patch<Tags> tags,
            Patch<ClientStatus> status, Long expectedVersion) {
        this(clientId, displayName, assignedCoachId, tags, status, expectedVersion, null);
    }

    /** This change with the coach's decision about a subscription that still bills the client. */
    public UpdateClientCommand withSubscriptionDecision(Boolean cancel) {
        return new UpdateClientCommand(clientId, displayName, assignedCoachId, tags, status, expectedVersion, cancel);
    }

    public static UpdateClientCommand of(ClientId clientId, Patch<String> displayName, Patch<String> assignedCoachId,
            Patch<List<String>> tags, Patch<String> status, Long expectedVersion) {
        Validator v = new Validator();
        Patch<String> name = displayName.isPresent()
                ? Patch.of(v.check("displayName", displayName.value(), raw -> Text.singleLine(raw, 120))) : Patch.absent();
        Patch<MembershipId> coach = assignedCoachId.isPresent()
                ? Patch.of(assignedCoachId.value() == null ? null
                        : v.check("assignedCoachId", assignedCoachId.value(), InviteClientCommand::membership))
                : Patch.absent();
        Patch<Tags> t = tags.isPresent() ? Patch.of(v.check("tags", tags.value(), Tags::of)) : Patch.absent();
        Patch<ClientStatus> s = status.isPresent() ? Patch.of(v.check("status", status.value(), ClientStatus::parse)) : Patch.absent();
        v.throwIfInvalid();
        return new UpdateClientCommand(clientId, name, coach, t, s, expectedVersion);
    }
}
