package com.coachkeep.support.application.port.in;

import com.coachkeep.shared.domain.Text;
import com.coachkeep.shared.domain.Validator;
import com.coachkeep.shared.domain.WorkspaceId;

/**
 * A person's documented request that support carries out for them: the workspace, why, and the support ticket in
 * which the request and the check of who asked are documented. Every invalid field is reported at once.
 */
public record DataRequestCommand(WorkspaceId workspaceId, String reason, String ticket) {
    public static DataRequestCommand of(String workspaceId, String reason, String ticket) {
        Validator v = new Validator();
        WorkspaceId w = v.check("workspaceId", workspaceId, SupportIds::workspace);
        String why = v.check("reason", reason, raw -> Text.required(raw, Reason.MAX));
        String t = v.check("ticket", ticket, raw -> {
            String line = Text.singleLine(raw, 100);
            if (line == null || line.isBlank()) {
                throw new IllegalArgumentException("must name the support ticket that documents the request");
            }
            return line.strip();
        });
        v.throwIfInvalid();
        return new DataRequestCommand(w, why, t);
    }
}
