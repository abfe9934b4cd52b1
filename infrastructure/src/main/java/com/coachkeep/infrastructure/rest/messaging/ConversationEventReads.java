package com.coachkeep.infrastructure.rest.messaging;

import com.coachkeep.messaging.application.port.in.MessageView;
import com.coachkeep.messaging.application.port.in.ReadConversationUseCase;
import com.coachkeep.roster.domain.ClientId;
import com.coachkeep.shared.application.Caller;
import com.coachkeep.shared.domain.WorkspaceId;
import com.coachkeep.workspace.application.port.in.ResolveActorUseCase;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;

/**
 * A stream's next events, read as a request would be: the caller resolved again from the database (membership, role),
 * then the conversation's events after the stream's last, through the use case that checks the caller may read it; in
 * one transaction. A refusal (the caller removed, the client no longer visible) is thrown as it is.
 */
@ApplicationScoped
public class ConversationEventReads {
    @Inject
    ResolveActorUseCase resolve;
    @Inject
    ReadConversationUseCase read;

    @Transactional
    public List<MessageView> after(Caller caller, WorkspaceId workspaceId, ClientId clientId, long afterEventSeq, int limit) {
        return read.eventsAfter(resolve.resolve(caller, workspaceId), clientId, afterEventSeq, limit);
    }
}
