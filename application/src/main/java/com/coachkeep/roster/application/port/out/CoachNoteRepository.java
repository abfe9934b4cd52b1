package com.coachkeep.roster.application.port.out;

import com.coachkeep.roster.domain.ClientId;
import com.coachkeep.roster.domain.CoachNote;
import com.coachkeep.shared.domain.Page;
import com.coachkeep.shared.domain.PageRequest;
import com.coachkeep.shared.domain.WorkspaceId;

public interface CoachNoteRepository {
    void add(CoachNote note);

    /** A client's notes, newest first, keyset-paginated. */
    Page<CoachNote> list(WorkspaceId workspaceId, ClientId clientId, PageRequest page);
}
