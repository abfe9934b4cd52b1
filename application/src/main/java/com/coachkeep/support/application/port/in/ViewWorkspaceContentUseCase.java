package com.coachkeep.support.application.port.in;

import com.coachkeep.roster.application.port.in.ClientView;
import com.coachkeep.roster.application.port.in.CoachNoteView;
import com.coachkeep.roster.application.port.in.ListClientsQuery;
import com.coachkeep.roster.domain.ClientId;
import com.coachkeep.shared.domain.Page;
import com.coachkeep.shared.domain.PageRequest;

/**
 * What the holder of an active grant sees of the workspace's content, read-only. Every call checks the grant against
 * the clock (so it stops working the moment it expires or is revoked), counts the view and records what was viewed in
 * the workspace's own trail. A later feature adds its scope to {@code GrantScope} and its views beside these.
 */
public interface ViewWorkspaceContentUseCase {
    /** The client list (scope {@code roster}). */
    Page<ClientView> listClients(SupportActor actor, String grantId, ListClientsQuery query);

    /** One client's profile (scope {@code roster}). */
    ClientView getClient(SupportActor actor, String grantId, ClientId clientId);

    /** A client's coach notes, decrypted (scope {@code coach-notes}, approved by a second person). */
    Page<CoachNoteView> listCoachNotes(SupportActor actor, String grantId, ClientId clientId, PageRequest page);
}
