package com.coachkeep.testing.fakes;

import com.coachkeep.roster.application.port.out.CoachNoteRepository;
import com.coachkeep.roster.domain.ClientId;
import com.coachkeep.roster.domain.CoachNote;
import com.coachkeep.shared.domain.Page;
import com.coachkeep.shared.domain.PageRequest;
import com.coachkeep.shared.domain.WorkspaceId;
import java.util.ArrayList;
import java.util.List;

/** Coach notes in memory, listed newest first. Notes are immutable records, so no copies are needed. */
public final class FakeCoachNoteRepository implements CoachNoteRepository {
    private final List<CoachNote> notes = new ArrayList<>();

    @Override
    public void add(CoachNote note) {
        notes.add(note);
    }

    @Override
    public Page<CoachNote> list(WorkspaceId workspaceId, ClientId clientId, PageRequest page) {
        return Keyset.descending(
                notes.stream().filter(n -> n.workspaceId().equals(workspaceId) && n.clientId().equals(clientId)),
                n -> Keyset.instantKey(n.createdAt()) + "|" + n.id(), page);
    }

    public int size() {
        return notes.size();
    }
}
