package com.coachkeep.messaging.application.port.out;

import com.coachkeep.messaging.domain.Message;
import com.coachkeep.roster.domain.ClientId;
import com.coachkeep.shared.domain.WorkspaceId;

/** Whether an object a message is about exists, as the client's, in the workspace. */
public interface MessageReferencePort {
    boolean exists(WorkspaceId workspaceId, ClientId clientId, Message.Reference reference);
}
