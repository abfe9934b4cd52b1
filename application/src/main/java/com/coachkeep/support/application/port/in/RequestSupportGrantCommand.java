package com.coachkeep.support.application.port.in;

import com.coachkeep.shared.domain.Text;
import com.coachkeep.shared.domain.Validator;
import com.coachkeep.shared.domain.WorkspaceId;
import com.coachkeep.support.domain.GrantScope;
import com.coachkeep.support.domain.SupportGrant;

/**
 * An agent asks to see a workspace's content: which workspace, what (the scope), why, under which support ticket,
 * and for how many minutes (1 to 60). Every invalid field is reported at once; whether a feature contributes the
 * scope is checked by the service ({@code GrantScopes}).
 */
public record RequestSupportGrantCommand(WorkspaceId workspaceId, String scope, String reason, String ticket, int minutes) {
    public static RequestSupportGrantCommand of(String workspaceId, String scope, String reason, String ticket, Integer minutes) {
        Validator v = new Validator();
        WorkspaceId w = v.check("workspaceId", workspaceId, SupportIds::workspace);
        String s = v.check("scope", scope, raw -> GrantScope.nameOf(raw)
                .orElseThrow(() -> new IllegalArgumentException("must name a content scope, such as roster")));
        String why = v.check("reason", reason, raw -> Text.required(raw, Reason.MAX));
        String t = v.check("ticket", ticket, raw -> {
            String line = Text.singleLine(raw, 100);
            if (line == null || line.isBlank()) {
                throw new IllegalArgumentException("must name the support ticket");
            }
            return line.strip();
        });
        v.require(minutes != null && minutes >= 1 && minutes <= SupportGrant.MAX_MINUTES, "minutes",
                "must be from 1 to " + SupportGrant.MAX_MINUTES);
        v.throwIfInvalid();
        return new RequestSupportGrantCommand(w, s, why, t, minutes);
    }
}
