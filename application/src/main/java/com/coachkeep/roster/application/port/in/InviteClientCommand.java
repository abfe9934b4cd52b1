package com.coachkeep.roster.application.port.in;

import com.coachkeep.roster.domain.Tags;
import com.coachkeep.shared.domain.EmailAddress;
import com.coachkeep.shared.domain.Ids;
import com.coachkeep.shared.domain.MembershipId;
import com.coachkeep.shared.domain.Text;
import com.coachkeep.shared.domain.Validator;
import java.util.List;

/** Adding a client to the roster and inviting them; {@code assignedCoachId} may be null. */
public record InviteClientCommand(String displayName, EmailAddress email, MembershipId assignedCoachId, Tags tags) {
    public static InviteClientCommand of(String displayName, String email, String assignedCoachId, List<String> tags) {
        Validator v = new Validator();
        String name = v.check("displayName", displayName, raw -> Text.singleLine(raw, 120));
        EmailAddress e = v.check("email", email, EmailAddress::new);
        MembershipId coach = assignedCoachId == null ? null : v.check("assignedCoachId", assignedCoachId, InviteClientCommand::membership);
        Tags t = tags == null ? Tags.none() : v.check("tags", tags, Tags::of);
        v.throwIfInvalid();
        return new InviteClientCommand(name, e, coach, t);
    }

    static MembershipId membership(String raw) {
        try {
            return new MembershipId(Ids.parse(raw));
        } catch (Ids.MalformedIdException e) {
            throw new IllegalArgumentException("must be the membership id of a staff member");
        }
    }
}
